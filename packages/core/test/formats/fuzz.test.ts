import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abcInstance,
  anonymousProfile,
  approvalProfile,
  cardinalProfile,
  categoricalProfile,
  kwiseData,
  pairwiseData,
  pbInstance,
  PluralError,
} from '../../src/index.js';
import { formatRegistry, type FormatData, type FormatSpec } from '../../src/formats/index.js';
import { corpora, sameData } from './conformance-helpers.js';
import { corpusSeeds, escaped, fixtureSeeds, fuzzInput, MAX_INPUT, minimize, seedsFor, type Seed } from './fuzz-inputs.js';

/**
 * Parser fuzz test: every reader of the format registry gets random text, token soups and mutated real
 * files (this package's fixtures, and small corpus files when /work/shared/corpora is there). The reader
 * must return valid data — deeply frozen, unchanged by the constructor of its kind, and read back equal
 * after its own writer wrote it — or throw a PluralError that says where and how to fix it; anything else (TypeError,
 * RangeError, a stack overflow, a near-hang) fails, printing the input and a minimized input.
 *
 * `PLURAL_FUZZ_RUNS` inputs per reader (default 100,000), from the fixed seed `PLURAL_FUZZ_SEED`
 * (default 20260217), so CI is reproducible.
 */

const RUNS = Number(process.env.PLURAL_FUZZ_RUNS ?? 100_000);
const SEED = Number(process.env.PLURAL_FUZZ_SEED ?? 20_260_217);
/** Time one input may take before it counts as a hang: this much, plus {@link MS_PER_ELEMENT} per element of the data read. */
const SLOW_MS = 2_000;
/** A header may legitimately declare 10⁶ alternatives: the time allowed grows with the data returned. */
const MS_PER_ELEMENT = 0.05;

/** The constructor of each data kind, applied to the data as its own input. */
const CONSTRUCTORS: Record<FormatData['kind'], (data: never) => unknown> = {
  anonymous: anonymousProfile,
  approval: approvalProfile,
  categorical: categoricalProfile,
  cardinal: cardinalProfile,
  pairwise: pairwiseData,
  kwise: kwiseData,
  pb: pbInstance,
  abc: abcInstance,
};

/** The path of the first object or array reachable from `value` that is not frozen, or undefined. */
function unfrozen(value: unknown, at = 'data'): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (!Object.isFrozen(value)) return at;
  for (const [k, v] of Object.entries(value)) {
    const found = unfrozen(v, `${at}.${k}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The number of elements in the arrays of the data and of its profile (candidates, ballots, records, …). */
function elements(data: FormatData): number {
  let n = 0;
  for (const holder of [data, (data as { profile?: object }).profile ?? {}]) {
    for (const v of Object.values(holder)) if (Array.isArray(v)) n += v.length;
  }
  return n;
}

/** Why the data a reader returned is not valid, or undefined when it is. */
function invalidity(spec: FormatSpec, data: FormatData): string | undefined {
  if (data === null || typeof data !== 'object' || !spec.kinds.includes(data.kind)) return `it returned ${String((data as { kind?: unknown })?.kind)} data`;
  const loose = unfrozen(data);
  if (loose !== undefined) return `${loose} is not frozen`;
  const rebuilt = CONSTRUCTORS[data.kind](data as never);
  if (!sameData(rebuilt, data)) return `the ${data.kind} constructor changes the data to ${JSON.stringify(rebuilt)}`;
  if (spec.write) {
    const written = spec.write(data);
    const again = spec.read(written, { source: 'rewritten' });
    if (!sameData(again, data)) return `writing and reading again changes the data: ${escaped(written)} reads as ${JSON.stringify(again)}`;
  }
  return undefined;
}

/**
 * Most inputs make the reader throw, and capturing stack traces dominates the cost of a throw: the fuzz
 * loop runs with Error.stackTraceLimit 0 and runs a failing input again with stacks to report it.
 */
function stackOf(run: () => unknown): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 20;
  try {
    run();
    return '(no error when run again)';
  } catch (error) {
    return (error as Error)?.stack ?? String(error);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Why the reader's outcome on `text` breaks the property (undefined when it holds). */
function failure(spec: FormatSpec, text: string, lenient: boolean): string | undefined {
  const start = performance.now();
  let data: FormatData;
  try {
    data = spec.read(text, { source: 'fuzz', lenient });
  } catch (error) {
    if (!(error instanceof PluralError)) {
      return `threw ${(error as Error)?.name ?? typeof error} instead of a PluralError:\n${stackOf(() => spec.read(text, { source: 'fuzz', lenient }))}`;
    }
    if (!error.where || !error.fix) return `threw a ${error.name} that does not say ${error.where ? 'how to fix it' : 'where'}: ${error.message}`;
    const ms = performance.now() - start;
    return ms > SLOW_MS ? `took ${Math.round(ms)} ms to refuse it` : undefined;
  }
  let why: string | undefined;
  try {
    why = invalidity(spec, data);
  } catch (error) {
    why = `checking its data throws ${stackOf(() => invalidity(spec, data))}`;
  }
  if (why !== undefined) return `accepted it, but ${why}`;
  const ms = performance.now() - start;
  const allowed = SLOW_MS + MS_PER_ELEMENT * elements(data);
  return ms > allowed ? `took ${Math.round(ms)} ms (more than ${Math.round(allowed)} ms) to read and check it` : undefined;
}

/** The property: throws, with the input and a minimized input, when {@link failure} finds a problem. */
function check(spec: FormatSpec, text: string, lenient: boolean): void {
  const why = failure(spec, text, lenient);
  if (why === undefined) return;
  const small = minimize(text, (t) => failure(spec, t, lenient) !== undefined);
  throw new Error(`${spec.id}${lenient ? ' (lenient)' : ''} on ${escaped(text)}: ${why}\nminimized input: ${escaped(small)}\nwhich gives: ${failure(spec, small, lenient)}`);
}

const fixtures = fixtureSeeds();
const allSeeds: Seed[] = [...fixtures, ...formatRegistry.flatMap((spec) => corpusSeeds(spec.extensions))];
if (!fs.existsSync(corpora)) console.log(`[formats] corpus ${corpora} is absent: fuzzing from the fixtures only.`);

describe(`parser fuzz: ${RUNS} inputs per reader (seed ${SEED}), ≤ ${MAX_INPUT} characters each`, () => {
  it('has seeds: the fixtures, and some seed every registered reader accepts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const spec of formatRegistry) expect(seedsFor(spec, allSeeds).length, spec.id).toBeGreaterThan(0);
  });

  it('the property fails on a reader that throws a TypeError, returns unfrozen data, or does not round-trip', () => {
    const base = formatRegistry.find((f) => f.id === 'csv-approvals')!;
    const typeError: FormatSpec = { ...base, read: () => (null as unknown as { x: number }).x as never };
    const loose: FormatSpec = { ...base, read: (t) => ({ ...base.read(t) }) };
    const lossy: FormatSpec = { ...base, write: (d) => base.write!({ ...d, counts: (d as unknown as { counts: number[] }).counts.map(() => 2) } as FormatData) };
    const text = 'weight,a,b\n1,1,0\n2,0,1\n';
    expect(() => check(typeError, text, false)).toThrow(/threw TypeError instead of a PluralError[^]*minimized input: ""/);
    expect(minimize('abc\nxyz\n123\n', (t) => t.includes('y'))).toBe('y');
    expect(() => check(loose, text, false)).toThrow(/data is not frozen/);
    expect(() => check(lossy, text, false)).toThrow(/writing and reading again changes the data/);
    expect(() => check(base, text, false)).not.toThrow();
    expect(() => base.read('weight,a,b\n1,1\n')).toThrow(PluralError);
    expect(() => check(base, 'weight,a,b\n1,1\n', false)).not.toThrow(); // a PluralError is fine
  });

  for (const spec of formatRegistry) {
    it(`${spec.id}: returns valid data or throws a PluralError`, () => {
      const own = seedsFor(spec, allSeeds);
      const started = performance.now();
      const cpu = process.cpuUsage();
      let runs = 0;
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        fc.assert(
          fc.property(fuzzInput(own, allSeeds), fc.boolean(), (text, lenient) => {
            runs++;
            check(spec, text, lenient);
          }),
          // inputs do not shrink (one integer seeds their generator): check() minimizes a failing text itself
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      } finally {
        Error.stackTraceLimit = limit;
      }
      const used = process.cpuUsage(cpu);
      console.log(`[fuzz] ${spec.id}: ${runs} inputs in ${Math.round(performance.now() - started)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms; ${own.length} seeds)`);
      expect(runs).toBe(RUNS);
    }, 600_000);
  }
});
