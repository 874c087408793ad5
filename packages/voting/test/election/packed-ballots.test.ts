import {
  DuplicateCandidateError,
  NotAPermutationError,
  rankingProfile,
  UnknownCandidateError,
  type CandidateIndex,
  type Label,
  type Ranking,
} from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { election, scaleWeights, type Election } from '../../src/index.js';
import { coreProfile, drawnProfileArbitrary, outcome, plainProfile } from './arbitraries.js';

/**
 * The ballot check `election()` made before it packed ballots (kept here as the reference): the same
 * errors, in the same order, and the same strict / complete / voters facts.
 */
function referenceCheck(candidates: readonly Label[], ballots: readonly Ranking[], counts: readonly number[]): { strict: boolean; complete: boolean; voters: number } {
  const m = candidates.length;
  const seen = new Int32Array(m).fill(-1);
  let strict = true;
  let complete = true;
  let voters = 0;
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i]!;
    if (!Array.isArray(ballot)) throw new NotAPermutationError('a ballot is not an array.', { where: `ballots[${i}]`, fix: 'Write each ballot as an array of candidate indices, best first.' });
    let ranked = 0;
    for (let k = 0; k < ballot.length; k++) {
      const entry = ballot[k]!;
      const group: readonly CandidateIndex[] = typeof entry === 'number' ? [entry] : (entry as readonly CandidateIndex[]);
      if (!Array.isArray(group) && typeof entry !== 'number') throw new NotAPermutationError('a ballot entry is neither a candidate index nor a tie group.', { where: `ballots[${i}][${k}]` });
      if (group.length === 0) throw new NotAPermutationError('an empty tie group.', { where: `ballots[${i}][${k}]`, fix: 'Remove the empty group, or write its candidates in it.' });
      if (group.length > 1) strict = false;
      for (const c of group) {
        if (!Number.isInteger(c) || c < 0 || c >= m) throw new UnknownCandidateError(`${String(c)} is not a candidate index (there are ${m} candidates).`, { where: `ballots[${i}][${k}]`, fix: `Use indices 0…${m - 1}.` });
        if (seen[c] === i) throw new DuplicateCandidateError(`candidate ${String(candidates[c])} appears twice in one ballot.`, { where: `ballots[${i}]`, fix: 'Rank each candidate at most once.' });
        seen[c] = i;
        ranked++;
      }
    }
    if (ranked < m) complete = false;
    voters += counts[i]!;
  }
  return { strict, complete, voters };
}

/** The packed layout written out plainly from the ballots: entries, offsets, tie flags. */
function referencePacking(ballots: readonly Ranking[]): { entries: number[]; starts: number[]; ties: number[] } {
  const entries: number[] = [];
  const starts = [0];
  const ties: number[] = [];
  for (const ballot of ballots) {
    for (const entry of ballot) {
      const group = typeof entry === 'number' ? [entry] : entry;
      group.forEach((c, t) => {
        entries.push(c);
        ties.push(t < group.length - 1 ? 1 : 0);
      });
    }
    starts.push(entries.length);
  }
  return { entries, starts, ties };
}

function expectPackedAsBallots(e: Election): void {
  const ref = referencePacking(e.ballots);
  expect(Array.from(e.packed.entries)).toEqual(ref.entries);
  expect(Array.from(e.packed.starts)).toEqual(ref.starts);
  if (ref.ties.includes(1)) expect(Array.from(e.packed.ties!)).toEqual(ref.ties);
  else expect(e.packed.ties).toBeNull();
  expect(Array.from(e.packed.counts)).toEqual(e.counts);
  expect([e.packed.candidates, e.packed.count]).toEqual([e.candidates.length, e.ballots.length]);
  const facts = referenceCheck(e.candidates, e.ballots, e.counts);
  expect({ strict: e.strict, complete: e.complete, voters: e.voters }).toEqual(facts);
}

describe('the packed ballots of an Election', () => {
  it('hold the ballots and integer counts, entry for entry, for hand-made and core profiles (property)', () => {
    fc.assert(
      fc.property(drawnProfileArbitrary(), (p) => {
        for (const profile of [plainProfile(p), coreProfile(p)]) {
          const e = election(profile);
          expect(e.counts).toEqual(scaleWeights(profile.counts, 'profile.counts').integers);
          expectPackedAsBallots(e);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('pack per-voter ranking profiles, with and without weights', () => {
    const rankings = [[0, 1, 2], [[2, 1], 0], [1]];
    const plain = election(rankingProfile({ candidates: ['a', 'b', 'c'], rankings }));
    expect(Array.from(plain.packed.counts)).toEqual([1, 1, 1]);
    expectPackedAsBallots(plain);
    const weighted = election(rankingProfile({ candidates: ['a', 'b', 'c'], rankings, weights: [0.5, 2, 1] }));
    expect([weighted.scale, Array.from(weighted.packed.counts)]).toEqual([2, [1, 4, 2]]);
    expectPackedAsBallots(weighted);
  });

  it('are built once per frozen profile, and never kept for one that can change', () => {
    const core = coreProfile({ m: 3, ballots: [[0, 1, 2], [2, [0, 1]]], counts: [2, 1] });
    const first = election(core);
    const second = election(core);
    expect(second).not.toBe(first);
    expect(second.packed.entries).toBe(first.packed.entries);
    expect(second.packed.counts).toBe(first.packed.counts);
    expect(election(first, { unranked: 'ignore' }).packed.entries).toBe(first.packed.entries);
    // A hand-made profile may be changed between calls: each call reads it again.
    const plain = plainProfile({ m: 3, ballots: [[0, 1, 2]], counts: [1] });
    expect(Array.from(election(plain).packed.entries)).toEqual([0, 1, 2]);
    (plain.ballots as number[][])[0]!.reverse();
    (plain.counts as number[])[0] = 3;
    const again = election(plain);
    expect([Array.from(again.packed.entries), Array.from(again.packed.counts)]).toEqual([[2, 1, 0], [3]]);
    // Frozen ballots in a list that is not frozen are not kept either.
    const list = [Object.freeze([0, 1]), Object.freeze([1, 0])];
    const counts = Object.freeze([1, 1]);
    const e1 = election({ kind: 'anonymous', candidates: ['a', 'b'], ballots: list, counts } as never);
    list[0] = Object.freeze([1, 0]);
    expect(Array.from(election({ kind: 'anonymous', candidates: ['a', 'b'], ballots: list, counts } as never).packed.entries)).toEqual([1, 0, 1, 0]);
    expect(Array.from(e1.packed.entries)).toEqual([0, 1, 1, 0]);
  });

  it('are checked as before: the same error, naming the same ballot, for invalid ballots (property)', () => {
    const entry = fc.oneof(
      fc.integer({ min: -1, max: 4 }),
      fc.constantFrom(1.5, Number.NaN, '1', null),
      fc.array(fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constantFrom('0', 0.5)), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.oneof(fc.array(entry, { maxLength: 5 }), fc.constantFrom(7, 'ab')), { minLength: 1, maxLength: 4 }), (m, ballots) => {
        const candidates = Array.from({ length: m }, (_, i) => `c${i}`);
        const counts = ballots.map(() => 1);
        const profile = { kind: 'anonymous', candidates, ballots, counts } as never;
        const got = outcome(() => election(profile));
        const expected = outcome(() => referenceCheck(candidates, ballots as never, counts));
        if ('error' in expected) {
          expect('error' in got ? got.error : 'no error').toBe(expected.error);
          let where: string | undefined;
          try {
            election(profile);
          } catch (error) {
            where = (error as { where?: string }).where;
          }
          try {
            referenceCheck(candidates, ballots as never, counts);
          } catch (error) {
            expect(where).toBe((error as { where?: string }).where);
          }
        } else expect('value' in got).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an empty tie group (it would have no place)', () => {
    const bad = { kind: 'anonymous', candidates: ['a', 'b'], ballots: [[[], 0, 1]], counts: [1] } as never;
    expect(() => election(bad)).toThrow(NotAPermutationError);
    expect(() => election(bad)).toThrow(/empty tie group/);
  });

  it('use 32-bit entries above 256 candidates', () => {
    const m = 300;
    const e = election({ kind: 'anonymous', candidates: Array.from({ length: m }, (_, i) => i), ballots: [[299, [5, 280], 0]], counts: [2] } as never);
    expect(e.packed.entries).toBeInstanceOf(Int32Array);
    expectPackedAsBallots(e);
  });
});
