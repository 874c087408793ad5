import { anonymize, createRng, Rational, rankingProfile, type AnonymousProfile, type MarginMatrix } from '@plural/core';
import { votingMethod, type Election } from '@plural/voting';
import type Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { impartialCultureBallots } from '../../src/generators/impartial-culture.js';
import { mallowsBallots } from '../../src/generators/mallows.js';
import { socText } from '../../src/preflib/soc-text.js';
import { reportProblems } from '../../src/report/check-report.js';
import { benchmarkSuites, cultures, FLOOR_NOTES, MARGIN_TARGET_RATIO, marginTargets, RULE_TARGET_RATIO, runBenchmarks, VOTING_NOTES, votingTargets } from '../../src/run/run-benchmarks.js';
import { votersLabel, votingVoterCounts } from '../../src/workloads/plans.js';
import { FACILITY_NOTES, facilityPositions, SMALL_FACILITY_AGENTS, STRATEGYPROOFNESS_AGENTS } from '../../src/workloads/facility.js';
import { facilityMechanism, facilityMechanisms, type LineProfile } from '@plural/facility-location';
import { timedRules, votingNames } from '../../src/workloads/voting.js';
import type { BigPair } from '../../src/workloads/rationals.js';
import { TINY_SIZES } from '../fixtures.js';

const m = TINY_SIZES.candidates;
const n = TINY_SIZES.voters;

/**
 * The inputs the suites draw, drawn again the same way: split 1 of the seed's generator is impartial
 * culture, split 2 Mallows, split 3 the rationals, then one split per voter count and culture of the
 * voting suites (as `voting.<culture>.<voters>`).
 */
function inputs(): Record<string, number[][]> {
  const rng = createRng(TINY_SIZES.seed);
  const icRng = rng.split();
  const mallowsRng = rng.split();
  rng.split();
  const [ic, mallows] = cultures(TINY_SIZES);
  const out: Record<string, number[][]> = { [ic]: impartialCultureBallots(n, m, icRng), [mallows]: mallowsBallots(n, m, TINY_SIZES.phi, mallowsRng) };
  for (const voters of votingVoterCounts(TINY_SIZES)) {
    for (const culture of [ic, mallows]) {
      const split = rng.split();
      out[`voting.${culture}.${voters}`] = culture === ic ? impartialCultureBallots(voters, m, split) : mallowsBallots(voters, m, TINY_SIZES.phi, split);
    }
  }
  return out;
}

/**
 * The positions the facility suites draw, drawn again the same way (one split after the voting suites,
 * then one per size: the voting voter counts, the small profile, the checker's profile), by agents.
 */
function facilityInputs(): Map<number, number[]> {
  const rng = createRng(TINY_SIZES.seed);
  for (let k = 0; k < 3 + 2 * votingVoterCounts(TINY_SIZES).length; k++) rng.split();
  const facility = rng.split();
  const out = new Map<number, number[]>();
  for (const agents of [...votingVoterCounts(TINY_SIZES), SMALL_FACILITY_AGENTS, STRATEGYPROOFNESS_AGENTS]) out.set(agents, facilityPositions(agents, facility.split()));
  return out;
}

/** The straightforward exact profile: each position through its decimal string, sorted by exact comparison. */
function naiveSorted(positions: readonly number[]): string[] {
  return positions.map((x) => Rational.parse(String(x))).sort((a, b) => a.compare(b)).map(String);
}

/** Margins by definition: for each ballot and each ordered pair, +w if a is above b and −w if below. */
function naiveMargins(ballots: readonly (readonly number[])[], counts?: readonly number[]): number[][] {
  const margins = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  ballots.forEach((ballot, i) => {
    const w = counts?.[i] ?? 1;
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) if (a !== b) margins[a]![b]! += ballot.indexOf(a) < ballot.indexOf(b) ? w : -w;
  });
  return margins;
}

/** Distinct ballots in order of first appearance, with their multiplicities. */
function naiveMerge(ballots: readonly (readonly number[])[]): { ballots: number[][]; counts: number[] } {
  const at = new Map<string, number>();
  const out = { ballots: [] as number[][], counts: [] as number[] };
  for (const b of ballots) {
    const key = b.join(',');
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.ballots.length);
      out.ballots.push([...b]);
      out.counts.push(1);
    } else out.counts[i]! += 1;
  }
  return out;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** H_k = Σ_{i ≤ k} 1/i as a reduced "p/q", by bigint arithmetic written out. */
function harmonic(k: number): string {
  let p = 0n;
  let q = 1n;
  for (let i = 1n; i <= BigInt(k); i++) {
    p = p * i + q;
    q *= i;
  }
  let [a, b] = [p, q];
  while (b !== 0n) [a, b] = [b, a % b];
  return `${p / a}/${q / a}`;
}

/** A rational from any of the three implementations as "p/q". */
function text(x: unknown): string {
  if (x instanceof Rational) return `${x.num}/${x.den}`;
  if (typeof x === 'object' && x !== null && 'n' in x && 'd' in x && !('s' in x)) return `${(x as BigPair).n}/${(x as BigPair).d}`;
  const f = x as Fraction;
  return `${f.s * f.n}/${f.d}`;
}

describe('a tiny end-to-end run', () => {
  const report = runBenchmarks({ sizes: TINY_SIZES, cwd: process.cwd() });

  it('produces a well-formed report with every workload, floor and target', () => {
    const json: unknown = JSON.parse(JSON.stringify(report));
    expect(reportProblems(json)).toEqual([]);
    expect(report.mode).toBe('custom');
    expect(report.clock).toBe('cpu');
    const fixedNotes = [...FLOOR_NOTES, ...VOTING_NOTES, ...FACILITY_NOTES];
    expect(report.notes.slice(0, fixedNotes.length)).toEqual(fixedNotes);
    // At 240 agents only the Gini optimum (O(n³ log n)) is left out, and said so.
    expect(report.notes.slice(fixedNotes.length)).toEqual([`facility.240.gini-optimal not timed: complexity O(n³ log n): timed at ${SMALL_FACILITY_AGENTS} agents only.`]);
    const names = Object.keys(report.workloads);
    const rules = timedRules().length;
    expect(rules).toBeGreaterThanOrEqual(7);
    const mechanisms = facilityMechanisms.length;
    const facilityRows = 2 + (mechanisms - 1) + 3 + 4;
    expect(names).toHaveLength(2 + 2 * 10 + 9 + 2 * (3 + rules) + facilityRows);
    expect(names.filter((k) => report.workloads[k]!.role === 'floor')).toHaveLength(1 + 2 * 6 + 3 + 2 + 3);
    for (const name of names.filter((k) => k.startsWith('facility.') && !k.endsWith('.lineProfile') && report.workloads[k]!.role === 'workload')) {
      const row = report.workloads[name]!;
      expect(row.baseline).toBe(name.replace(/^(facility\.[^.]+)\..*$/, '$1.lineProfile'));
      expect(row.baselineRatio).toBeCloseTo(row.medianMs / report.workloads[row.baseline!]!.medianMs, 12);
    }
    for (const culture of cultures(TINY_SIZES)) {
      for (const kind of ['anonymousProfile', 'mergeBallots']) expect(names).toContain(`profiles.${culture}.${kind}`);
      for (const form of ['voters', 'anonymous']) expect(names).toContain(`margins.${culture}.marginMatrix(${form})`);
    }
    expect(report.targets.map((t) => [t.workload, t.floor, t.maxRatio])).toEqual([
      ...marginTargets(TINY_SIZES).map((t) => [t.workload, t.floor, MARGIN_TARGET_RATIO]),
      ...votingTargets(TINY_SIZES).map((t) => [t.workload, t.baseline ?? t.floor, t.baseline === undefined ? MARGIN_TARGET_RATIO : RULE_TARGET_RATIO]),
    ]);
    expect(report.targets).toHaveLength(8 + 2 * (1 + rules));
    for (const culture of cultures(TINY_SIZES)) {
      const names = votingNames(culture, n);
      for (const { id } of timedRules()) {
        const row = report.workloads[names.rule(id)]!;
        expect([row.floor, row.margins]).toEqual([names.floor, names.margins]);
        // × margins divides by the margins timed in alternation with the rule.
        expect(row.pairedMarginsMs).toBeGreaterThan(0);
        expect(row.marginsRatio).toBeCloseTo(row.medianMs / row.pairedMarginsMs!, 12);
        expect(report.targets).toContainEqual({ workload: names.rule(id), floor: names.margins, maxRatio: RULE_TARGET_RATIO, ratio: row.marginsRatio, met: row.marginsRatio! <= RULE_TARGET_RATIO });
      }
    }
    for (const t of report.targets) expect(t.met).toBe(t.ratio <= t.maxRatio);
    const ic = report.workloads['margins.ic.marginMatrix(anonymous)']!;
    expect(ic.parameters).toMatchObject({ voters: n, candidates: m, culture: 'ic' });
    expect(ic.floor).toBe('profiles.ic.floor(read anonymous ballots, packed)');
  });

  it('every workload computes the right thing (checked against naive computations)', () => {
    const ballots = inputs();
    const [icName] = cultures(TINY_SIZES);
    const ic = ballots[icName]!;
    const checked: string[] = [];
    const matrices: string[][][] = [];
    const compares: number[] = [];
    const positions = facilityInputs();
    const check = (name: string, result: unknown): void => {
      checked.push(name);
      const facility = /^facility\.([^.]+)\.(.*)$/.exec(name);
      if (facility !== null) {
        const agents = [...positions.keys()].find((a) => votersLabel(a) === facility[1])!;
        const xs = positions.get(agents)!;
        const what = facility[2]!;
        if (what === 'floor(read positions)') expect(result).toBe(sum(xs));
        else if (what === 'lineProfile') expect((result as LineProfile).sorted.map(String)).toEqual(naiveSorted(xs));
        else if (what.startsWith('checkStrategyproofness(')) expect(result).toMatchObject({ property: 'strategyproof', holds: true });
        // A mechanism on the prepared profile gives what it gives on the plain positions.
        else expect(JSON.stringify(result)).toBe(JSON.stringify(facilityMechanism(what)(xs.map((x) => String(x)))));
        return;
      }
      const culture = /^(?:profiles|margins)\.([^.]+(?:\.\d+)?)\./.exec(name)?.[1];
      const voting = /^voting\.([^.]+(?:\.\d+)?)\.(\d+)\.(.*)$/.exec(name);
      const voters = voting !== null ? ballots[`voting.${voting[1]}.${voting[2]}`]! : culture === undefined ? ic : ballots[culture]!;
      const merged = naiveMerge(voters);
      if (voting !== null) {
        // The voting rows: every rule's result is the rule called directly on the profile built afresh.
        const what = voting[3]!;
        const profile = anonymize(rankingProfile({ candidates: m, rankings: voters }));
        if (what === 'floor(read anonymous ballots, packed)') expect(result).toBe(sum(merged.ballots.flat()) + n);
        else if (what === 'margins') expect((result as MarginMatrix).margins).toEqual(naiveMargins(voters));
        else if (what === 'election(first call)') {
          const e = result as Election;
          expect([e.kind, e.voters, e.strict, e.complete]).toEqual(['election', n, true, true]);
          expect(Array.from(e.packed.entries)).toEqual(merged.ballots.flat());
          expect(Array.from(e.packed.counts)).toEqual(merged.counts);
        } else expect(result).toEqual(votingMethod(what)(profile as never));
      } else if (name === 'parse.soc.floor(scan text)') {
        const soc = socText(ic, m, `bench-ic-${n}`);
        expect(result).toBe((soc.split('\n').length - 1) * 1000 + soc.split(',').length - 1);
      } else if (name === 'parse.soc.readFormat') {
        const p = result as AnonymousProfile;
        expect(sum(p.counts)).toBe(n);
        expect(naiveMargins(p.ballots as number[][], p.counts)).toEqual(naiveMargins(ic));
      } else if (/floor\(read voter ballots/.test(name)) {
        expect(result).toBe(sum(voters.flat()) + n);
      } else if (/floor\(read anonymous ballots/.test(name)) {
        expect(result).toBe(sum(merged.ballots.flat()) + n);
      } else if (/\.(anonymousProfile|mergeBallots)$/.test(name)) {
        const p = result as AnonymousProfile;
        expect({ ballots: p.ballots, counts: p.counts }).toEqual(merged);
      } else if (/marginMatrix/.test(name)) {
        expect((result as MarginMatrix).margins).toEqual(naiveMargins(voters));
      } else if (name.startsWith('rationals.harmonic.')) {
        expect(text(result)).toBe(harmonic(TINY_SIZES.harmonicTerms));
      } else if (name.startsWith('rationals.matrix.')) {
        const rows = result as unknown[][];
        expect(rows).toHaveLength(TINY_SIZES.matrixSize);
        matrices.push(rows.map((r) => r.map(text)));
      } else if (name.startsWith('rationals.compare.')) {
        expect(result).toBeGreaterThanOrEqual(0);
        expect(result).toBeLessThanOrEqual(TINY_SIZES.comparisons);
        compares.push(result as number);
      } else throw new Error(`no check for workload ${name}`);
    };
    for (const suite of benchmarkSuites(TINY_SIZES)) for (const task of suite.build()) check(task.name, task.run());
    expect(checked).toEqual(Object.keys(report.workloads));
    // The three rational implementations agree with each other.
    expect(matrices).toHaveLength(3);
    expect(matrices[1]).toEqual(matrices[0]);
    expect(matrices[2]).toEqual(matrices[0]);
    expect(new Set(compares).size).toBe(1);
  });

  it('draws the same inputs for a seed', () => {
    const a = benchmarkSuites(TINY_SIZES)[1]!.build();
    const b = benchmarkSuites(TINY_SIZES)[1]!.build();
    expect(a.map((t) => t.parameters)).toEqual(b.map((t) => t.parameters));
    expect(a.find((t) => t.name.endsWith('mergeBallots'))!.run()).toEqual(b.find((t) => t.name.endsWith('mergeBallots'))!.run());
  });
});
