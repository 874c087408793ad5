import { Rational, type CandidateIndex } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  antiPlurality,
  argmax,
  argmaxRational,
  borda,
  bordaTruncated,
  dowdall,
  plurality,
  positionalRationalTally,
  positionalScoringRule,
  positionalTally,
  positiveNegative,
  rankingByRational,
  rankingByScore,
  rationalScores,
  remainingPluralityScores,
  superiorVoting,
  toScores,
  type BordaConvention,
  type Election,
  type VotingResult,
} from '../../src/index.js';
import { electionArbitrary, outcome } from '../election/arbitraries.js';

/*
 * The positional rules read the Election's packed ballots and add integer counts; their references
 * below are the loops they replaced, which read the frozen ballot arrays and added Rationals ballot by
 * ballot, kept as written.
 */

function referenceTally(e: Election, vector: readonly number[]): number[] {
  const scores = new Float64Array(e.candidates.length);
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    const w = e.counts[i]!;
    for (let k = 0; k < ballot.length; k++) scores[ballot[k] as CandidateIndex]! += w * vector[k]!;
  }
  return Array.from(scores);
}

function referenceRationalTally(e: Election, points: (place: number) => Rational, unranked: 'zero' | 'tied-last'): Rational[] {
  const m = e.candidates.length;
  const place = Array.from({ length: m }, (_, k) => points(k));
  const share = (start: number, size: number): Rational => {
    let total = Rational.ZERO;
    for (let k = start; k < start + size; k++) total = total.add(place[k]!);
    return total.div(size);
  };
  const tally: Rational[] = Array.from({ length: m }, () => Rational.ZERO);
  const ranked = new Uint8Array(m);
  for (let i = 0; i < e.ballots.length; i++) {
    const w = e.counts[i]!;
    let k = 0;
    ranked.fill(0);
    for (const entry of e.ballots[i]!) {
      const group = typeof entry === 'number' ? [entry] : entry;
      const s = share(k, group.length).mul(w);
      for (const c of group) {
        tally[c] = tally[c]!.add(s);
        ranked[c] = 1;
      }
      k += group.length;
    }
    if (k < m && unranked === 'tied-last') {
      const s = share(k, m - k).mul(w);
      for (let c = 0; c < m; c++) if (!ranked[c]) tally[c] = tally[c]!.add(s);
    }
  }
  return tally;
}

function referencePlurality(e: Election, tiedTop: 'reject' | 'split'): VotingResult | string {
  const m = e.candidates.length;
  const hasTiedTop = e.ballots.some((b) => b.length > 0 && typeof b[0] !== 'number' && b[0]!.length > 1);
  if (!hasTiedTop) {
    const scores = new Float64Array(m);
    e.ballots.forEach((ballot, i) => {
      if (ballot.length === 0) return;
      const top = ballot[0]!;
      scores[typeof top === 'number' ? top : top[0]!]! += e.counts[i]!;
    });
    return { method: 'plurality', candidates: e.candidates, winners: argmax(scores), scores: toScores(scores, e.scale), ranking: rankingByScore(scores) };
  }
  if (tiedTop === 'reject') return 'rejected';
  const tally: Rational[] = Array.from({ length: m }, () => Rational.ZERO);
  e.ballots.forEach((ballot, i) => {
    if (ballot.length === 0) return;
    const top: readonly CandidateIndex[] = typeof ballot[0] === 'number' ? [ballot[0]] : ballot[0]!;
    const share = Rational.of(e.counts[i]!, top.length);
    for (const c of top) tally[c] = tally[c]!.add(share);
  });
  return { method: 'plurality', candidates: e.candidates, winners: argmaxRational(tally), scores: rationalScores(tally, e.scale), ranking: rankingByRational(tally) };
}

function referenceDominance(e: Election, convention: 'symmetric' | 'domination' | 'weak-domination' | 'non-domination'): number[] {
  const m = e.candidates.length;
  const scores = new Float64Array(m);
  const ranked = new Uint8Array(m);
  const points = (above: number, size: number) => {
    const below = m - above - size;
    return convention === 'symmetric' ? below - above : convention === 'domination' ? below : convention === 'weak-domination' ? below + size : -above;
  };
  for (let i = 0; i < e.ballots.length; i++) {
    const w = e.counts[i]!;
    ranked.fill(0);
    let above = 0;
    for (const entry of e.ballots[i]!) {
      const group = typeof entry === 'number' ? [entry] : entry;
      const p = points(above, group.length) * w;
      for (const c of group) {
        scores[c]! += p;
        ranked[c] = 1;
      }
      above += group.length;
    }
    if (above < m) {
      const p = points(above, m - above) * w;
      for (let c = 0; c < m; c++) if (!ranked[c]) scores[c]! += p;
    }
  }
  return Array.from(scores);
}

/** A result's comparable part (scores, winners, ranking). */
const summary = (r: VotingResult) => ({ winners: r.winners, scores: r.scores, ranking: r.ranking });

describe('positional tallies on the packed ballots', () => {
  it('positionalTally and the exact tally equal the ballot-by-ballot loops on weak, truncated, weighted profiles (property)', () => {
    fc.assert(
      fc.property(electionArbitrary(), fc.array(fc.integer({ min: -3, max: 9 }), { minLength: 6, maxLength: 6 }), (e, raw) => {
        const m = e.candidates.length;
        const vector = raw.slice(0, m).sort((a, b) => b - a);
        expect(Array.from(positionalTally(e, vector))).toEqual(referenceTally(e, vector));
        const dowdallPoints = (k: number) => Rational.of(1, k + 1);
        for (const unranked of ['zero', 'tied-last'] as const) {
          expect(positionalRationalTally(e, dowdallPoints, { unranked })).toEqual(referenceRationalTally(e, dowdallPoints, unranked));
          const fromVector = (k: number) => Rational.of(vector[k]!, 3);
          expect(positionalRationalTally(e, fromVector, { unranked })).toEqual(referenceRationalTally(e, fromVector, unranked));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Plurality (rejecting or splitting tied tops), Borda for truncated ballots and Dowdall equal their references (property)', () => {
    fc.assert(
      fc.property(electionArbitrary(), (e) => {
        if (e.voters === 0) return;
        for (const tiedTop of ['reject', 'split'] as const) {
          const got = outcome(() => summary(plurality(e, { tiedTop })));
          const expected = referencePlurality(e, tiedTop);
          if (typeof expected === 'string') expect('error' in got && /ties several candidates first/.test(got.error)).toBe(true);
          else expect(got).toEqual({ value: summary(expected) });
        }
        for (const convention of ['symmetric', 'domination', 'weak-domination', 'non-domination'] as const) {
          expect(bordaTruncated(e, { convention }).scores).toEqual(toScores(referenceDominance(e, convention), e.scale));
        }
        const m = e.candidates.length;
        for (const convention of ['condorcet-php-implicit', 'condorcet-php-explicit'] as BordaConvention[]) {
          const tally = referenceRationalTally(e, (k) => Rational.of(m - k), convention === 'condorcet-php-implicit' ? 'tied-last' : 'zero');
          expect(bordaTruncated(e, { convention }).scores).toEqual(rationalScores(tally, e.scale));
        }
        expect(dowdall(e).scores).toEqual(rationalScores(referenceRationalTally(e, (k) => Rational.of(1, k + 1), e.unranked === 'ignore' ? 'zero' : 'tied-last'), e.scale));
      }),
      { numRuns: 250 },
    );
  });

  it('Borda, Anti-Plurality, Positive-Negative, the scoring rule and Superior Voting equal their references on strict profiles (property)', () => {
    fc.assert(
      fc.property(electionArbitrary({ strict: true, complete: true }), electionArbitrary({ strict: true }), (e, truncated) => {
        if (e.voters === 0) return;
        const m = e.candidates.length;
        expect(borda(e).scores).toEqual(toScores(referenceTally(e, Array.from({ length: m }, (_, k) => m - 1 - k)), e.scale));
        const last = new Float64Array(m);
        const pn = new Float64Array(m);
        e.ballots.forEach((b, i) => {
          last[b[b.length - 1] as number]! += e.counts[i]!;
          pn[b[0] as number]! += e.counts[i]!;
          if (m > 1) pn[b[m - 1] as number]! -= e.counts[i]!;
        });
        expect(antiPlurality(e).scores).toEqual(toScores(last, e.scale));
        expect(positiveNegative(e).scores).toEqual(toScores(pn, e.scale));
        if (m > 1) {
          const vector = Array.from({ length: m }, (_, k) => (k === 0 ? '3/2' : k === m - 1 ? 0 : '1/3'));
          const tally = referenceRationalTally(e, (k) => Rational.from(vector[k]!), 'zero');
          expect(positionalScoringRule(e, { vector }).scores).toEqual(rationalScores(tally, e.scale));
        }
        if (truncated.voters === 0) return;
        const first = remainingPluralityScores(truncated, truncated.candidates.map(() => true));
        const margins = truncated.margins();
        const points = Float64Array.from(first);
        truncated.candidates.forEach((_, x) => truncated.candidates.forEach((__, y) => {
          if (margins[x]![y]! > 0) points[x]! += first[y]!;
        }));
        expect(superiorVoting(truncated).scores).toEqual(toScores(points, truncated.scale));
      }),
      { numRuns: 250 },
    );
  });
});
