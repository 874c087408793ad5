import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymousProfile,
  kwiseData,
  majorityFromPairwise,
  majorityMatrix,
  marginMatrix,
  pairwiseData,
  pairwiseFromKwise,
  rankingProfile,
  type Ranking,
  type UnrankedPolicy,
  ValidationError,
} from '../../src/index.js';
import { levels, weakRanking } from '../profiles/arbitraries.js';

/** The definition, computed naively: weight of voters who rank a strictly above b. */
function bruteSupport(rankings: readonly Ranking[], counts: readonly number[], m: number, unranked: UnrankedPolicy): number[][] {
  const s = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  rankings.forEach((r, i) => {
    const lv = levels(r, m);
    const bottom = r.length;
    const anyRanked = lv.some((l) => l >= 0);
    const rank = (c: number) => (lv[c]! >= 0 ? lv[c]! : unranked === 'bottom' && anyRanked ? bottom : undefined);
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        const ra = rank(a);
        const rb = rank(b);
        if (a !== b && ra !== undefined && rb !== undefined && ra < rb) s[a]![b]! += counts[i]!;
      }
    }
  });
  return s;
}

const profiles = fc.integer({ min: 1, max: 15 }).chain((m) =>
  fc.tuple(
    fc.constant(m),
    fc.array(fc.tuple(weakRanking(m), fc.integer({ min: 1, max: 5 })), { maxLength: 25 }),
    fc.constantFrom<UnrankedPolicy>('bottom', 'ignore'),
  ),
);

describe('majorityMatrix', () => {
  it('matches the definition for every size and unranked policy (property; both accumulation paths)', () => {
    fc.assert(
      fc.property(profiles, ([m, rows, unranked]) => {
        const p = anonymousProfile({ candidates: m, ballots: rows.map((r) => r[0]), counts: rows.map((r) => r[1]) });
        const got = majorityMatrix(p, { unranked }).support;
        expect(got).toEqual(bruteSupport(p.ballots, p.counts, m, unranked));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer from the per-voter and the anonymous form', () => {
    const rankings = [[0, 1, 2], [0, 1, 2], [2, [0, 1]], [1]];
    const perVoter = majorityMatrix(rankingProfile({ candidates: 3, rankings }));
    const anon = majorityMatrix(anonymousProfile({ candidates: 3, ballots: rankings }));
    expect(perVoter.support).toEqual(anon.support);
    // [1] ranks only 1: with unranked at the bottom, 1 beats 0 and 2 on that ballot; [2, [0, 1]] ties 0 and 1.
    expect(anon.support[1]).toEqual([1, 0, 3]);
    expect(majorityMatrix(anonymousProfile({ candidates: 3, ballots: rankings }), { unranked: 'ignore' }).support[1]).toEqual([0, 0, 2]);
  });

  it('margins are antisymmetric and sum of support over a pair is at most the voters (property)', () => {
    fc.assert(
      fc.property(profiles, ([m, rows, unranked]) => {
        const p = anonymousProfile({ candidates: m, ballots: rows.map((r) => r[0]), counts: rows.map((r) => r[1]) });
        const total = p.counts.reduce((s, c) => s + c, 0);
        const maj = majorityMatrix(p, { unranked });
        const mar = marginMatrix(maj).margins;
        for (let a = 0; a < m; a++) {
          expect(mar[a]![a]).toBe(0);
          for (let b = 0; b < m; b++) {
            expect(mar[a]![b]! + mar[b]![a]!).toBe(0);
            expect(maj.support[a]![b]! + maj.support[b]![a]!).toBeLessThanOrEqual(total);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('margins of a strict complete profile have the parity of the number of voters', () => {
    const p = anonymousProfile({ candidates: 4, ballots: [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]] });
    for (const row of marginMatrix(p).margins) for (const v of row) expect(Math.abs(v) % 2 === 1 || v === 0).toBe(true);
  });

  it('rejects an unknown unranked policy', () => {
    const p = anonymousProfile({ candidates: 2, ballots: [[0, 1]] });
    expect(() => majorityMatrix(p, { unranked: 'top' as never })).toThrow(ValidationError);
  });
});

describe('pairwise and K-wise data', () => {
  it('validates records', () => {
    expect(() => pairwiseData({ items: 2, records: [{ a: 0, b: 0, outcome: 'a' }] })).toThrow(/itself/);
    expect(() => pairwiseData({ items: 2, records: [{ a: 0, b: 2, outcome: 'a' }] })).toThrow(/records\[0\]\.b/);
    expect(() => pairwiseData({ items: 2, records: [{ a: 0, b: 1, outcome: 'x' as never }] })).toThrow(/outcome/);
    expect(() => pairwiseData({ items: 2, records: [{ a: 0, b: 1, outcome: 'a', weight: 0 }] })).toThrow(/positive/);
  });

  it('counts ties as half a win by default', () => {
    const d = pairwiseData({
      items: ['x', 'y', 'z'],
      records: [
        { a: 0, b: 1, outcome: 'a' },
        { a: 0, b: 1, outcome: 'tie', weight: 2 },
        { a: 2, b: 1, outcome: 'b', annotator: 'ann1', group: 'g' },
      ],
    });
    expect(majorityFromPairwise(d).support).toEqual([[0, 2, 0], [1, 0, 1], [0, 0, 0]]);
    expect(majorityFromPairwise(d, { tieWeight: 0 }).support[1]![0]).toBe(0);
  });

  it('breaks K-wise rankings into the pairs they imply', () => {
    const k = kwiseData({ items: 4, records: [{ ranking: [3, [0, 2]], weight: 2 }] });
    const pairs = pairwiseFromKwise(k).records.map((r) => [r.a, r.b, r.outcome, r.weight]);
    expect(pairs).toEqual([[3, 0, 'a', 2], [3, 2, 'a', 2], [0, 2, 'tie', 2]]);
    expect(() => kwiseData({ items: 3, records: [{ ranking: [1] }] })).toThrow(/at least two/);
  });
});
