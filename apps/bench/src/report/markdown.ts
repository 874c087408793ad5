import type { BenchReport } from './types.js';

/** What the times are, by clock. */
const CLOCK_TEXT: Readonly<Record<BenchReport['clock'], string>> = {
  cpu: 'Times are CPU time of the bench process (user + system, all threads, from process.cpuUsage()): on a shared machine wall time mostly measures the other jobs (run with --clock wall for wall time).',
  wall: 'Times are wall-clock time (performance.now()); on a busy machine they include time spent waiting for a core.',
};

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

/** A row a target divides by: a floor in italics, a workload (the margins of a voting rule) as code. */
function divisorText(report: BenchReport, name: string): string {
  return report.workloads[name]?.role === 'workload' ? `\`${cell(name)}\`` : `_${cell(name)}_`;
}

/**
 * One sentence saying which targets are met: "All 8 targets are met." or "3 of 8 targets are met; not
 * met: …" (each unmet target with its ratio, limit and floor), with a reminder outside full runs that
 * the targets are set for the full size.
 *
 * @example
 * targetVerdict(report); // 'All 8 targets are met.'
 */
export function targetVerdict(report: BenchReport): string {
  const total = report.targets.length;
  const unmet = report.targets.filter((t) => !t.met);
  const size = report.mode === 'full' ? '' : ` (The targets are set for the full run of 1M ballots; this is a ${report.mode} run, where fixed costs such as marginMatrix's 2^m-entry table weigh more.)`;
  if (unmet.length === 0) return `**All ${total} targets are met.**${size}`;
  const list = unmet.map((t) => `\`${t.workload}\` at ${formatNumber(t.ratio)}× (limit ${t.maxRatio}×) of ${divisorText(report, t.floor)}`).join('; ');
  return `**${total - unmet.length} of ${total} targets are met; not met: ${list}.**${size}`;
}

/**
 * The report as Markdown: the environment, one table row per workload (median, mean and p99 in ms,
 * samples, ops/s, ratio to its floor and, when the report has voting rules, ratio to the margins of the
 * same profile), the targets with a plain verdict and whether each is met, and the notes.
 *
 * Complexity: O(workloads).
 *
 * @example
 * console.log(reportMarkdown(report));
 */
export function reportMarkdown(report: BenchReport): string {
  const env = report.environment;
  const withMargins = Object.values(report.workloads).some((row) => row.marginsRatio !== undefined);
  const withBaseline = Object.values(report.workloads).some((row) => row.baselineRatio !== undefined);
  const lines = [
    `# Plural benchmarks (${report.mode})`,
    '',
    ...(report.targets.length > 0 ? [targetVerdict(report), ''] : []),
    `${env.date} · Node ${env.node} (V8 ${env.v8}) · ${env.cpu} × ${env.cores} · ${env.memoryGiB} GiB · ${env.platform}/${env.arch} · load average ${env.loadAverage.join(' / ')} · commit ${env.commit === null ? 'unknown' : env.commit.slice(0, 12)}${env.dirty ? ' (with uncommitted changes)' : ''} · run took ${report.durationSeconds} s`,
    '',
    `Ratio = median time / median time of the workload's floor (a bare loop reading the same input once). Floors are in italics.${withMargins ? ' × margins = median time / median time of the margins (core marginMatrix) of the same profile, timed in alternation with the rule (one call of each per sample, so that both see the same machine), for the voting rules.' : ''}${withBaseline ? ' × baseline = median time / median time of the workload the row starts from (for a facility mechanism, the lineProfile of its input).' : ''} ${CLOCK_TEXT[report.clock]}`,
    '',
    `| Workload | Parameters | Median ms | Mean ms | p99 ms | Samples | ops/s | × floor |${withMargins ? ' × margins |' : ''}${withBaseline ? ' × baseline |' : ''}`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |${withMargins ? ' ---: |' : ''}${withBaseline ? ' ---: |' : ''}`,
  ];
  for (const [name, row] of Object.entries(report.workloads)) {
    const label = row.role === 'floor' ? `_${cell(name)}_` : `\`${cell(name)}\``;
    const margins = withMargins ? ` ${row.marginsRatio === undefined ? '' : `${formatNumber(row.marginsRatio)}×`} |` : '';
    const baseline = withBaseline ? ` ${row.baselineRatio === undefined ? '' : `${formatNumber(row.baselineRatio)}×`} |` : '';
    lines.push(
      `| ${label} | ${cell(parametersText(row.parameters))} | ${formatNumber(row.medianMs)} | ${formatNumber(row.meanMs)} | ${formatNumber(row.p99Ms)} | ${row.samples} | ${formatNumber(row.opsPerSecond)} | ${row.role === 'floor' ? '1' : `${formatNumber(row.ratio)}×`} |${margins}${baseline}`,
    );
  }
  if (report.targets.length > 0) {
    lines.push('', '## Targets', '', targetVerdict(report), '');
    lines.push('| Target | Divided by | Ratio | Limit | Met |', '| --- | --- | ---: | ---: | --- |');
    for (const t of report.targets) {
      lines.push(`| \`${cell(t.workload)}\` | ${divisorText(report, t.floor)} | ${formatNumber(t.ratio)}× | ${t.maxRatio}× | ${t.met ? 'yes' : '**no**'} |`);
    }
  }
  if (report.notes.length > 0) {
    lines.push('', '## Notes', '');
    for (const note of report.notes) lines.push(note, '');
    lines.pop();
  }
  lines.push('', 'What each row times:', '');
  for (const [name, row] of Object.entries(report.workloads)) lines.push(`- \`${name}\`: ${row.description}.`);
  return `${lines.join('\n')}\n`;
}
