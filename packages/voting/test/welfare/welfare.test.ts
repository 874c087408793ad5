import { anonymousProfile, PluralError, Rational, ValidationError } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beatPath, borda, copeland, dowdall, election, kemenyYoung, normalizeMethodName, plurality } from '../../src/index.js';
import { rankedPairsTb } from '../../src/margin/ranked-pairs.js';
import { orderingScore } from '../../src/optimization/linear-ordering.js';
import {
  bordaRanking,
  copelandRanking,
  kemenyRanking,
  pluralityRanking,
  rankedPairsRanking,
  rankingByScores,
  schulzeRanking,
  scoreRanking,
  welfareFunction,
  welfareFunctions,
  welfareResult,
} from '../../src/welfare/index.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';

// Schulze (2011), §3.1's example 1: 45 voters; the paper's ranking is E > A > C > B > D.
const schulzeExample = profileOf(5, ['acbed', 'adecb', 'bedac', 'cabed', 'caebd', 'cbade', 'dceba', 'ebadc'], [5, 5, 8, 3, 7, 2, 7, 8]);
// Wikipedia's Kemeny–Young example: Nashville > Chattanooga > Knoxville > Memphis (a = Memphis).
const tennessee = profileOf(4, ['abcd', 'bcda', 'cdba', 'dcba'], [42, 26, 15, 17]);

describe('the social welfare function registry', () => {
  it('unique kebab-case ids, metadata frozen, family welfare-function, citations with a link', () => {
    const ids = welfareFunctions.map((f) => f.info.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = welfareFunctions.flatMap((f) => [f.info.id, ...f.info.aliases].map((n) => `${normalizeMethodName(n)}→${f.info.id}`));
    expect(new Set(names.map((n) => n.split('→')[0])).size).toBe(new Set(names).size);
    for (const { info } of welfareFunctions) {
      expect(info.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(info.family).toBe('welfare-function');
      expect(info.description.length).toBeGreaterThan(10);
      expect(info.complexity).toMatch(/O\(|rule's/);
      for (const c of info.citations) expect(c.doi ?? c.arxiv ?? c.url).toBeTruthy();
      expect(Object.isFrozen(info)).toBe(true);
    }
  });
  it('finds SWFs by id and pref_voting display name; unknown names list the ids', () => {
    expect(welfareFunction('Borda ranking').info.id).toBe('borda-ranking');
    expect(welfareFunction('copeland_ranking').info.id).toBe('copeland-ranking');
    expect(welfareFunction('Kemeny–Young ranking').info.id).toBe('kemeny-ranking');
    expect(() => welfareFunction('borda-plus')).toThrow(/unknown social welfare function "borda-plus".*kemeny-ranking/);
  });
  it('welfareResult rejects a ranking that is not a partition of the candidates', () => {
    expect(() => welfareResult({ method: 'x', candidates: ['a', 'b'], ranking: [[0]] })).toThrow(PluralError);
    expect(() => welfareResult({ method: 'x', candidates: ['a', 'b'], ranking: [[0, 1], [1]] })).toThrow(/exactly once/);
    expect(welfareResult({ method: 'x', candidates: ['a', 'b'], ranking: [[1, 0]] }).winners).toEqual([0, 1]);
  });
  it('rankingByScores compares numbers and Rationals exactly', () => {
    expect(rankingByScores([3, Rational.of(7, 2), 3, Rational.of(6, 2)])).toEqual([[1], [0, 2, 3]]);
    expect(rankingByScores([1, 2, 2], true)).toEqual([[0], [1, 2]]);
  });
});

describe('score rankings', () => {
  it('Borda ranking orders by Borda score with ties as tiers; plurality ranking by first places', () => {
    // abc, bca: Borda a 2+0, b 1+2, c 0+1 → b (3) > a (2) > c (1).
    expect(bordaRanking(profileOf(3, ['abc', 'bca'])).ranking).toEqual([[1], [0], [2]]);
    // abc, cba: every candidate scores 2.
    expect(bordaRanking(profileOf(3, ['abc', 'cba'])).ranking).toEqual([[0, 1, 2]]);
    expect(pluralityRanking(profileOf(3, ['abc', 'abc', 'bca'])).ranking).toEqual([[0], [1], [2]]);
  });
  it('score ranking takes any scoring vector or scoring rule, default Borda', () => {
    const p = profileOf(3, ['abc', 'bca', 'cab', 'acb']);
    expect(scoreRanking(p).ranking).toEqual(bordaRanking(p).ranking);
    expect(scoreRanking(p, { vector: [1, 0, 0] }).ranking).toEqual([[0], [1, 2]]);
    expect(scoreRanking(p, { rule: dowdall }).scores).toEqual(dowdall(p).scores);
    expect(() => scoreRanking(p, { vector: [1, 0, 0], rule: borda })).toThrow(ValidationError);
    expect(() => scoreRanking(p, { rule: kemenyYoung as never })).toThrow(/reports no scores/);
  });
});

describe('Copeland, Schulze and Ranked Pairs rankings', () => {
  it('Copeland ranking: a and b tie and both beat c', () => {
    expect(copelandRanking(profileOf(3, ['abc', 'bac'])).ranking).toEqual([[0, 1], [2]]);
    expect(copelandRanking(profileOf(3, ['abc', 'bac']), { alpha: 0 }).scores).toEqual([1, 1, 0]);
  });
  it("Schulze ranking reproduces the paper's example: E > A > C > B > D", () => {
    const r = schulzeRanking(schulzeExample);
    expect(r.ranking).toEqual([[4], [0], [2], [1], [3]]);
    expect(r.notes?.[0]).toMatch(/strict weak order/);
  });
  it('Schulze ranking with ties: the beat-path relation is only a partial order, the layering says so', () => {
    // abc, cab: only a beats b (margin 2); c ties both: a and c are unbeaten (tier 1), b follows, but c
    // and b are unrelated.
    const p = profileOf(3, ['abc', 'cab']);
    const margins = election(p).margins();
    expect([margins[0]![1], margins[0]![2], margins[1]![2]]).toEqual([2, 0, 0]);
    const r = schulzeRanking(p);
    expect(r.ranking).toEqual([[0, 2], [1]]);
    expect(r.notes?.[0]).toMatch(/only a partial order here: 1 pair is unrelated/);
  });
  it('Ranked Pairs ranking is the TB rule’s locked order', () => {
    expect(rankedPairsRanking(profileOf(3, ['abc', 'bca', 'cab'])).ranking).toEqual([[0], [1], [2]]);
    // Favouring c, then b: c→a is locked first, then b→c; a→b would close a cycle: b > c > a.
    expect(rankedPairsRanking(profileOf(3, ['abc', 'bca', 'cab']), { tiebreakOrder: [2, 1, 0] }).ranking).toEqual([[1], [2], [0]]);
  });
  it('property: the first tier is the corresponding rule’s winner set', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(5, 8), (p) => {
        const e = election(p);
        expect(bordaRanking(e).winners).toEqual(borda(e).winners);
        expect(pluralityRanking(e).winners).toEqual(plurality(e).winners);
        expect(copelandRanking(e).winners).toEqual(copeland(e).winners);
        expect(schulzeRanking(e).winners).toEqual(beatPath(e).winners);
        expect(rankedPairsRanking(e).winners).toEqual(rankedPairsTb(e).winners);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Kemeny ranking', () => {
  it('a unique optimum: the Tennessee ranking', () => {
    const r = kemenyRanking(tennessee);
    expect(r.ranking).toEqual([[1], [2], [3], [0]]);
    expect(r.winners).toEqual([1]);
    expect(r.optimal).toEqual({ count: 1, countExact: true, rankings: [[1, 2, 3, 0]], tops: [1] });
  });
  it('several optima: one canonical ranking (first in the tie-break order), all counted and listed', () => {
    // margin(a, b) = 0, both beat c by 2: a > b > c and b > a > c are both optimal.
    const p = profileOf(3, ['abc', 'bac', 'cba'], [3, 1, 2]);
    const r = kemenyRanking(p);
    expect(r.ranking).toEqual([[0], [1], [2]]);
    expect(r.optimal).toEqual({ count: 2, countExact: true, rankings: [[0, 1, 2], [1, 0, 2]], tops: [0, 1] });
    const other = kemenyRanking(p, { tiebreakOrder: [1, 2, 0] });
    expect(other.ranking).toEqual([[1], [0], [2]]);
    expect(other.optimal?.rankings).toEqual([[1, 0, 2], [0, 1, 2]]);
    expect(kemenyRanking(profileOf(3, ['abc', 'bca', 'cab']), { maxRankings: 2 }).optimal).toEqual({ count: 3, countExact: true, rankings: [[0, 1, 2], [1, 2, 0]], tops: [0, 1, 2] });
    expect(() => kemenyRanking(p, { tiebreakOrder: [0, 0, 1] })).toThrow(/not a permutation/);
    expect(() => kemenyRanking(p, { maxRankings: 0 })).toThrow(ValidationError);
  });
  it('property: the canonical ranking is optimal, its top is a Kemeny–Young winner, the tops are exactly the winners', () => {
    fc.assert(
      fc.property(strictProfileArbitrary(6, 8), (p) => {
        const e = election(p);
        const r = kemenyRanking(e);
        const kemeny = kemenyYoung(e);
        expect(r.optimal!.tops).toEqual(kemeny.winners);
        expect(kemeny.winners).toContain(r.winners[0]);
        const best = orderingScore(e.margins(), r.ranking.flat());
        for (const ranking of r.optimal!.rankings) expect(orderingScore(e.margins(), ranking)).toBe(best);
        expect(r.optimal!.count).toBeGreaterThanOrEqual(r.optimal!.tops.length);
      }),
      { numRuns: 150 },
    );
  });
  it('reads fractional weights exactly', () => {
    const p = anonymousProfile({ candidates: ['a', 'b', 'c'], ballots: [[0, 1, 2], [1, 2, 0]], counts: [0.5, 0.25] });
    expect(kemenyRanking(p).notes?.[0]).toMatch(/^Kemeny score .*: 5\/4; 1 optimal ranking\.$/);
  });
});
