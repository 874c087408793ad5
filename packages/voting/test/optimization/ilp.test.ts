import { anonymousProfile, createRng } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { dodgson, dodgsonScoreIlp, election, kemenyYoung, kemenyYoungIlp, young, youngScoreIlp } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

/** Random profiles: m candidates, a few ballot types with counts 1–3, from a seeded Rng. */
function randomProfiles(count: number, seed: number) {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const m = 3 + rng.int(3);
    const types = 2 + rng.int(5);
    const ballots = Array.from({ length: types }, () => {
      const p = Array.from({ length: m }, (_, i) => i);
      for (let k = m - 1; k > 0; k--) {
        const j = rng.int(k + 1);
        [p[k], p[j]] = [p[j]!, p[k]!];
      }
      return p;
    });
    return anonymousProfile({ candidates: Array.from({ length: m }, (_, i) => i), ballots, counts: ballots.map(() => 1 + rng.int(3)) });
  });
}

describe('integer programs through @plural/lp (HiGHS) agree with the exact combinatorial algorithms', () => {
  it("Kemeny–Young by ILP with lazy 3-cycle cuts: Wikipedia's Tennessee example", async () => {
    const r = await kemenyYoungIlp(profileOf(4, ['abcd', 'bcda', 'cdba', 'dcba'], [42, 26, 15, 17]));
    expect(r.ranking).toEqual([1, 2, 3, 0]);
    expect(r.optimum).toBe(186);
    expect(r.winners).toEqual([1]);
  });

  it('random profiles: Kemeny winners, Dodgson scores and Young scores match the dynamic programs', async () => {
    for (const p of randomProfiles(4, 11)) {
      const e = election(p);
      const ilp = await kemenyYoungIlp(e);
      expect(ilp.winners).toEqual(kemenyYoung(e).winners);
      const d = dodgson(e, { allScores: true }).scores!;
      const y = young(e, { allScores: true }).scores!;
      for (let a = 0; a < p.candidates.length; a++) {
        expect((await dodgsonScoreIlp(e, a)).score).toBe(d[a]);
        expect((await youngScoreIlp(e, a)).kept).toBe(y[a]);
      }
    }
  });

  it('a Kemeny tie is found by the per-candidate solves (cycle: all three win)', async () => {
    const r = await kemenyYoungIlp(profileOf(3, ['abc', 'bca', 'cab']));
    expect(r.winners).toEqual([0, 1, 2]);
    expect(r.optimum).toBe(1);
  });
});
