import { anonymousProfile, type AnonymousProfile } from '@plural/core';
import fc from 'fast-check';
import { expect } from 'vitest';
import { condorcetLoser, condorcetWinner, election, smithSet, type VotingMethod } from '../../src/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

/**
 * Fixed counterexamples for the registry's four property claims. Each function checks, on a recorded
 * profile, that the rule really violates the property (so a `false` claim stays true to the code).
 * Profiles are written as in `profileOf`: candidate letters, best first.
 */
type Rule = VotingMethod<never, never>;

const winnersOf = (rule: Rule, p: AnonymousProfile): readonly number[] => (rule as unknown as (p: AnonymousProfile) => { winners: readonly number[] })(p).winners;

/** The profile has a Condorcet winner that is not the unique winner. */
export function expectCondorcetWinnerViolation(rule: Rule, p: AnonymousProfile): void {
  const cw = condorcetWinner(election(p).margins());
  expect(cw).toBeDefined();
  expect(winnersOf(rule, p)).not.toEqual([cw]);
}

/** The profile has a Condorcet loser among the winners. */
export function expectCondorcetLoserViolation(rule: Rule, p: AnonymousProfile): void {
  const cl = condorcetLoser(election(p).margins());
  expect(cl).toBeDefined();
  expect(winnersOf(rule, p)).toContain(cl);
}

/** Some winner is Pareto-dominated (another candidate is preferred to it by every voter). */
export function expectParetoViolation(rule: Rule, p: AnonymousProfile): void {
  const e = election(p);
  const s = e.support();
  const dominated = winnersOf(rule, p).filter((b) => p.candidates.some((_, a) => a !== b && s[a]![b] === e.voters));
  expect(dominated.length).toBeGreaterThan(0);
}

/**
 * Positive involvement fails: x (the top of `added`) wins in p, but not after adding one voter with
 * ballot `added`, which ranks x first.
 */
export function expectPositiveInvolvementViolation(rule: Rule, p: AnonymousProfile, added: string): void {
  const x = added.charCodeAt(0) - 97;
  expect(winnersOf(rule, p)).toContain(x);
  const extra = profileOf(p.candidates.length, [added]).ballots[0]!;
  const q = anonymousProfile({ candidates: p.candidates, ballots: [...p.ballots, extra], counts: [...p.counts, 1] });
  expect(winnersOf(rule, q)).not.toContain(x);
}

/** Property: on random strict profiles, a Condorcet winner is the only winner. */
export function checkCondorcetConsistent(rule: Rule, numRuns = 150, maxM = 5): void {
  fc.assert(
    fc.property(strictProfileArbitrary(maxM, 7), (p) => {
      const cw = condorcetWinner(election(p).margins());
      if (cw !== undefined) expect(winnersOf(rule, p)).toEqual([cw]);
    }),
    { numRuns },
  );
}

/** Property: on random strict profiles, there is a winner and every winner is in the Smith set. */
export function checkSmithConsistent(rule: Rule, numRuns = 150, maxM = 5): void {
  fc.assert(
    fc.property(strictProfileArbitrary(maxM, 7), (p) => {
      const w = winnersOf(rule, p);
      expect(w.length).toBeGreaterThan(0);
      const smith = smithSet(election(p).margins());
      for (const x of w) expect(smith).toContain(x);
    }),
    { numRuns },
  );
}

/** Property: PUT winners are the union of the TB winners over every tie-break order (m ≤ 4). */
export function checkPutIsUnionOfTb(put: Rule, tb: Rule, numRuns = 100): void {
  const permutations = (m: number): number[][] => (m === 0 ? [[]] : permutations(m - 1).flatMap((p) => Array.from({ length: m }, (_, i) => [...p.slice(0, i), m - 1, ...p.slice(i)])));
  fc.assert(
    fc.property(strictProfileArbitrary(4, 6), (p) => {
      const union = new Set<number>();
      for (const order of permutations(p.candidates.length)) {
        for (const w of (tb as unknown as (p: AnonymousProfile, o: { tiebreakOrder: number[] }) => { winners: number[] })(p, { tiebreakOrder: order }).winners) union.add(w);
      }
      expect(winnersOf(put, p)).toEqual([...union].sort((a, b) => a - b));
    }),
    { numRuns },
  );
}

/** A recorded counterexample: a profile (and, for positive involvement, the added ballot). */
export interface Counterexample {
  readonly id: string;
  readonly property: 'condorcet-winner' | 'condorcet-loser' | 'pareto-dominance' | 'positive-involvement';
  readonly m: number;
  readonly ballots: readonly string[];
  readonly counts?: readonly number[];
  /** The ballot added for positive involvement; its top candidate loses by it. */
  readonly added?: string;
}

/** Checks one recorded counterexample against the rule registered under `id`. */
export function expectCounterexample(rule: Rule, c: Counterexample): void {
  const p = profileOf(c.m, c.ballots, c.counts);
  if (c.property === 'condorcet-winner') expectCondorcetWinnerViolation(rule, p);
  else if (c.property === 'condorcet-loser') expectCondorcetLoserViolation(rule, p);
  else if (c.property === 'pareto-dominance') expectParetoViolation(rule, p);
  else expectPositiveInvolvementViolation(rule, p, c.added!);
}

/**
 * Every property a rule of `methods` claims false has a counterexample in `table` (or is listed in
 * `exempt` with the reason in the test), and nothing else is in the table.
 */
export function expectCounterexamplesCover(methods: readonly Rule[], table: readonly Counterexample[], exempt: readonly string[] = []): void {
  const needed = methods.flatMap((m) => Object.entries(m.info.properties).flatMap(([k, v]) => (v === false ? [`${m.info.id} ${k}`] : []))).sort();
  const have = [...table.map((c) => `${c.id} ${c.property}`), ...exempt].sort();
  expect(have).toEqual(needed);
}
