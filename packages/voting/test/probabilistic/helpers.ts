import { anonymousProfile, Rational, type AnonymousProfile, type Ranking } from '@plural/core';
import fc from 'fast-check';

/** (pᵀM)_b for every column b, exactly. */
export function columnPayoffs(margins: readonly (readonly number[])[], p: readonly Rational[]): Rational[] {
  return margins.map((_, b) => Rational.sum(margins.map((row, a) => p[a]!.mul(row[b]!))));
}

/** Candidates whose probability is positive. */
export function supportOf(p: readonly Rational[]): number[] {
  return p.flatMap((x, a) => (x.sign() > 0 ? [a] : []));
}

/**
 * Random profiles with ties and truncation allowed (weak orders over a random subset), 1…maxM candidates,
 * integer counts 1…4: margins can be even, zero or odd.
 */
export function weakProfileArbitrary(maxM = 5, maxBallots = 6): fc.Arbitrary<AnonymousProfile> {
  return fc.integer({ min: 1, max: maxM }).chain((m) =>
    fc
      .array(
        fc.tuple(
          fc.shuffledSubarray(Array.from({ length: m }, (_, i) => i), { minLength: 0, maxLength: m }),
          fc.array(fc.boolean(), { minLength: m, maxLength: m }),
          fc.integer({ min: 1, max: 4 }),
        ),
        { minLength: 1, maxLength: maxBallots },
      )
      .map((rows) =>
        anonymousProfile({
          candidates: Array.from({ length: m }, (_, i) => i),
          ballots: rows.map(([order, tieWithNext]) => {
            const out: (number | number[])[] = [];
            let group: number[] = [];
            order.forEach((c, k) => {
              group.push(c);
              if (!tieWithNext[k] || k === order.length - 1) {
                out.push(group.length === 1 ? group[0]! : group);
                group = [];
              }
            });
            return out as Ranking;
          }),
          counts: rows.map(([, , c]) => c),
        }),
      ),
  );
}
