import { Rational, ValidationError, type CandidateIndex } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult, type Round } from '../result/result.js';
import { argmaxRational, rationalScores } from '../positional/scoring.js';

export interface MultipleRoundsOptions extends VotingOptions {
  /** The last round (default 2: the two-round system; 1 is first-past-the-post). */
  readonly maxRounds?: number;
  /** How many candidates go on to round 2, plus everyone tied with the last of them (default 2). */
  readonly finalists?: number;
  /** How many more go on after each later round (default 0). */
  readonly finalistsIncrement?: number;
}

function positiveInteger(value: number | undefined, fallback: number, where: string, min: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min) {
    throw new ValidationError(`${where} must be an integer ≥ ${min}, got ${String(v)}.`, { where: `options.${where}`, fix: `Give an integer ≥ ${min}.` });
  }
  return v;
}

/** One round: each ballot's highest group of admitted candidates shares the ballot's weight equally. */
function roundTally(e: Election, admitted: readonly boolean[]): Rational[] {
  const tally = e.candidates.map(() => Rational.ZERO);
  for (let i = 0; i < e.ballots.length; i++) {
    for (const entry of e.ballots[i]!) {
      const group = (typeof entry === 'number' ? [entry] : entry).filter((c) => admitted[c]);
      if (group.length === 0) continue;
      const share = Rational.of(e.counts[i]!, group.length);
      for (const c of group) tally[c] = tally[c]!.add(share);
      break;
    }
  }
  return tally;
}

/**
 * Multiple Rounds System (Condorcet PHP's two-round system): in each round every ballot counts for its
 * highest-ranked group of candidates still in, a tied group sharing the vote equally. If the leader has
 * more than half of the votes counted, or this is the last round (`maxRounds`, default 2), the leaders
 * win; otherwise the `finalists` (default 2) candidates with the most votes — and everyone tied with the
 * last of them — go on to the next round. Candidates with no vote never go on. Scores are exact.
 * This is Condorcet PHP's convention (ballots with ties and truncated ballots accepted); on strict
 * ballots with no ties for second place it equals the classical two-round system.
 *
 * Source: Condorcet PHP's `MultipleRoundsSystem` (J. Boudry, https://github.com/julien-boudry/Condorcet);
 * Wikipedia, "Two-round system".
 *
 * Complexity: O(rounds · total ballot length) Rational additions. Irresolute.
 *
 * @example
 * multipleRoundsSystem(profileOf(3, ['abc', 'bca', 'cba'], [4, 3, 2])).winners; // [1]
 */
export const multipleRoundsSystem = defineVotingMethod<ProfileInput, MultipleRoundsOptions>(
  {
    id: 'multiple-rounds-system',
    name: 'Multiple Rounds System (two-round system)',
    aliases: ['Multiple Rounds System', 'MultipleRoundsSystem', 'Multiple Rounds', 'Majority System', 'Two-round system', 'two-round', 'second-ballot', 'runoff-voting', 'ballotage'],
    family: 'iterative',
    description: 'Rounds of first-preference counting; without a majority the top two (and ties) go to a second round.',
    citations: [
      { authors: 'J. Boudry', year: 2023, title: 'Condorcet PHP (MultipleRoundsSystem)', url: 'https://github.com/julien-boudry/Condorcet' },
      { authors: 'Wikipedia contributors', year: 2024, title: 'Two-round system', url: 'https://en.wikipedia.org/wiki/Two-round_system' },
    ],
    complexity: 'O(rounds · total ballot length)',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: ties for the last finalist place all go on; the leaders of the last round all win',
    properties: {},
  },
  (input, options) => {
    const maxRounds = positiveInteger(options.maxRounds, 2, 'maxRounds', 1);
    const finalists = positiveInteger(options.finalists, 2, 'finalists', 1);
    const increment = positiveInteger(options.finalistsIncrement, 0, 'finalistsIncrement', 0);
    const e = election(input, options);
    requireBallots(e, 'multiple-rounds-system', multipleRoundsSystem.info.ballots);
    const m = e.candidates.length;
    let admitted = Array.from({ length: m }, () => true);
    const rounds: Round[] = [];
    for (let round = 1; ; round++) {
      const tally = roundTally(e, admitted);
      const total = Rational.sum(tally);
      const scores = rationalScores(tally, e.scale).map((s, c) => (admitted[c] ? s : undefined));
      const inRound = admitted.flatMap((a, c) => (a ? [c] : []));
      const voted = inRound.filter((c) => tally[c]!.sign() > 0);
      const leaders = voted.length === 0 ? inRound : argmaxRational(tally, voted);
      if (round === maxRounds || voted.length === 0 || tally[leaders[0]!]!.mul(2).gt(total)) {
        rounds.push({ scores, eliminated: inRound.filter((c) => !leaders.includes(c)), note: round === maxRounds ? 'last round: the leaders win' : 'a majority of the votes counted' });
        return votingResult({ method: 'multiple-rounds-system', candidates: e.candidates, winners: leaders, rounds });
      }
      const target = finalists + increment * (round - 1);
      const order = [...voted].sort((a, b) => tally[b]!.compare(tally[a]!) || a - b);
      const next: CandidateIndex[] = [];
      for (const c of order) {
        if (next.length < target || tally[c]!.equals(tally[next[next.length - 1]!]!)) next.push(c);
        else break;
      }
      admitted = admitted.map((_, c) => next.includes(c));
      rounds.push({ scores, eliminated: inRound.filter((c) => !next.includes(c)), note: `no majority: the top ${target} (with ties) go on` });
    }
  },
);
