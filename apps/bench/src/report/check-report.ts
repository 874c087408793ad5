const NUMBER_FIELDS = ['meanMs', 'medianMs', 'p99Ms', 'minMs', 'maxMs', 'opsPerSecond', 'ratio'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The problems of a parsed `latest.json`, as readable sentences (empty when it is well formed): the
 * schema tag, the mode, the clock, the notes, the environment fields (load average included), and for every workload its parameters, a floor that exists, a
 * positive whole sample count and finite positive times, ops/s and ratio (and, for a voting rule, a
 * margins row that exists and a finite positive ratio to it; for a row with a baseline, a baseline row that
 * exists and a finite positive ratio to it); and every target's workload, divisor,
 * ratio and verdict.
 *
 * Complexity: O(workloads).
 *
 * @example
 * reportProblems(JSON.parse(readFileSync('results/latest.json', 'utf8'))); // []
 */
export function reportProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(value)) return ['the report is not a JSON object'];
  if (value.schema !== 'plural-bench/1') problems.push(`schema is ${JSON.stringify(value.schema)}, expected "plural-bench/1"`);
  if (value.mode !== 'full' && value.mode !== 'quick' && value.mode !== 'custom') problems.push('mode must be "full", "quick" or "custom"');
  if (value.clock !== 'cpu' && value.clock !== 'wall') problems.push('clock must be "cpu" or "wall"');
  if (!Array.isArray(value.notes) || !value.notes.every((n: unknown) => typeof n === 'string' && n.length > 0)) problems.push('notes must be an array of sentences');
  const env = value.environment;
  if (!isRecord(env)) problems.push('environment is missing');
  else {
    for (const key of ['node', 'cpu', 'date', 'platform', 'arch'] as const) {
      if (typeof env[key] !== 'string' || env[key] === '') problems.push(`environment.${key} must be a non-empty string`);
    }
    if (typeof env.date === 'string' && Number.isNaN(Date.parse(env.date))) problems.push('environment.date is not a date');
    const load = env.loadAverage;
    if (!(Array.isArray(load) && load.length === 3 && load.every((x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0))) {
      problems.push('environment.loadAverage must be three numbers ≥ 0');
    }
    if (!(env.commit === null || (typeof env.commit === 'string' && /^[0-9a-f]{40}$/.test(env.commit)))) {
      problems.push('environment.commit must be a 40-hex commit or null');
    }
  }
  const workloads = value.workloads;
  if (!isRecord(workloads) || Object.keys(workloads).length === 0) return [...problems, 'workloads must be a non-empty object'];
  for (const [name, row] of Object.entries(workloads)) {
    if (!isRecord(row)) {
      problems.push(`${name}: not an object`);
      continue;
    }
    if (!isRecord(row.parameters)) problems.push(`${name}: parameters missing`);
    if (typeof row.floor !== 'string' || !isRecord(workloads[row.floor])) problems.push(`${name}: floor ${JSON.stringify(row.floor)} is not a workload`);
    if (row.role !== 'floor' && row.role !== 'workload') problems.push(`${name}: role must be "floor" or "workload"`);
    if (!(typeof row.samples === 'number' && Number.isInteger(row.samples) && row.samples > 0)) problems.push(`${name}: samples must be a positive whole number`);
    for (const key of NUMBER_FIELDS) {
      const x = row[key];
      if (!(typeof x === 'number' && Number.isFinite(x) && x > 0)) problems.push(`${name}: ${key} must be finite and positive, got ${JSON.stringify(x)}`);
    }
    if (row.role === 'floor' && row.ratio !== 1) problems.push(`${name}: a floor's ratio must be 1`);
    if (row.margins !== undefined || row.marginsRatio !== undefined) {
      const base = typeof row.margins === 'string' ? workloads[row.margins] : undefined;
      if (!isRecord(base) || base.role !== 'workload') problems.push(`${name}: margins ${JSON.stringify(row.margins)} is not a workload`);
      if (!(typeof row.marginsRatio === 'number' && Number.isFinite(row.marginsRatio) && row.marginsRatio > 0)) problems.push(`${name}: marginsRatio must be finite and positive`);
      if (row.pairedMarginsMs !== undefined && !(typeof row.pairedMarginsMs === 'number' && Number.isFinite(row.pairedMarginsMs) && row.pairedMarginsMs > 0)) {
        problems.push(`${name}: pairedMarginsMs must be finite and positive`);
      }
    }
  }
  for (const [name, row] of Object.entries(workloads)) {
    if (!isRecord(row) || (row.baseline === undefined && row.baselineRatio === undefined)) continue;
    const base = typeof row.baseline === 'string' ? workloads[row.baseline] : undefined;
    if (!isRecord(base) || base.role !== 'workload') problems.push(`${name}: baseline ${JSON.stringify(row.baseline)} is not a workload`);
    if (!(typeof row.baselineRatio === 'number' && Number.isFinite(row.baselineRatio) && row.baselineRatio > 0)) problems.push(`${name}: baselineRatio must be finite and positive`);
  }
  if (!Array.isArray(value.targets)) problems.push('targets must be an array');
  else {
    value.targets.forEach((t: unknown, i: number) => {
      if (!isRecord(t)) return void problems.push(`targets[${i}]: not an object`);
      if (typeof t.workload !== 'string' || !isRecord(workloads[t.workload])) problems.push(`targets[${i}]: unknown workload ${JSON.stringify(t.workload)}`);
      if (typeof t.floor !== 'string' || !isRecord(workloads[t.floor])) problems.push(`targets[${i}]: unknown floor ${JSON.stringify(t.floor)}`);
      if (!(typeof t.ratio === 'number' && Number.isFinite(t.ratio) && t.ratio > 0)) problems.push(`targets[${i}]: ratio must be finite and positive`);
      if (typeof t.met !== 'boolean' || (typeof t.ratio === 'number' && typeof t.maxRatio === 'number' && t.met !== t.ratio <= t.maxRatio)) {
        problems.push(`targets[${i}]: met must say whether ratio ≤ maxRatio`);
      }
    });
  }
  return problems;
}
