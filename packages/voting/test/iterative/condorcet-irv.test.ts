import { describe, expect, it } from 'vitest';
import { condorcetIrv, condorcetIrvPut, instantRunoff, instantRunoffPut } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';
import { checkCondorcetConsistent } from './violations.js';

describe('condorcet IRV', () => {
  it('the Condorcet winner, else Instant Runoff', () => {
    // Centre squeeze: c beats a and b 5–4 but Instant Runoff eliminates it first.
    const squeeze = profileOf(3, ['acb', 'bca', 'cab'], [4, 4, 1]);
    expect(instantRunoff(squeeze).winners).toEqual([0]);
    expect(condorcetIrv(squeeze).winners).toEqual([2]);
    expect(condorcetIrvPut(squeeze).winners).toEqual([2]);
    // pref_voting's docstring profile has no Condorcet winner: Instant Runoff (and PUT) decide.
    const p = profileOf(4, ['acbd', 'bdac', 'cbda', 'cdab']);
    expect(condorcetIrv(p).winners).toEqual(instantRunoff(p).winners);
    expect(condorcetIrvPut(p).winners).toEqual(instantRunoffPut(p).winners);
  });
  it('properties: Condorcet consistent', () => {
    checkCondorcetConsistent(condorcetIrv);
    checkCondorcetConsistent(condorcetIrvPut);
  });
});
