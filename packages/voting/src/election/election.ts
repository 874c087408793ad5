import {
  majorityMatrix,
  marginMatrix,
  NotAPermutationError,
  UnknownCandidateError,
  DuplicateCandidateError,
  ValidationError,
  type AnonymousProfile,
  type CandidateIndex,
  type Label,
  type Ranking,
  type RankingProfile,
  type UnrankedPolicy,
} from '@plural/core';
import { scaleWeights } from './weights.js';

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
 * once), scales fractional weights to integers, and records whether the ballots are strict and complete.
 * An Election is returned as is (its unranked policy wins unless another is asked for).
 *
 * Complexity: O(total ballot length); the margins cost O(n·m²) on first use.
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
    return unranked === input.unranked ? input : build(input.candidates, input.ballots, input.counts, input.scale, unranked);
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
  const scaled = scaleWeights(weights ?? ballots.map(() => 1), input.kind === 'anonymous' ? 'profile.counts' : 'profile.weights');
  return build(input.candidates, ballots, scaled.integers, scaled.scale, unranked);
}

function build(
  candidates: readonly Label[],
  ballots: readonly Ranking[],
  counts: readonly number[],
  scale: number,
  unranked: UnrankedPolicy,
): Election {
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
      if (!Array.isArray(group) && typeof entry !== 'number') {
        throw new NotAPermutationError('a ballot entry is neither a candidate index nor a tie group.', { where: `ballots[${i}][${k}]` });
      }
      if (group.length > 1) strict = false;
      for (const c of group) {
        if (!Number.isInteger(c) || c < 0 || c >= m) {
          throw new UnknownCandidateError(`${String(c)} is not a candidate index (there are ${m} candidates).`, { where: `ballots[${i}][${k}]`, fix: `Use indices 0…${m - 1}.` });
        }
        if (seen[c] === i) {
          throw new DuplicateCandidateError(`candidate ${String(candidates[c])} appears twice in one ballot.`, { where: `ballots[${i}]`, fix: 'Rank each candidate at most once.' });
        }
        seen[c] = i;
        ranked++;
      }
    }
    if (ranked < m) complete = false;
    voters += counts[i]!;
  }
  let margins: readonly (readonly number[])[] | undefined;
  let support: readonly (readonly number[])[] | undefined;
  const e: Election = {
    kind: 'election',
    candidates,
    ballots,
    counts,
    scale,
    voters,
    strict,
    complete,
    unranked,
    margins() {
      if (margins === undefined) {
        margins = marginMatrix({ kind: 'anonymous', candidates, ballots, counts }, { unranked }).margins;
      }
      return margins!;
    },
    support() {
      if (support === undefined) {
        support = majorityMatrix({ kind: 'anonymous', candidates, ballots, counts }, { unranked }).support;
      }
      return support!;
    },
  };
  return Object.freeze(e);
}
