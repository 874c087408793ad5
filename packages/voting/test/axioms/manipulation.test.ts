import { describe, expect, it } from 'vitest';
import { coalitionalManipulation } from '../../src/axioms/manipulation.js';
import type { AxiomRule } from '../../src/axioms/types.js';
import { votingMethod } from '../../src/registry/registry.js';
import { profileOf } from '../helpers/profiles.js';

const rule = (name: string): AxiomRule => votingMethod(name) as unknown as AxiomRule;
const a = 0;
const b = 1;
const c = 2;

describe('coalitionalManipulation (exhaustive over the coalition’s ballots, verified by re-running the rule)', () => {
  // a≻b≻c ×2, b≻a≻c ×1: Borda a 5, b 4, c 0 — a wins.
  const borda = profileOf(3, ['abc', 'bac'], [2, 1]);

  it('Borda: one voter ranking b≻c≻a makes b win (a 5, b 6, c 1)', () => {
    const m = coalitionalManipulation(rule('borda'), borda, b, 1)!;
    expect(m.ballots).toEqual([[1, 2, 0]]);
    expect(m.counts).toEqual([1]);
    expect(m.result.winners).toEqual([b]);
    expect(m.result.scores).toEqual([5, 6, 1]);
  });

  it('Borda: c needs four manipulators — three cannot do it, four can (c 8 vs a 7, b 6)', () => {
    // With k voters c gets 2k while a and b get k between them: 2k > 5 + x and 2k > 4 + k − x needs k ≥ 4.
    expect(coalitionalManipulation(rule('borda'), borda, c, 3)).toBeUndefined();
    const m = coalitionalManipulation(rule('borda'), borda, c, 4)!;
    expect(m.ballots).toEqual([
      [2, 0, 1],
      [2, 1, 0],
    ]);
    expect(m.counts).toEqual([2, 2]);
    expect(m.result.scores).toEqual([7, 6, 8]);
    // the returned profile is the sincere one plus the coalition, and the rule elects c on it
    expect(votingMethod('borda')(m.profile as never).winners).toEqual([c]);
  });

  // a≻b≻c ×3, b≻c≻a ×2: Plurality a 3, b 2.
  const plurality = profileOf(3, ['abc', 'bca'], [3, 2]);

  it('Plurality: one manipulator only ties b with a; two make b the unique winner', () => {
    expect(coalitionalManipulation(rule('plurality'), plurality, b, 1)).toBeUndefined();
    expect(coalitionalManipulation(rule('plurality'), plurality, b, 1, { unique: false })!.result.winners).toEqual([a, b]);
    const m = coalitionalManipulation(rule('plurality'), plurality, b, 2)!;
    expect(m.counts).toEqual([2]);
    expect(m.result.winners).toEqual([b]);
  });

  // a≻b≻c ×4, b≻a≻c ×3, c≻b≻a ×2: IRV eliminates c, then b beats a 5–4.
  const irv = profileOf(3, ['abc', 'bac', 'cba'], [4, 3, 2]);

  it('IRV (STV, one seat): a manipulator who wants a ranks c first — b and c tie for last and both go, so a wins', () => {
    expect(votingMethod('instant-runoff')(irv as never).winners).toEqual([b]);
    const m = coalitionalManipulation(rule('instant-runoff'), irv, a, 1)!;
    expect(m.ballots).toEqual([[2, 0, 1]]);
    expect(m.result.winners).toEqual([a]);
    // c cannot be made to win by one or two extra voters: with 2 it ties a at 4, then b's voters elect a
    expect(coalitionalManipulation(rule('instant-runoff'), irv, c, 2)).toBeUndefined();
  });

  it('IRV with parallel-universe tie-breaking: that trick fails (some universe elects b), two voters ranking a first succeed', () => {
    expect(coalitionalManipulation(rule('instant-runoff-put'), irv, a, 1)).toBeUndefined();
    const m = coalitionalManipulation(rule('instant-runoff-put'), irv, a, 2)!;
    expect(m.ballots).toEqual([[0, 1, 2]]);
    expect(m.result.winners).toEqual([a]);
  });

  // a≻b≻c ×2, b≻c≻a, c≻a≻b: a beats b 3–1, b beats c 3–1, a ~ c: Copeland elects a.
  const copeland = profileOf(3, ['abc', 'bca', 'cab'], [2, 1, 1]);

  it('Copeland: one voter cannot make c win (at best a cycle); two voters c≻a≻b make c beat a and tie b', () => {
    expect(votingMethod('copeland')(copeland as never).winners).toEqual([a]);
    expect(coalitionalManipulation(rule('copeland'), copeland, c, 1)).toBeUndefined();
    const m = coalitionalManipulation(rule('copeland'), copeland, c, 2)!;
    expect(m.ballots).toEqual([[2, 0, 1]]);
    expect(m.counts).toEqual([2]);
    expect(m.result.winners).toEqual([c]);
  });

  it('a target that already wins needs no manipulator; invalid targets and sizes are refused', () => {
    expect(coalitionalManipulation(rule('borda'), borda, a, 0)!.ballots).toEqual([]);
    expect(coalitionalManipulation(rule('borda'), borda, b, 0)).toBeUndefined();
    expect(() => coalitionalManipulation(rule('borda'), borda, 3, 1)).toThrow(/target/);
    expect(() => coalitionalManipulation(rule('borda'), borda, a, -1)).toThrow(/coalitionSize/);
  });

  it('honours the budget and the abort signal', () => {
    expect(() => coalitionalManipulation(rule('borda'), borda, c, 4, { budget: 10 })).toThrow(/budget/);
    const controller = new AbortController();
    controller.abort();
    expect(() => coalitionalManipulation(rule('borda'), borda, c, 4, { signal: controller.signal })).toThrow(/aborted/);
  });
});
