import { describe, expect, it } from 'vitest';
import { instantRunoff, instantRunoffPut, smithIrv, smithIrvPut } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkSmithConsistent } from './violations.js';

describe('smith IRV', () => {
  it('Instant Runoff restricted to the Smith set', () => {
    // c≻a≻b≻d ×2, d≻b≻c≻a ×2, a≻b≻c≻d: d loses to everyone 2–3 and a≻b≻c≻a is a cycle.
    // Instant Runoff on all four: b (no first place) and then a go, a's voter moves to c: c 3, d 2 → c.
    // On the Smith set {a, b, c}: a (1) goes, its voter moves to b: b 3, c 2 → b.
    const p = profileOf(4, ['cabd', 'dbca', 'abcd'], [2, 2, 1]);
    expect(instantRunoff(p).winners).toEqual([2]);
    const r = smithIrv(p);
    expect(r.winners).toEqual([1]);
    expect(r.rounds?.[0]?.scores).toEqual([1, 2, 2, undefined]);
    expect(smithIrvPut(p).winners).toEqual([1]);
  });
  it('equals Instant Runoff when every candidate is in the Smith set', () => {
    // pref_voting's docstring profile (all four candidates form the Smith set).
    const p = profileOf(4, ['acbd', 'bdac', 'cbda', 'cdab']);
    expect(smithIrv(p).winners).toEqual(instantRunoff(p).winners);
    expect(smithIrvPut(p).winners).toEqual(instantRunoffPut(p).winners);
    expect(smithIrvPut(p).winners).toEqual([0, 2]);
  });
  it('properties: winners in the Smith set', () => {
    checkSmithConsistent(smithIrv);
    checkSmithConsistent(smithIrvPut);
  });
});
