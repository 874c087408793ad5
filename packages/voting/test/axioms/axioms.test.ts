import fc from 'fast-check';
import { AbortedError, BudgetExceededError, ValidationError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { condorcetWinnerAxiom, paretoDominanceAxiom } from '../../src/axioms/dominance.js';
import { monotonicityAxiom } from '../../src/axioms/monotonicity.js';
import { votingAxiom, votingAxioms } from '../../src/axioms/registry.js';
import { findCounterexample, profileArbitrary } from '../../src/axioms/search.js';
import type { AxiomRule } from '../../src/axioms/types.js';
import { cloneSets, independenceOfClonesAxiom, isdaAxiom } from '../../src/axioms/variable-candidate.js';
import { neutralIndifferenceAxiom, participationAxiom, positiveInvolvementAxiom, reinforcementAxiom } from '../../src/axioms/variable-voter.js';
import { votingMethod } from '../../src/registry/registry.js';
import { profileOf } from '../helpers/profiles.js';

const rule = (name: string): AxiomRule => votingMethod(name) as unknown as AxiomRule;

describe('the axiom registry', () => {
  it('has 43 axioms with unique kebab-case ids, a definition sentence, citations and inputs', () => {
    expect(votingAxioms).toHaveLength(43);
    const ids = votingAxioms.map((a) => a.info.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of votingAxioms) {
      expect(a.info.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(a.info.definition).toMatch(/^A violation is .*\.$/);
      expect(a.info.citations.length).toBeGreaterThan(0);
      expect(a.info.inputs.length).toBeGreaterThan(0);
      expect(a.name).toBe(a.info.id);
    }
    // pref_voting's 38 axioms carry its display name; the 5 classical criteria do not.
    expect(votingAxioms.filter((a) => a.info.prefVotingName !== undefined)).toHaveLength(38);
  });

  it('looks axioms up by id, display name, pref_voting’s display and Python names, ignoring case and separators', () => {
    expect(votingAxiom('positive-involvement')).toBe(positiveInvolvementAxiom);
    expect(votingAxiom('Positive Involvement')).toBe(positiveInvolvementAxiom);
    expect(votingAxiom('positive_involvement')).toBe(positiveInvolvementAxiom);
    expect(votingAxiom('Pareto Dominance Criterion')).toBe(paretoDominanceAxiom);
    expect(votingAxiom('ISDA')).toBe(isdaAxiom);
    expect(() => votingAxiom('no such axiom')).toThrow(ValidationError);
  });
});

describe('checkers on hand-checked profiles', () => {
  // a≻b≻c ×2, b≻c≻a ×2, c≻b≻a: Plurality ties a and b (2 each); b is the Condorcet winner (3–2 over a, 4–1 over c).
  const profile = profileOf(3, ['abc', 'bca', 'cba'], [2, 2, 1]);

  it('Condorcet winner: Plurality violates it here, Minimax does not; the witness is the profile with its winners', () => {
    const check = condorcetWinnerAxiom(rule('plurality'), profile);
    expect(check.satisfied).toBe(false);
    expect(check.method).toBe('plurality');
    expect(check.violations).toHaveLength(1);
    const [w] = check.violations;
    expect(w!.candidates).toEqual([1]);
    expect(w!.explanation).toBe('{b} is the Condorcet winner but the winners are {a, b}.');
    expect(w!.profiles[0]!.winners).toEqual([0, 1]);
    expect(condorcetWinnerAxiom(rule('minimax'), profile).satisfied).toBe(true);
  });

  it('removal witnesses carry the sub-profile and where its candidates came from', () => {
    // IPDA record of pref_voting (Anti-Plurality): 2≻1≻0 ×2; 0 is Pareto-dominated; Anti-Plurality elects {1, 2}, without 0 {2}.
    const p = { kind: 'anonymous' as const, candidates: [0, 1, 2], ballots: [[2, 1, 0]], counts: [2] };
    const check = votingAxiom('ipda')(rule('anti-plurality'), p);
    expect(check.satisfied).toBe(false);
    const sub = check.violations[0]!.profiles[1]!;
    expect(sub.candidateMap).toEqual([1, 2]);
    expect(sub.profile.candidates).toEqual([1, 2]);
    expect(sub.winners).toEqual([2]);
  });

  it('monotonicity: lifting a tied IRV winner can make it lose', () => {
    // c≻a≻b, a≻b≻c, b≻a≻c ×3 each: first places 3/3/3, all tie. A c≻a≻b voter lifting b to the top
    // (b≻c≻a) gives a 3, b 4, c 2: c goes, its two voters elect a 5–4, and b lost by being raised.
    const p = profileOf(3, ['cab', 'abc', 'bac'], [3, 3, 3]);
    expect(votingMethod('instant-runoff')(p as never).winners).toEqual([0, 1, 2]);
    const check = monotonicityAxiom(rule('instant-runoff'), p, { direction: 'lift' });
    expect(check.satisfied).toBe(false);
    const lifted = check.violations.find((w) => w.candidates[0] === 1 && w.profiles[1]!.profile.ballots.some((b) => JSON.stringify(b) === '[1,2,0]'));
    expect(lifted!.profiles[1]!.winners).toEqual([0]);
    expect(lifted!.explanation).toBe('Lifting {b} 2 positions in a ballot c ≻ a ≻ b (now b ≻ c ≻ a) changes the winners from {a, b, c} to {a}.');
  });

  it('participation: the set preferences and the one-winner default', () => {
    // pref_voting's Baldwin PUT record: 0≻2≻1, 1≻0≻2, 2≻1≻0 ×2 each; all three win; a 2≻1≻0 voter abstaining leaves {1}.
    const p = { kind: 'anonymous' as const, candidates: [0, 1, 2], ballots: [[0, 2, 1], [1, 0, 2], [2, 1, 0]], counts: [2, 2, 2] };
    expect(participationAxiom(rule('baldwin-put'), p).satisfied).toBe(true); // several winners: single-winner comparisons do not apply
    expect(participationAxiom(rule('baldwin-put'), p, { setPreference: 'pessimist' }).satisfied).toBe(false);
    expect(participationAxiom(rule('baldwin-put'), p, { setPreference: 'optimist' }).satisfied).toBe(true);
    expect(() => participationAxiom(rule('baldwin-put'), p, { setPreference: 'sometimes' as never })).toThrow(ValidationError);
  });

  it('Pareto: the top cycle contains a unanimously dominated candidate even without majority ties', () => {
    // a≻d≻b≻c, b≻c≻a≻d, c≻a≻d≻b: the majority cycle a→d→b→c→a puts everyone in the top cycle, yet all prefer a to d.
    const p = profileOf(4, ['adbc', 'bcad', 'cadb'], [1, 1, 1]);
    const check = paretoDominanceAxiom(rule('top-cycle'), p);
    expect(check.violations.map((w) => w.explanation)).toEqual(['The winner {d} is Pareto-dominated by {a}.']);
    expect(paretoDominanceAxiom(rule('beat-path'), p).satisfied).toBe(true);
  });

  it('clone sets follow Tideman: no outside candidate between or tied with members, in any ballot', () => {
    const p = profileOf(4, ['abcd', 'bacd', 'dcab'], [1, 1, 1]);
    expect(cloneSets({ candidates: p.candidates, ballots: [[[0], [1], [2], [3]], [[1], [0], [2], [3]], [[3], [2], [0], [1]]], counts: [1, 1, 1] })).toEqual([
      [0, 1],
      [0, 1, 2],
      [2, 3],
    ]);
    expect(independenceOfClonesAxiom(rule('beat-path'), p).satisfied).toBe(true);
  });

  it('counts neighbours the rule refuses (Borda asked about a ballot tying everyone) as skipped, not as violations', () => {
    const check = neutralIndifferenceAxiom(rule('borda'), profile);
    expect(check.satisfied).toBe(true);
    expect(check.skipped).toBe(1);
    expect(neutralIndifferenceAxiom(rule('minimax'), profile).skipped).toBe(0);
  });

  it('reinforcement: Borda satisfies it on every split; the cache makes each distinct profile one evaluation', () => {
    const check = reinforcementAxiom(rule('borda'), profile);
    expect(check.satisfied).toBe(true);
    // splits of (2, 2, 1) voters into two non-empty parts, unordered: 17 pairs → at most 34 sub-profiles + the profile
    expect(check.evaluations).toBeLessThanOrEqual(35);
  });

  it('stops at maxViolations, honours the budget and the abort signal, and refuses fractional voters', () => {
    const p = profileOf(3, ['cab', 'abc', 'bac'], [3, 3, 3]);
    const all = monotonicityAxiom(rule('instant-runoff'), p);
    expect(all.violations.length).toBeGreaterThan(1);
    expect(monotonicityAxiom(rule('instant-runoff'), p, { maxViolations: 1 }).violations).toHaveLength(1);
    expect(() => reinforcementAxiom(rule('borda'), profile, { budget: 3 })).toThrow(BudgetExceededError);
    const controller = new AbortController();
    controller.abort();
    expect(() => reinforcementAxiom(rule('borda'), profile, { signal: controller.signal })).toThrow(AbortedError);
    expect(() => condorcetWinnerAxiom(rule('borda'), { kind: 'anonymous', candidates: ['a', 'b'], ballots: [[0, 1]], counts: [1.5] })).toThrow(/whole number/);
    expect(() => condorcetWinnerAxiom(rule('borda'), profile, { unranked: 'top' as never })).toThrow(ValidationError);
  });
});

describe('findCounterexample (fast-check search with shrinking)', () => {
  it('finds and shrinks a Borda failure of the Condorcet criterion, and the seed and path replay it', () => {
    const found = findCounterexample(rule('borda'), condorcetWinnerAxiom, { maxCandidates: 4, maxVoters: 7, seed: 42, numRuns: 300 });
    expect(found.found).toBe(true);
    if (!found.found) return;
    const { profile, check, seed, path } = found.counterexample;
    expect(check.satisfied).toBe(false);
    // shrunk to 3 candidates and 3 voters: a≻b≻c, c≻a≻b ×2 — c beats a and b 2–1, Borda ties a and c at 4
    expect(profile.ballots).toEqual([
      [0, 1, 2],
      [2, 0, 1],
    ]);
    expect(profile.counts).toEqual([1, 2]);
    expect(check.violations[0]!.explanation).toBe('{c} is the Condorcet winner but the winners are {a, c}.');
    const replay = findCounterexample(rule('borda'), condorcetWinnerAxiom, { maxCandidates: 4, maxVoters: 7, seed, path, numRuns: 300 });
    expect(replay.found && replay.counterexample.profile).toEqual(profile);
  });

  it('finds none for rules that satisfy the axiom (Copeland and the Condorcet winner; Minimax and Pareto)', () => {
    expect(findCounterexample(rule('copeland'), condorcetWinnerAxiom, { seed: 1, numRuns: 150 }).found).toBe(false);
    expect(findCounterexample(rule('minimax'), paretoDominanceAxiom, { seed: 2, numRuns: 150 }).found).toBe(false);
  });

  it('profileArbitrary draws valid profiles: 2…4 candidates, 1…7 voters, permutations (or weak orders with ties)', () => {
    fc.assert(
      fc.property(profileArbitrary({ maxCandidates: 4, maxVoters: 7, ties: true }), (p) => {
        const m = p.candidates.length;
        expect(m).toBeGreaterThanOrEqual(2);
        expect(m).toBeLessThanOrEqual(4);
        const voters = p.counts.reduce((s, c) => s + c, 0);
        expect(voters).toBeGreaterThanOrEqual(1);
        expect(voters).toBeLessThanOrEqual(7);
        for (const b of p.ballots) expect(b.flatMap((e) => (typeof e === 'number' ? [e] : [...e])).sort()).toEqual(Array.from({ length: m }, (_, i) => i));
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  // Each classical criterion and pref_voting axiom not covered by the corpus records: a rule known to
  // fail it (the search must find a counterexample) and one known to satisfy it (none found).
  const cases: readonly [axiom: string, fails: string, holds: string | undefined, ties?: boolean][] = [
    ['majority', 'borda', 'plurality'],
    ['majority-loser', 'plurality', 'borda'],
    ['mutual-majority', 'borda', undefined],
    ['independence-of-irrelevant-alternatives', 'plurality', undefined],
    ['neutrality', 'instant-runoff-tb', 'borda'],
    ['reversal-symmetry', 'plurality', 'borda'],
    ['downward-homogeneity', 'borda', 'borda'],
    ['tiebreaking-compensation', 'dowdall', 'minimax', true],
    ['nonlinear-neutral-reversal', 'dowdall', 'minimax'],
  ];
  for (const [axiom, fails, holds, ties] of cases) {
    if (axiom !== 'downward-homogeneity') {
      it(`${axiom}: ${fails} fails it`, () => {
        expect(findCounterexample(rule(fails), votingAxiom(axiom), { seed: 7, numRuns: 200, ...(ties ? { ties } : {}) }).found).toBe(true);
      });
    }
    if (holds !== undefined) {
      it(`${axiom}: ${holds} satisfies it on small profiles`, () => {
        expect(findCounterexample(rule(holds), votingAxiom(axiom), { seed: 8, numRuns: 100, ...(ties ? { ties } : {}) }).found).toBe(false);
      });
    }
  }
});
