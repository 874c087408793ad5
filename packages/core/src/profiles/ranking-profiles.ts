import { ValidationError } from '../errors/errors.js';
import { candidateList } from './candidates.js';
import { positiveWeights } from './weights.js';
import { isStrictRanking, normalizeRanking, rankedCount, rankingKey, type RankingRequirements } from './ranking.js';
import type { AnonymousProfile, Label, ProfileMetadata, Ranking, RankingProfile } from './types.js';

export interface RankingProfileInput {
  readonly candidates: readonly Label[] | number;
  /** One ranking per voter, best first, by candidate index; `[a, [b, c]]` writes a tie. */
  readonly rankings: readonly (readonly (number | readonly number[])[])[];
  readonly weights?: readonly number[];
  readonly metadata?: ProfileMetadata;
  /** Reject ties / truncated rankings. */
  readonly require?: RankingRequirements;
}

function freezeMetadata(metadata: ProfileMetadata | undefined): ProfileMetadata | undefined {
  if (metadata === undefined) return undefined;
  return Object.freeze({
    ...(metadata.fields ? { fields: Object.freeze(metadata.fields.map((f) => Object.freeze([f[0], f[1]] as const))) } : {}),
    ...(metadata.candidateNames ? { candidateNames: Object.freeze(metadata.candidateNames.slice()) } : {}),
  });
}

export { freezeMetadata };

/**
 * A validated, frozen ranking profile (one ranking per voter). Throws a typed error naming the voter and
 * position of the first bad entry (unknown or repeated candidate, empty tie, non-positive weight, …).
 *
 * @example
 * const p = rankingProfile({ candidates: ['a', 'b', 'c'], rankings: [[0, 1, 2], [2, [0, 1]]] });
 */
export function rankingProfile(input: RankingProfileInput): RankingProfile {
  const candidates = candidateList(input.candidates);
  const m = candidates.length;
  if (!Array.isArray(input.rankings)) {
    throw new ValidationError('rankings must be an array of rankings.', { where: 'rankings' });
  }
  const scratch = new Uint8Array(m);
  const rankings = input.rankings.map((r, i) => normalizeRanking(r, m, `rankings[${i}]`, input.require, scratch));
  const metadata = freezeMetadata(input.metadata);
  return Object.freeze({
    kind: 'ranking' as const,
    candidates,
    rankings: Object.freeze(rankings),
    ...(input.weights === undefined ? {} : { weights: positiveWeights(input.weights, rankings.length, 'weights') }),
    ...(metadata === undefined ? {} : { metadata }),
  });
}

export interface AnonymousProfileInput {
  readonly candidates: readonly Label[] | number;
  readonly ballots: readonly (readonly (number | readonly number[])[])[];
  /** Multiplicity of each ballot; absent means 1 each. */
  readonly counts?: readonly number[];
  readonly metadata?: ProfileMetadata;
  readonly require?: RankingRequirements;
}

/**
 * A validated, frozen anonymous profile. Identical ballots are merged (their counts added), keeping the
 * order of first appearance, so every ballot appears once.
 *
 * @example
 * anonymousProfile({ candidates: 3, ballots: [[0, 1, 2], [0, 1, 2], [2, 1, 0]] }).counts; // [2, 1]
 */
export function anonymousProfile(input: AnonymousProfileInput): AnonymousProfile {
  const candidates = candidateList(input.candidates);
  const m = candidates.length;
  if (!Array.isArray(input.ballots)) {
    throw new ValidationError('ballots must be an array of rankings.', { where: 'ballots' });
  }
  const counts = input.counts === undefined ? undefined : positiveWeights(input.counts, input.ballots.length, 'counts');
  const scratch = new Uint8Array(m);
  const normalised = input.ballots.map((r, i) => normalizeRanking(r, m, `ballots[${i}]`, input.require, scratch));
  return mergeBallots(candidates, normalised, counts, freezeMetadata(input.metadata));
}

/** Merges identical (already normalised) ballots. Internal: inputs must be valid. */
export function mergeBallots(
  candidates: readonly Label[],
  ballots: readonly Ranking[],
  counts: readonly number[] | undefined,
  metadata: ProfileMetadata | undefined,
): AnonymousProfile {
  const m = candidates.length;
  const index = new Map<number | string, number>();
  const uniqueBallots: Ranking[] = [];
  const uniqueCounts: number[] = [];
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i]!;
    const key = rankingKey(ballot, m);
    const w = counts === undefined ? 1 : counts[i]!;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, uniqueBallots.length);
      uniqueBallots.push(ballot);
      uniqueCounts.push(w);
    } else {
      uniqueCounts[at]! += w;
    }
  }
  return Object.freeze({
    kind: 'anonymous' as const,
    candidates,
    ballots: Object.freeze(uniqueBallots),
    counts: Object.freeze(uniqueCounts),
    ...(metadata === undefined ? {} : { metadata }),
  });
}

/** The anonymous form of a ranking profile: identical rankings merged, weights summed. */
export function anonymize(profile: RankingProfile | AnonymousProfile): AnonymousProfile {
  if (profile.kind === 'anonymous') return profile;
  return mergeBallots(profile.candidates, profile.rankings, profile.weights, profile.metadata);
}

/**
 * One ranking per voter from an anonymous profile whose counts are whole numbers
 * (ballot i repeated counts[i] times, in ballot order).
 */
export function expandProfile(profile: AnonymousProfile): RankingProfile {
  const rankings: Ranking[] = [];
  profile.counts.forEach((count, i) => {
    if (!Number.isInteger(count)) {
      throw new ValidationError(`count ${count} is not a whole number, so the profile cannot be expanded into voters.`, {
        where: `counts[${i}]`,
        fix: 'Keep the anonymous form, or use whole-number counts.',
      });
    }
    for (let k = 0; k < count; k++) rankings.push(profile.ballots[i]!);
  });
  return Object.freeze({
    kind: 'ranking' as const,
    candidates: profile.candidates,
    rankings: Object.freeze(rankings),
    ...(profile.metadata === undefined ? {} : { metadata: profile.metadata }),
  });
}

/** Total number (weight) of voters. */
export function voterCount(profile: RankingProfile | AnonymousProfile): number {
  if (profile.kind === 'anonymous') return sum(profile.counts);
  return profile.weights ? sum(profile.weights) : profile.rankings.length;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Shape facts about a ranking profile, as `plural formats inspect` reports them. */
export interface RankingProfileShape {
  readonly voters: number;
  readonly candidates: number;
  readonly unique: number;
  /** Every ballot ranks every candidate. */
  readonly complete: boolean;
  /** No ballot has a tie. */
  readonly strict: boolean;
}

export function rankingProfileShape(profile: RankingProfile | AnonymousProfile): RankingProfileShape {
  const anon = anonymize(profile);
  const m = anon.candidates.length;
  let complete = true;
  let strict = true;
  for (const b of anon.ballots) {
    if (complete && rankedCount(b) !== m) complete = false;
    if (strict && !isStrictRanking(b)) strict = false;
    if (!complete && !strict) break;
  }
  return { voters: voterCount(anon), candidates: m, unique: anon.ballots.length, complete, strict };
}
