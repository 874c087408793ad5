import { describe, expect, it } from 'vitest';
import { borda, bordaMinimaxFaceoff, minimax } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from '../iterative/violations.js';

describe('Borda-Minimax faceoff', () => {
  it('agreement: those winners; disagreement: the head-to-head winner', () => {
    // a≻b≻c ×3, b≻c≻a ×2: Borda b, Minimax a (a is the Condorcet winner); a beats b 3–2.
    const p = profileOf(3, ['abc', 'bca'], [3, 2]);
    expect(borda(p).winners).toEqual([1]);
    expect(minimax(p).winners).toEqual([0]);
    expect(bordaMinimaxFaceoff(p).winners).toEqual([0]);
    // A symmetric cycle: both give everyone.
    expect(bordaMinimaxFaceoff(profileOf(3, ['abc', 'bca', 'cab'])).winners).toEqual([0, 1, 2]);
  });
  it('property: Condorcet consistent', () => {
    checkCondorcetConsistent(bordaMinimaxFaceoff);
  });
});
