import type { BenchReport } from './types.js';

/** Significant-figure formatting for the tables: 3 significant digits, no exponent below 1e6. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1000) return Math.round(x).toLocaleString('en-US');
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return x.toPrecision(3);
}

function parametersText(parameters: Readonly<Record<string, unknown>>): string {
  return Object.entries(parameters)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v.toLocaleString('en-US') : String(v)}`)
    .join(', ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/**
 * The report as Markdown: the environment, one table row per workload (median, mean and p99 in ms,
 * samples, ops/s, ratio to its floor), and the targets with whether they are met.
 *
 * Complexity: O(workloads).
 *
 * @example
 * console.log(reportMarkdown(report));
 */
export function reportMarkdown(report: BenchReport): string {
  const env = report.environment;
  const lines = [
    `# Plural benchmarks (${report.mode})`,
    '',
    `${env.date} · Node ${env.node} (V8 ${env.v8}) · ${env.cpu} × ${env.cores} · ${env.memoryGiB} GiB · ${env.platform}/${env.arch} · commit ${env.commit === null ? 'unknown' : env.commit.slice(0, 12)}${env.dirty ? ' (with uncommitted changes)' : ''} · run took ${report.durationSeconds} s`,
    '',
    `Ratio = median time / median time of the workload's floor (a bare loop reading the same input once). Floors are in italics.`,
    '',
    '| Workload | Parameters | Median ms | Mean ms | p99 ms | Samples | ops/s | × floor |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, row] of Object.entries(report.workloads)) {
    const label = row.role === 'floor' ? `_${cell(name)}_` : `\`${cell(name)}\``;
    lines.push(
      `| ${label} | ${cell(parametersText(row.parameters))} | ${formatNumber(row.medianMs)} | ${formatNumber(row.meanMs)} | ${formatNumber(row.p99Ms)} | ${row.samples} | ${formatNumber(row.opsPerSecond)} | ${row.role === 'floor' ? '1' : `${formatNumber(row.ratio)}×`} |`,
    );
  }
  if (report.targets.length > 0) {
    lines.push('', '| Target | Divided by | Ratio | Limit | Met |', '| --- | --- | ---: | ---: | --- |');
    for (const t of report.targets) {
      lines.push(`| \`${cell(t.workload)}\` | _${cell(t.floor)}_ | ${formatNumber(t.ratio)}× | ${t.maxRatio}× | ${t.met ? 'yes' : '**no**'} |`);
    }
  }
  lines.push('', 'What each row times:', '');
  for (const [name, row] of Object.entries(report.workloads)) lines.push(`- \`${name}\`: ${row.description}.`);
  return `${lines.join('\n')}\n`;
}
