import { formatNumber } from './markdown.js';
import type { BenchReport } from './types.js';

const SUITE_COLOURS: Readonly<Record<string, string>> = {
  parse: '#4e79a7',
  profiles: '#59a14f',
  rationals: '#e15759',
  'margin rules': '#f28e2b',
  'iterative rules': '#76b7b2',
  'positional rules': '#edc948',
  'facility location': '#b07aa1',
};
const OTHER_COLOUR = '#9c755f';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Ticks 1, 2, 5, 10, 20, 50, … up to the first one ≥ max. */
function logTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let decade = 1; ; decade *= 10) {
    for (const step of [1, 2, 5]) {
      const t = step * decade;
      ticks.push(t);
      if (t >= max) return ticks;
    }
  }
}

/**
 * A horizontal bar chart, as standalone SVG text, of every workload's ratio to its floor on a log scale
 * (1× = as fast as the bare loop), coloured by suite, with a dashed line at the limit of each target
 * divided by a floor; a voting rule's ratio to the margins of its profile is written after its bar. No
 * plotting dependency: the markup is written here.
 *
 * Complexity: O(workloads).
 *
 * @example
 * writeFileSync('latest.svg', ratioChartSvg(report));
 */
export function ratioChartSvg(report: BenchReport): string {
  const rows = Object.entries(report.workloads).filter(([, r]) => r.role === 'workload');
  const labelWidth = 330;
  const plotWidth = 520;
  const marginsWidth = rows.some(([, r]) => r.marginsRatio !== undefined || r.baselineRatio !== undefined) ? 150 : 0;
  const rowHeight = 22;
  const top = 64;
  const width = labelWidth + plotWidth + 70 + marginsWidth;
  const height = top + rows.length * rowHeight + 56;
  const maxRatio = Math.max(3, ...rows.map(([, r]) => r.ratio));
  const ticks = logTicks(maxRatio);
  const scaleMax = ticks[ticks.length - 1]!;
  // Ratios below 1 (faster than the floor) are drawn from 0.5 so that they stay visible.
  const scaleMin = Math.min(1, ...rows.map(([, r]) => r.ratio)) < 1 ? 0.5 : 1;
  const x = (ratio: number): number =>
    labelWidth + (plotWidth * (Math.log(Math.max(ratio, scaleMin)) - Math.log(scaleMin))) / (Math.log(scaleMax) - Math.log(scaleMin));
  const env = report.environment;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="600">Plural benchmarks (${report.mode}): time ÷ floor (median, log scale)</text>`,
    `<text x="12" y="42" fill="#555">${escapeXml(`${env.date.slice(0, 10)} · Node ${env.node} · ${env.cpu} × ${env.cores}${env.commit ? ` · ${env.commit.slice(0, 12)}` : ''}`)}</text>`,
  ];
  const axisY = top + rows.length * rowHeight;
  for (const t of scaleMin < 1 ? [0.5, ...ticks] : ticks) {
    const tx = x(t).toFixed(1);
    out.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${axisY}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${tx}" y="${axisY + 16}" text-anchor="middle" fill="#555">${formatNumber(t)}×</text>`);
  }
  rows.forEach(([name, row], i) => {
    const y = top + i * rowHeight;
    const end = x(row.ratio);
    const colour = SUITE_COLOURS[row.suite] ?? OTHER_COLOUR;
    out.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeXml(name)}</text>`);
    out.push(
      `<rect x="${labelWidth}" y="${y + 4}" width="${Math.max(1, end - labelWidth).toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"><title>${escapeXml(`${name}: ${formatNumber(row.medianMs)} ms, ${formatNumber(row.ratio)}× ${row.floor}`)}</title></rect>`,
    );
    const margins =
      row.marginsRatio !== undefined
        ? ` (${formatNumber(row.marginsRatio)}× margins)`
        : row.baselineRatio !== undefined
          ? ` (${formatNumber(row.baselineRatio)}× ${row.baseline?.split('.').pop() ?? 'baseline'})`
          : '';
    out.push(`<text x="${(end + 4).toFixed(1)}" y="${y + 15}" fill="#222">${formatNumber(row.ratio)}×${margins}</text>`);
  });
  const limits = [...new Set(report.targets.filter((t) => report.workloads[t.floor]?.role === 'floor').map((t) => t.maxRatio))];
  for (const limit of limits) {
    const lx = x(limit).toFixed(1);
    out.push(`<line x1="${lx}" y1="${top - 8}" x2="${lx}" y2="${axisY}" stroke="#b00020" stroke-dasharray="4 3"/>`);
    out.push(`<text x="${lx}" y="${top - 12}" text-anchor="middle" fill="#b00020">target ${limit}×</text>`);
  }
  out.push(`<line x1="${labelWidth}" y1="${top - 4}" x2="${labelWidth}" y2="${axisY}" stroke="#333"/>`);
  let legendX = labelWidth;
  for (const [suite, colour] of Object.entries(SUITE_COLOURS)) {
    out.push(`<rect x="${legendX}" y="${axisY + 30}" width="12" height="12" fill="${colour}"/>`);
    out.push(`<text x="${legendX + 16}" y="${axisY + 40}">${suite}</text>`);
    legendX += 20 + 7 * suite.length;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
