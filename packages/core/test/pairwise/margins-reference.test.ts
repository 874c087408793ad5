import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymousProfile,
  majorityMatrix,
  marginMatrix,
  rankingProfile,
  type AnonymousProfile,
  type Ranking,
  type RankingProfile,
  type UnrankedPolicy,
} from '../../src/index.js';
import { rankingTableOf } from '../../src/profiles/ranking-table.js';
import { levels, weakRanking } from '../profiles/arbitraries.js';

/**
 * The margins by their definition, pair by pair: margin[a][b] = weight of ballots with a above b minus
 * weight of ballots with b above a. Unranked candidates of a truncated ballot are one level below the
 * last ranked one ('bottom') or incomparable ('ignore').
 */
function naiveMargins(rankings: readonly Ranking[], weights: readonly number[], m: number, unranked: UnrankedPolicy): number[][] {
  const margins = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  rankings.forEach((ranking, i) => {
    const level = levels(ranking, m);
    const anyRanked = level.some((l) => l >= 0);
    const rank = (c: number): number | undefined => (level[c]! >= 0 ? level[c] : unranked === 'bottom' && anyRanked ? ranking.length : undefined);
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        const ra = rank(a);
        const rb = rank(b);
        if (a === b || ra === undefined || rb === undefined) continue;
        if (ra < rb) margins[a]![b]! += weights[i]!;
        if (rb < ra) margins[a]![b]! -= weights[i]!;
      }
    }
  });
  return margins;
}

/** The same data without core's packed table: fresh arrays, as a caller could assemble a profile by hand. */
function withoutTable<P extends AnonymousProfile | RankingProfile>(profile: P): P {
  const copy =
    profile.kind === 'anonymous'
      ? { ...profile, ballots: profile.ballots.slice(), counts: profile.counts.slice() }
      : { ...profile, rankings: profile.rankings.slice(), ...(profile.weights ? { weights: profile.weights.slice() } : {}) };
  return copy as P;
}

type Kind = 'strict complete' | 'strict truncated' | 'weak';

/**
 * Random profiles: m from 1 to 15 (both sides of the 12-candidate switch between the mask and the pair
 * accumulation), strict complete, strict truncated or weak (ties, truncation) ballots, weights that are
 * multiples of 1/4 (so every sum is exact in floating point and the naive order of additions gives
 * the same number), and an unranked policy.
 */
const profiles = fc
  .tuple(fc.integer({ min: 1, max: 15 }), fc.constantFrom<Kind>('strict complete', 'strict truncated', 'weak'))
  .chain(([m, kind]) =>
    fc.record({
      m: fc.constant(m),
      rows: fc.array(
        fc.tuple(
          weakRanking(m, { strict: kind !== 'weak', complete: kind === 'strict complete' }),
          fc.integer({ min: 1, max: 40 }).map((q) => q / 4),
        ),
        { maxLength: 30 },
      ),
      unranked: fc.constantFrom<UnrankedPolicy>('bottom', 'ignore'),
    }),
  );

describe('marginMatrix against the definition', () => {
  it('equals the naive pair-by-pair margins for the anonymous and the voter form, with and without the packed table (property)', () => {
    fc.assert(
      fc.property(profiles, ({ m, rows, unranked }) => {
        const rankings = rows.map((r) => r[0]);
        const weights = rows.map((r) => r[1]);
        const expected = naiveMargins(rankings, weights, m, unranked);
        const voters = rankingProfile({ candidates: m, rankings, weights });
        const anon = anonymousProfile({ candidates: m, ballots: rankings, counts: weights });
        expect(rankingTableOf(anon.ballots, m)).toBeDefined();
        for (const profile of [voters, anon, withoutTable(voters), withoutTable(anon)]) {
          expect(marginMatrix(profile, { unranked }).margins).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives bit-identical support from the packed table and from the arrays, for any double weights (property)', () => {
    const doubles = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    const arbitrary = fc.integer({ min: 1, max: 15 }).chain((m) =>
      fc.tuple(fc.constant(m), fc.array(fc.tuple(weakRanking(m), doubles), { maxLength: 30 }), fc.constantFrom<UnrankedPolicy>('bottom', 'ignore')),
    );
    fc.assert(
      fc.property(arbitrary, ([m, rows, unranked]) => {
        const anon = anonymousProfile({ candidates: m, ballots: rows.map((r) => r[0]), counts: rows.map((r) => r[1]) });
        const packed = majorityMatrix(anon, { unranked }).support;
        const plain = majorityMatrix(withoutTable(anon), { unranked }).support;
        packed.forEach((row, a) => row.forEach((v, b) => expect(Object.is(v, plain[a]![b])).toBe(true)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives bit-identical support for permutation profiles (the strict complete kernel), for any double weights (property)', () => {
    const doubles = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    const arbitrary = fc.integer({ min: 1, max: 12 }).chain((m) =>
      fc.tuple(fc.constant(m), fc.array(fc.tuple(weakRanking(m, { strict: true, complete: true }), doubles), { maxLength: 40 })),
    );
    fc.assert(
      fc.property(arbitrary, ([m, rows]) => {
        const rankings = rows.map((r) => r[0]);
        const weights = rows.map((r) => r[1]);
        for (const profile of [anonymousProfile({ candidates: m, ballots: rankings, counts: weights }), rankingProfile({ candidates: m, rankings, weights })]) {
          const packed = majorityMatrix(profile).support;
          const plain = majorityMatrix(withoutTable(profile)).support;
          packed.forEach((row, a) => row.forEach((v, b) => expect(Object.is(v, plain[a]![b])).toBe(true)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts a known profile correctly (strict, tied and truncated ballots, weights)', () => {
    // 3 × 0≻1≻2≻3, 2 × 3≻{1,2}≻0, 1.5 × 2 (truncated: 2 above the rest, which are tied at the bottom).
    const p = anonymousProfile({ candidates: 4, ballots: [[0, 1, 2, 3], [3, [2, 1], 0], [2]], counts: [3, 2, 1.5] });
    expect(marginMatrix(p).margins).toEqual([
      [0, 1, -0.5, 1],
      [-1, 0, 1.5, 1],
      [0.5, -1.5, 0, 2.5],
      [-1, -1, -2.5, 0],
    ]);
    // With unranked candidates ignored, the truncated ballot compares nothing.
    expect(marginMatrix(p, { unranked: 'ignore' }).margins[2]).toEqual([-1, -3, 0, 1]);
  });

  it('uses 32-bit entries above 127 candidates and still matches the definition', () => {
    const m = 130;
    const rankings: Ranking[] = [[129, [0, 128], 5], [5, 129], [0]];
    const p = rankingProfile({ candidates: m, rankings, weights: [2, 1, 0.5] });
    expect(rankingTableOf(p.rankings, m)?.entries).toBeInstanceOf(Int32Array);
    const expected = naiveMargins(rankings, [2, 1, 0.5], m, 'bottom');
    expect(marginMatrix(p).margins).toEqual(expected);
    expect(marginMatrix(withoutTable(p)).margins).toEqual(expected);
  });
});
