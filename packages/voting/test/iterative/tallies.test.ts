import { anonymousProfile, createRng, type CandidateIndex } from '@plural/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeWeight,
  argmin,
  condorcetPhpWeakest,
  eliminateByOrder,
  eliminateInParallelUniverses,
  eliminateSimultaneously,
  instantRunoff,
  instantRunoffPut,
  instantRunoffTb,
  packedPluralityScores,
  remainingBordaScores,
  remainingCandidates,
  remainingLastPlaces,
  remainingPluralityScores,
  RunoffTally,
  election,
  tiebreakOrderOf,
  type Election,
  type StageFunction,
} from '../../src/index.js';
import { electionArbitrary, outcome, raceArbitrary } from '../election/arbitraries.js';
import { profileOf } from '../helpers/profiles.js';

/*
 * The tallies read the Election's packed ballots. Their references below are the loops they replaced,
 * which read the frozen ballot arrays (`remainingPluralityScores`, still in remaining.ts, is one), kept
 * as written: a tie group of two or more is never a ballot's first, last or next candidate, a group of
 * one counts as its candidate.
 */

function referenceLastPlaces(e: Election, inRace: readonly boolean[]): Float64Array {
  const scores = new Float64Array(e.candidates.length);
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    for (let k = ballot.length - 1; k >= 0; k--) {
      const c = ballot[k] as CandidateIndex;
      if (inRace[c]) {
        scores[c]! += e.counts[i]!;
        break;
      }
    }
  }
  return scores;
}

function referenceBorda(e: Election, inRace: readonly boolean[]): Float64Array {
  const scores = new Float64Array(e.candidates.length);
  let r = 0;
  for (const x of inRace) if (x) r++;
  for (let i = 0; i < e.ballots.length; i++) {
    const ballot = e.ballots[i]!;
    const w = e.counts[i]!;
    let points = r - 1;
    for (let k = 0; k < ballot.length && points > 0; k++) {
      const c = ballot[k] as CandidateIndex;
      if (inRace[c]) scores[c]! += w * points--;
    }
  }
  return scores;
}

function referenceActive(e: Election, inRace: readonly boolean[]): number {
  let total = 0;
  for (let i = 0; i < e.ballots.length; i++) {
    if (e.ballots[i]!.some((entry) => (typeof entry === 'number' ? inRace[entry] : entry.some((c) => inRace[c])))) total += e.counts[i]!;
  }
  return total;
}

/** Only the indices of a tally (the replaced loops could set non-index properties on their arrays). */
const values = (scores: Float64Array): number[] => Array.from(scores);

describe('tallies on the packed ballots', () => {
  it('equal the loops over the ballot arrays on weak, truncated, weighted profiles (property)', () => {
    fc.assert(
      fc.property(
        electionArbitrary().chain((e) => fc.tuple(fc.constant(e), raceArbitrary(e.candidates.length))),
        ([e, inRace]) => {
          expect(values(packedPluralityScores(e, inRace))).toEqual(values(remainingPluralityScores(e, inRace)));
          expect(values(remainingLastPlaces(e, inRace))).toEqual(values(referenceLastPlaces(e, inRace)));
          expect(values(remainingBordaScores(e, inRace))).toEqual(values(referenceBorda(e, inRace)));
          expect(activeWeight(e, inRace)).toBe(referenceActive(e, inRace));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('RunoffTally', () => {
  /** A run of syncs: mostly eliminations (a subset of the current set), sometimes a jump to any set. */
  const runs = electionArbitrary({ maxM: 7, maxBallots: 14 }).chain((e) =>
    fc.tuple(fc.constant(e), fc.array(fc.tuple(fc.boolean(), raceArbitrary(e.candidates.length)), { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 1 / 64, 2)),
  );

  it('keeps the first places of the remaining candidates as a fresh count gives them, sweeping or through lists (property)', () => {
    fc.assert(
      fc.property(runs, ([e, steps, dense]) => {
        const tally = new RunoffTally(e, dense);
        let inRace = e.candidates.map(() => true);
        for (const [jump, flags] of steps) {
          inRace = jump ? flags : inRace.map((x, c) => x && flags[c]!);
          tally.sync(inRace);
          const expected = values(remainingPluralityScores(e, inRace));
          expect(values(tally.scores)).toEqual(expected);
          expect(tally.active).toBe(expected.reduce((s, x) => s + x, 0));
          if (e.strict) expect(tally.active).toBe(referenceActive(e, inRace));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves the ballots of small piles through their lists and of large ones by sweeps, alike', () => {
    // 40 voters, 12 candidates, 12 distinct ballots (ballot i ranks (i + 5k) mod 12 k-th): each pile
    // holds 1 of the 12 distinct ballots, below the 1/2 threshold (lists), above 0 (sweeps).
    const m = 12;
    const rows = Array.from({ length: 40 }, (_, i) => Array.from({ length: m }, (_, k) => String.fromCharCode(97 + ((i + k * 5) % m))).join(''));
    const e = election(profileOf(m, rows));
    for (const dense of [0.5, 0, 2]) {
      const tally = new RunoffTally(e, dense);
      const inRace = Array.from({ length: m }, () => true);
      tally.sync(inRace);
      for (const c of [11, 3, 7, 0, 5, 1, 2, 4, 6, 8, 9]) {
        inRace[c] = false;
        tally.sync(inRace);
        expect(values(tally.scores)).toEqual(values(remainingPluralityScores(e, inRace)));
        expect(tally.active).toBe(40);
      }
    }
  });
});

describe('RunoffTally on thousands of ballots', () => {
  it('sweeps block by block, and lists piles, as a fresh count gives them', () => {
    // 3000 random truncated strict ballots on 9 candidates (more than one sweep block of 1024).
    const rng = createRng(11);
    const m = 9;
    const ballots = Array.from({ length: 3000 }, () => rng.shuffle(Array.from({ length: m }, (_, c) => c)).slice(0, 1 + rng.int(m)));
    const e = election(anonymousProfile({ candidates: m, ballots, counts: ballots.map(() => 1 + rng.int(3)) }));
    expect(e.packed.count).toBeGreaterThan(2048);
    for (const dense of [0, 1 / 256, 0.05, 2]) {
      const tally = new RunoffTally(e, dense);
      const inRace = Array.from({ length: m }, () => true);
      tally.sync(inRace);
      for (const c of [4, 8, 0, 6, 2, 7, 1, 5]) {
        inRace[c] = false;
        tally.sync(inRace);
        const expected = values(remainingPluralityScores(e, inRace));
        expect(values(tally.scores)).toEqual(expected);
        expect(tally.active).toBe(referenceActive(e, inRace));
      }
    }
  });
});

/**
 * Instant Runoff's stages as they were written before the tally: first places counted afresh every
 * round from the ballot arrays (`remainingPluralityScores`), the active weight likewise.
 */
function referenceStage(e: Election, convention: 'pref_voting' | 'condorcet-php', majority: boolean): StageFunction {
  const margins = convention === 'condorcet-php' ? e.margins() : undefined;
  return (inRace, remaining) => {
    const scores = remainingPluralityScores(e, inRace);
    const tied = argmin(scores, remaining);
    const worst = margins !== undefined ? condorcetPhpWeakest(margins, tied) : tied;
    const forced = remaining.filter((c) => scores[c] === 0);
    const s = { scores, worst, forced, note: worst.length < tied.length ? 'fewest first places; Condorcet PHP pairwise tie-break' : 'fewest first places among the remaining candidates' };
    if (!majority) return s;
    const total = referenceActive(e, inRace);
    const w = remaining.find((c) => 2 * scores[c]! > total);
    return w === undefined ? s : { ...s, decided: [w], note: 'a strict majority of the active ballots' };
  };
}

describe('Instant Runoff on the tally', () => {
  const strictTruncated = electionArbitrary({ strict: true, maxM: 6, maxBallots: 12 });

  it('gives the winners and rounds of the per-round recount, all three variants (property)', () => {
    fc.assert(
      fc.property(strictTruncated, fc.nat(), (e, seed) => {
        const m = e.candidates.length;
        const run = outcome(() => instantRunoff(e));
        const ref = outcome(() => {
          if (e.voters === 0) throw new Error('no voters');
          return eliminateSimultaneously(m, referenceStage(e, 'pref_voting', false), e.scale);
        });
        if ('value' in run && 'value' in ref) {
          expect(run.value.winners).toEqual(ref.value.winners);
          expect(run.value.rounds).toEqual(ref.value.rounds);
        } else expect('error' in run && 'error' in ref).toBe(true);
        if (e.voters === 0) return;
        const order = [...Array(m).keys()].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const tb = instantRunoffTb(e, { tiebreakOrder: order });
        const tbRef = eliminateByOrder(m, referenceStage(e, 'pref_voting', true), tiebreakOrderOf(order, m), e.scale);
        expect({ winners: tb.winners, rounds: tb.rounds }).toEqual({ winners: tbRef.winners, rounds: tbRef.rounds });
        const put = instantRunoffPut(e);
        const putRef = eliminateInParallelUniverses(m, referenceStage(e, 'pref_voting', true), { method: 'instant-runoff-put' });
        expect(put.winners).toEqual(putRef.winners);
        expect(put.notes).toEqual([`${putRef.states} sets of remaining candidates examined.`]);
      }),
      { numRuns: 250 },
    );
  });

  it("gives the winners and rounds of the per-round recount under Condorcet PHP's convention, ties in ballots included (property)", () => {
    fc.assert(
      fc.property(electionArbitrary({ maxM: 6, maxBallots: 12 }), (e) => {
        if (e.voters === 0) return;
        const r = instantRunoff(e, { convention: 'condorcet-php' });
        const ref = eliminateSimultaneously(e.candidates.length, referenceStage(e, 'condorcet-php', false), e.scale);
        expect({ winners: r.winners, rounds: r.rounds }).toEqual({ winners: ref.winners, rounds: ref.rounds });
      }),
      { numRuns: 250 },
    );
  });

  it('counts the remaining candidates of a round from the tally (a worked example)', () => {
    // a 4, b 3, c 2, d 1: d's voter goes to c (3), then b and c tie at 3 and leave together; a wins.
    const r = instantRunoff(profileOf(4, ['abcd', 'bacd', 'cabd', 'dcba'], [4, 3, 2, 1]));
    expect(r.rounds?.map((x) => x.scores)).toEqual([
      [4, 3, 2, 1],
      [4, 3, 3, undefined],
      [10, undefined, undefined, undefined],
    ]);
    expect(remainingCandidates([true, false, true])).toEqual([0, 2]);
  });
});
