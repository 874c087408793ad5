import { AbortedError, BudgetExceededError } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { knockout } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe('knockout voting', () => {
  it('the two lowest (global) Borda scores meet head-to-head', () => {
    // Borda a 8, b 7, c 6: c meets b and loses 2–5; then b (7) meets a (8) and loses 2–5: a.
    const r = knockout(profileOf(3, ['abc', 'bca', 'cab'], [3, 2, 2]));
    expect(r.scores).toEqual([8, 7, 6]);
    expect(r.winners).toEqual([0]);
  });
  it('seeds every match by the Borda scores of the whole profile', () => {
    // Borda a 6, b 7, c 4, d 1: d loses to c 1–2; c (4) then meets a (6) and loses 1–2; a (6) meets
    // b (7) and loses 1–2: b.
    const p = profileOf(4, ['bacd', 'cbad', 'abdc']);
    expect(knockout(p).scores).toEqual([6, 7, 4, 1]);
    expect(knockout(p).winners).toEqual([1]);
  });
  it('ties in Borda scores: every universe (a symmetric cycle elects everyone)', () => {
    expect(knockout(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
  });
  it('budget and abort', () => {
    const cycle = profileOf(5, ['abcde', 'bcdea', 'cdeab', 'deabc', 'eabcd']);
    expect(() => knockout(cycle, { budget: 2 })).toThrow(BudgetExceededError);
    const c = new AbortController();
    c.abort();
    expect(() => knockout(cycle, { signal: c.signal })).toThrow(AbortedError);
  });
});
