import fc from 'fast-check';
import type { Ranking } from '../../src/index.js';

/** A random weak, possibly truncated ranking over m candidates. */
export function weakRanking(m: number, options: { complete?: boolean; strict?: boolean } = {}): fc.Arbitrary<Ranking> {
  return fc
    .tuple(
      fc.shuffledSubarray(Array.from({ length: m }, (_, i) => i), { minLength: options.complete ? m : 0, maxLength: m }),
      fc.array(fc.boolean(), { minLength: m, maxLength: m }),
    )
    .map(([order, cuts]) => {
      const out: (number | number[])[] = [];
      let group: number[] = [];
      order.forEach((c, i) => {
        group.push(c);
        if (options.strict || cuts[i] || i === order.length - 1) {
          out.push(group.length === 1 ? group[0]! : group.slice().sort((a, b) => a - b));
          group = [];
        }
      });
      return out;
    });
}

/** Candidates' levels in a ranking: level index, or -1 when unranked. */
export function levels(ranking: Ranking, m: number): number[] {
  const level = new Array<number>(m).fill(-1);
  ranking.forEach((entry, k) => {
    for (const c of typeof entry === 'number' ? [entry] : entry) level[c] = k;
  });
  return level;
}
