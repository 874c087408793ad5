import {
  majorityMatrix,
  marginMatrix,
  ValidationError,
  type AnonymousProfile,
  type Label,
  type Ranking,
  type RankingProfile,
  type UnrankedPolicy,
} from '@plural/core';
export type { PackedBallots } from './packed-ballots.js';
import { packedBallots, packedCounts, packedRankings, type CountTable, type PackedBallots, type RankingTable } from './packed-ballots.js';

/**
 * A ranking profile prepared once for voting rules: distinct ballots with integer counts (scaled from
 * fractional weights, see {@link scaleWeights}), facts about the ballots, and the margin matrix computed
 * on first use and kept. Every rule of this package accepts an Election or a profile; pass an Election
 * to run many rules on one profile and pay for the margins once.
 */
export interface Election {
  readonly kind: 'election';
  readonly candidates: readonly Label[];
  /** Distinct ballots, best first; inner arrays are ties; missing candidates are unranked. */
  readonly ballots: readonly Ranking[];
  /** Integer multiplicity of each ballot (the profile's counts × `scale`). */
  readonly counts: readonly number[];
  /** The positive integer the profile's weights were multiplied by; scores are divided by it. */
  readonly scale: number;
  /** Σ counts. */
  readonly voters: number;
  /** True when no ballot has a tie. */
  readonly strict: boolean;
  /** True when every ballot ranks every candidate. */
  readonly complete: boolean;
  /** How unranked candidates of truncated ballots compare in the margins. */
  readonly unranked: UnrankedPolicy;
  /**
   * The ballots and counts packed once into typed arrays, for the hot loops of rules that read ballots
   * (see {@link PackedBallots}). Shared by the Elections of one profile: never write to it.
   */
  readonly packed: PackedBallots;
  /** `margins()[a][b]` = (scaled) weight preferring a to b minus weight preferring b to a; cached. */
  margins(): readonly (readonly number[])[];
  /** `support()[a][b]` = (scaled) weight strictly preferring a to b; cached. */
  support(): readonly (readonly number[])[];
}

/** What the rules accept as a profile. */
export type ProfileInput = Election | AnonymousProfile | RankingProfile;

export interface ElectionOptions {
  /** How unranked candidates of truncated ballots compare; default `'bottom'`. */
  readonly unranked?: UnrankedPolicy;
}

/**
 * Prepares a profile for voting rules: checks every ballot (candidate indices in range, each at most
 * once, tie groups non-empty), scales fractional weights to integers, records whether the ballots are
 * strict and complete, and packs ballots and counts into typed arrays (`packed`) in the same pass. An
 * Election is returned as is (its unranked policy wins unless another is asked for). The packed copy of
 * a deeply frozen profile (every profile @plural/core builds) is kept with the profile, so later calls
 * on the same profile skip the check and the packing.
 *
 * Complexity: O(total ballot length); O(1) for a frozen profile seen before; the margins cost
 * O(n·m²) on first use.
 *
 * @example
 * const e = election(anonymousProfile({ candidates: ['a', 'b'], ballots: [[0, 1], [1, 0]], counts: [2, 1] }));
 * e.margins(); // [[0, 1], [-1, 0]]
 */
export function election(input: ProfileInput, options: ElectionOptions = {}): Election {
  if (input === null || typeof input !== 'object') {
    throw new ValidationError('expected a ranking profile.', { where: 'profile', fix: 'Pass an anonymous or ranking profile from @plural/core.' });
  }
  const unranked = options.unranked ?? (input.kind === 'election' ? input.unranked : 'bottom');
  if (unranked !== 'bottom' && unranked !== 'ignore') {
    throw new ValidationError(`unknown unranked policy ${JSON.stringify(unranked)}.`, { where: 'options.unranked', fix: 'Use "bottom" or "ignore".' });
  }
  if (input.kind === 'election') {
    if (unranked === input.unranked) return input;
    const p = input.packed;
    const table: RankingTable = { candidates: p.candidates, count: p.count, entries: p.entries, starts: p.starts, ties: p.ties, strict: input.strict, complete: input.complete };
    return build(input.candidates, input.ballots, { integers: input.counts, scale: input.scale, packed: p.counts, voters: input.voters }, table, unranked);
  }
  let ballots: readonly Ranking[];
  let weights: readonly number[] | undefined;
  if (input.kind === 'anonymous') {
    ballots = input.ballots;
    weights = input.counts;
  } else if (input.kind === 'ranking') {
    ballots = input.rankings;
    weights = input.weights;
  } else {
    throw new ValidationError(`expected a ranking profile, got kind ${JSON.stringify((input as { kind?: unknown }).kind)}.`, {
      where: 'profile.kind',
      fix: 'Voting rules over rankings take an anonymous or ranking profile; approval ballots go to committee rules.',
    });
  }
  if (!Array.isArray(input.candidates) || !Array.isArray(ballots)) {
    throw new ValidationError('the profile has no candidates or ballots array.', { where: 'profile', fix: 'Build the profile with anonymousProfile() or rankingProfile().' });
  }
  if (weights !== undefined && weights.length !== ballots.length) {
    throw new ValidationError(`there are ${ballots.length} ballots but ${weights.length} counts.`, { where: 'profile.counts', fix: 'Give one count per ballot.' });
  }
  const counts = packedCounts(weights, ballots.length, input.kind === 'anonymous' ? 'profile.counts' : 'profile.weights', ballots);
  return build(input.candidates, ballots, counts, packedRankings(input.candidates, ballots), unranked);
}

function build(
  candidates: readonly Label[],
  ballots: readonly Ranking[],
  counts: CountTable,
  table: RankingTable,
  unranked: UnrankedPolicy,
): Election {
  let margins: readonly (readonly number[])[] | undefined;
  let support: readonly (readonly number[])[] | undefined;
  const e: Election = {
    kind: 'election',
    candidates,
    ballots,
    counts: counts.integers,
    scale: counts.scale,
    voters: counts.voters,
    strict: table.strict,
    complete: table.complete,
    unranked,
    packed: packedBallots(table, counts.packed),
    margins() {
      if (margins === undefined) {
        margins = marginMatrix({ kind: 'anonymous', candidates, ballots, counts: counts.integers }, { unranked }).margins;
      }
      return margins!;
    },
    support() {
      if (support === undefined) {
        support = majorityMatrix({ kind: 'anonymous', candidates, ballots, counts: counts.integers }, { unranked }).support;
      }
      return support!;
    },
  };
  return Object.freeze(e);
}
