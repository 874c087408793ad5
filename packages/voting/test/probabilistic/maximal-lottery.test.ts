import { AbortedError, anonymousProfile, marginMatrix, Rational, ValidationError, type AnonymousProfile } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condorcetLoser, condorcetWinner, election, smithSet } from '../../src/index.js';
import { c1MaximalLottery, ExactSimplex, maximalLottery } from '../../src/probabilistic/index.js';
import { describeCorpus } from '../helpers/corpora.js';
import { profileOf, strictProfileArbitrary } from '../helpers/profiles.js';
import { tidemanElections, tidemanProfile } from '../conformance/tideman.js';
import { columnPayoffs, supportOf, weakProfileArbitrary } from './helpers.js';

const strings = (p: readonly Rational[]): string[] => p.map(String);
const matrix = (candidates: string[], margins: number[][]) => ({ kind: 'margins' as const, candidates, margins });

/** Exact range [min, max] of p_a over all maximal lotteries, by the exact simplex on {p ≥ 0, Σp = 1, pᵀM ≥ 0}. */
function probabilityRanges(margins: readonly (readonly number[])[]): [Rational, Rational][] {
  const m = margins.length;
  const a: Rational[][] = [];
  for (let b = 0; b < m; b++) a.push([...margins.map((row) => Rational.of(row[b]!)), ...Array.from({ length: m }, (_, k) => (k === b ? Rational.of(-1) : Rational.ZERO))]);
  a.push(Array.from({ length: 2 * m }, (_, j) => (j < m ? Rational.ONE : Rational.ZERO)));
  const base = ExactSimplex.feasible({ a, b: [...Array.from({ length: m }, () => Rational.ZERO), Rational.ONE] })!;
  return Array.from({ length: m }, (_, c) => {
    const unit = (sign: number) => Array.from({ length: 2 * m }, (_, j) => (j === c ? Rational.of(sign) : Rational.ZERO));
    return [base.clone().maximize(unit(-1)).neg(), base.clone().maximize(unit(1))];
  });
}

function pareto(p: AnonymousProfile, a: number, b: number): boolean {
  const rank = (ballot: (typeof p.ballots)[number], c: number): number => {
    const k = ballot.findIndex((e) => (typeof e === 'number' ? e === c : e.includes(c)));
    return k < 0 ? ballot.length : k;
  };
  return p.ballots.every((ballot) => rank(ballot, a) < rank(ballot, b));
}

describe('maximal-lottery: hand-checked examples', () => {
  it('a Condorcet winner gets probability 1', async () => {
    // a beats b 2–1 and c 2–1.
    const r = await maximalLottery(profileOf(3, ['abc', 'acb', 'bca']));
    expect(strings(r.probabilities)).toEqual(['1', '0', '0']);
    expect(r.unique).toBe(true);
    expect(r.essentialSet).toEqual([0]);
    expect(r.lottery.entries).toHaveLength(1);
  });
  it('rock–paper–scissors (a>b, b>c, c>a by 1) gives the uniform lottery', async () => {
    const rps = matrix(['a', 'b', 'c'], [[0, 1, -1], [-1, 0, 1], [1, -1, 0]]);
    expect(strings((await maximalLottery(rps)).probabilities)).toEqual(['1/3', '1/3', '1/3']);
    expect(strings((await maximalLottery(profileOf(3, ['abc', 'bca', 'cab']))).probabilities)).toEqual(['1/3', '1/3', '1/3']);
  });
  it('a 3-cycle with margins x = 3 (a>b), y = 1 (b>c), z = 1 (c>a) gives (y, z, x)/(x+y+z) = (1/5, 1/5, 3/5)', async () => {
    // 2 a>b>c, 1 b>c>a, 2 c>a>b: margins a>b 3, b>c 1, c>a 1. Check: pᵀM = (−3/5 + 3/5, 3/5 − 3/5, −1/5 + 1/5) = 0.
    const r = await maximalLottery(profileOf(3, ['abc', 'bca', 'cab'], [2, 1, 2]));
    expect(strings(r.probabilities)).toEqual(['1/5', '1/5', '3/5']);
    expect(r.unique).toBe(true);
    expect(r.route).toBe('lp-support');
    expect(strings((await maximalLottery(matrix(['a', 'b', 'c'], [[0, 3, -1], [-3, 0, 1], [1, -1, 0]]), { solver: 'exact' })).probabilities)).toEqual(['1/5', '1/5', '3/5']);
  });
  it('property: any 3-cycle with margins x, y, z has the maximal lottery (y, z, x)/(x+y+z)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), async (x, y, z) => {
        const r = await maximalLottery(matrix(['a', 'b', 'c'], [[0, x, -z], [-x, 0, y], [z, -y, 0]]));
        const s = x + y + z;
        expect(r.probabilities).toEqual([Rational.of(y, s), Rational.of(z, s), Rational.of(x, s)]);
        expect(r.unique).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
  it('several maximal lotteries: the leximin one is returned, the essential set and unique: false say so', async () => {
    // A 2–2 tie between a and b: every lottery is maximal; leximin is the uniform one.
    const tie = await maximalLottery(profileOf(2, ['ab', 'ba']));
    expect(strings(tie.probabilities)).toEqual(['1/2', '1/2']);
    expect(tie.unique).toBe(false);
    expect(tie.essentialSet).toEqual([0, 1]);
    expect(tie.route).toBe('exact-simplex');
    expect(tie.notes?.join(' ')).toMatch(/leximin/);
    // a>b 2, b>c 2, a~c, d last: maximal lotteries are {p_a ≥ p_c} on {a, c}; leximin = (1/2, 0, 1/2, 0).
    const r = await maximalLottery(profileOf(4, ['abcd', 'bcad', 'cabd', 'dabc']));
    expect(strings(r.probabilities)).toEqual(['1/2', '0', '1/2', '0']);
    expect(r.unique).toBe(false);
    expect(r.essentialSet).toEqual([0, 2]);
  });
  it('accepts ties and truncated ballots (through the margins) and single candidates', async () => {
    // a>b by 1, c>b by 1, a~c: b is the Condorcet loser and every lottery on {a, c} is maximal.
    expect(strings((await maximalLottery(profileOf(3, ['a', 'b(ac)', 'c'], [2, 1, 2]))).probabilities)).toEqual(['1/2', '0', '1/2']);
    expect(strings((await maximalLottery(profileOf(1, ['a']))).probabilities)).toEqual(['1']);
  });
  it('rejects a margin matrix that is not antisymmetric, and an unknown solver', async () => {
    await expect(maximalLottery(matrix(['a', 'b'], [[0, 1], [1, 0]]))).rejects.toThrow(ValidationError);
    await expect(maximalLottery(profileOf(2, ['ab']), { solver: 'simplex' as never })).rejects.toThrow(/options.solver/);
  });
  it('stops through its AbortSignal on both routes', async () => {
    const controller = new AbortController();
    controller.abort();
    const rps = profileOf(3, ['abc', 'bca', 'cab']);
    await expect(maximalLottery(rps, { signal: controller.signal })).rejects.toThrow(AbortedError);
    await expect(maximalLottery(rps, { signal: controller.signal, solver: 'exact' })).rejects.toThrow(AbortedError);
  });
});

describe('maximal-lottery: properties (exact)', () => {
  it('pᵀM ≥ 0 exactly, the game value is 0 (exactly, and ≈ 0 in the LP), Σp = 1; support and essential set ⊆ Smith set', async () => {
    await fc.assert(
      fc.asyncProperty(weakProfileArbitrary(), async (p) => {
        const r = await maximalLottery(p);
        const m = marginMatrix(p).margins;
        const payoff = columnPayoffs(m, r.probabilities);
        expect(payoff.every((x) => x.sign() >= 0)).toBe(true);
        expect(Rational.min(payoff[0]!, ...payoff).isZero()).toBe(true);
        if (r.lpValue !== undefined) expect(Math.abs(r.lpValue)).toBeLessThan(1e-6);
        expect(Rational.sum(r.probabilities).equals(Rational.ONE)).toBe(true);
        const smith = new Set(smithSet(m));
        expect(supportOf(r.probabilities).every((c) => smith.has(c))).toBe(true);
        expect(r.essentialSet.every((c) => smith.has(c))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
  it('Condorcet winner → probability 1; Condorcet loser and Pareto-dominated candidates → 0', async () => {
    await fc.assert(
      fc.asyncProperty(weakProfileArbitrary(), async (p) => {
        const r = await maximalLottery(p);
        const m = marginMatrix(p).margins;
        const winner = condorcetWinner(m);
        if (winner !== undefined) expect(r.probabilities[winner]!.equals(Rational.ONE)).toBe(true);
        const loser = p.candidates.length > 1 ? condorcetLoser(m) : undefined;
        if (loser !== undefined) expect(r.probabilities[loser]!.isZero()).toBe(true);
        for (let b = 0; b < p.candidates.length; b++) {
          if (p.candidates.some((_, a) => a !== b && pareto(p, a, b))) expect(r.probabilities[b]!.isZero()).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
  it('uniqueness is decided exactly: unique ⇔ every probability has the same min and max over all maximal lotteries; the essential set is where the max is positive', async () => {
    await fc.assert(
      fc.asyncProperty(weakProfileArbitrary(4, 5), async (p) => {
        const r = await maximalLottery(p);
        const ranges = probabilityRanges(marginMatrix(p).margins);
        expect(r.unique).toBe(ranges.every(([lo, hi]) => lo.equals(hi)));
        expect(r.essentialSet).toEqual(ranges.flatMap(([, hi], a) => (hi.sign() > 0 ? [a] : [])));
        ranges.forEach(([lo, hi], a) => expect(r.probabilities[a]!.ge(lo) && r.probabilities[a]!.le(hi)).toBe(true));
      }),
      { numRuns: 60 },
    );
  });
  it('odd margins (an odd number of strict complete voters) give a unique maximal lottery (Le Breton 2005)', async () => {
    await fc.assert(
      fc.asyncProperty(strictProfileArbitrary(6, 7).filter((p) => p.counts.reduce((a, b) => a + b, 0) % 2 === 1), async (p) => {
        expect((await maximalLottery(p)).unique).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
  it('neutral: relabelling the candidates relabels the lottery (also when it is not unique); LP and exact routes agree', async () => {
    await fc.assert(
      fc.asyncProperty(
        weakProfileArbitrary(5, 5).chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(p.candidates.map((_, i) => i), { minLength: p.candidates.length, maxLength: p.candidates.length }))),
        async ([p, perm]) => {
          const moved = anonymousProfile({
            candidates: p.candidates,
            ballots: p.ballots.map((b) => b.map((e) => (typeof e === 'number' ? perm[e]! : e.map((c) => perm[c]!)))),
            counts: p.counts,
          });
          const r = await maximalLottery(p);
          const s = await maximalLottery(moved);
          r.probabilities.forEach((x, a) => expect(s.probabilities[perm[a]!]).toEqual(x));
          expect(s.unique).toBe(r.unique);
          expect((await maximalLottery(p, { solver: 'exact' })).probabilities).toEqual(r.probabilities);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('c1-maximal-lottery', () => {
  it('reads only the majority relation: the (3, 1, 1) cycle becomes uniform', async () => {
    const p = profileOf(3, ['abc', 'bca', 'cab'], [2, 1, 2]);
    const r = await c1MaximalLottery(p);
    expect(strings(r.probabilities)).toEqual(['1/3', '1/3', '1/3']);
    expect(r.method).toBe('c1-maximal-lottery');
  });
  it('equals maximal-lottery on the sign matrix, and is Condorcet consistent', async () => {
    await fc.assert(
      fc.asyncProperty(weakProfileArbitrary(), async (p) => {
        const m = marginMatrix(p).margins;
        const signs = matrix(p.candidates.map(String), m.map((row) => row.map(Math.sign)));
        const c1 = await c1MaximalLottery(p);
        expect(c1.probabilities).toEqual((await maximalLottery(signs)).probabilities);
        const winner = condorcetWinner(m);
        if (winner !== undefined) expect(c1.probabilities[winner]!.equals(Rational.ONE)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describeCorpus('condorcet-tideman-collection', 'maximal-lottery on the Tideman collection (exact checks)', () => {
  it('every election: pᵀM ≥ 0 exactly, support ⊆ Smith set; unique except on three elections (A13, A26, A67: zero margins)', async () => {
    const notUnique: string[] = [];
    for (const id of tidemanElections()) {
      const e = election(tidemanProfile(id, 'implicit'));
      const r = await maximalLottery(e);
      const payoff = columnPayoffs(e.margins(), r.probabilities);
      expect(payoff.every((x) => x.sign() >= 0), id).toBe(true);
      const smith = new Set(smithSet(e.margins()));
      expect(r.essentialSet.every((c) => smith.has(c)), id).toBe(true);
      if (!r.unique) notUnique.push(id);
    }
    expect(notUnique).toEqual(['A13', 'A26', 'A67']);
  }, 60_000);
});
