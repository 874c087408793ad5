import { ValidationError } from '../errors/errors.js';
import { candidateList } from './candidates.js';
import { IntegerKeyIndex } from './integer-key-index.js';
import { frozenNumbers, numbersOf } from './packed-numbers.js';
import { attachRankingTable, RankingTableBuilder, rankingTableOf } from './ranking-table.js';
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
 * Complexity: O(total ranking length); each ranking is read once (plus once more to find the exact
 * error when it is invalid).
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
  const source = input.rankings;
  const builder = RankingTableBuilder.create(m, source.length);
  const scratch = new Uint8Array(m);
  const rankings: Ranking[] = [];
  for (let i = 0; i < source.length; i++) {
    const r = source[i];
    if (builder !== undefined && builder.readInput(r, input.require)) {
      builder.commit();
      rankings.push(builder.lastRanking());
      continue;
    }
    const ranking = normalizeRanking(r, m, `rankings[${i}]`, input.require, scratch);
    if (builder !== undefined) {
      builder.readNormalised(ranking);
      builder.commit();
    }
    rankings.push(ranking);
  }
  const metadata = freezeMetadata(input.metadata);
  return Object.freeze({
    kind: 'ranking' as const,
    candidates,
    rankings: attachRankingTable(Object.freeze(rankings), builder?.finish()),
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
 * Complexity: O(total ballot length) expected; each ballot is read once and only distinct ballots are
 * copied.
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
  const source = input.ballots;
  const counts = input.counts === undefined ? undefined : positiveWeights(input.counts, source.length, 'counts');
  const scratch = new Uint8Array(m);
  const builder = RankingTableBuilder.create(m, source.length);
  if (builder === undefined) {
    const normalised = source.map((r, i) => normalizeRanking(r, m, `ballots[${i}]`, input.require, scratch));
    return mergeBallots(candidates, normalised, counts, freezeMetadata(input.metadata));
  }
  const weights = counts === undefined ? undefined : numbersOf(counts);
  const merger = new PendingMerger(source.length);
  const ballots: Ranking[] = [];
  const merged: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const r = source[i];
    let normal: Ranking | undefined;
    if (!builder.readInput(r, input.require)) {
      normal = normalizeRanking(r, m, `ballots[${i}]`, input.require, scratch);
      builder.readNormalised(normal);
    }
    const w = weights === undefined ? 1 : weights[i]!;
    const slot = merger.slotOfPending(builder, ballots.length);
    if (slot < 0) {
      builder.commit();
      ballots.push(normal ?? builder.lastRanking());
      merged.push(w);
    } else {
      builder.discard();
      merged[slot]! += w;
    }
  }
  return anonymousResult(candidates, ballots, merged, builder, freezeMetadata(input.metadata));
}

/** Finds the earlier ranking identical to a builder's pending one: a number index for strict rankings, a text index for the rest. */
class PendingMerger {
  private readonly numbers: IntegerKeyIndex;
  private readonly texts = new Map<string, number>();

  constructor(expected: number) {
    this.numbers = new IntegerKeyIndex(expected);
  }

  /** The slot of the identical ranking seen before, or -1 after recording the pending one under `next`. */
  slotOfPending(builder: RankingTableBuilder, next: number): number {
    const key = builder.pendingKey();
    if (key >= 0) return this.numbers.slotOf(key, next);
    const text = builder.pendingText();
    const slot = this.texts.get(text);
    if (slot !== undefined) return slot;
    this.texts.set(text, next);
    return -1;
  }
}

function anonymousResult(
  candidates: readonly Label[],
  ballots: Ranking[],
  counts: number[],
  builder: RankingTableBuilder,
  metadata: ProfileMetadata | undefined,
): AnonymousProfile {
  return Object.freeze({
    kind: 'anonymous' as const,
    candidates,
    ballots: attachRankingTable(Object.freeze(ballots), builder.finish()),
    counts: frozenNumbers(counts),
    ...(metadata === undefined ? {} : { metadata }),
  });
}

/**
 * Merges identical (already normalised) ballots, keeping the first of each and the order of first
 * appearance, and adding their counts (1 each when `counts` is undefined). Internal: inputs must be valid.
 *
 * Complexity: O(total ballot length) expected.
 */
export function mergeBallots(
  candidates: readonly Label[],
  ballots: readonly Ranking[],
  counts: readonly number[] | undefined,
  metadata: ProfileMetadata | undefined,
): AnonymousProfile {
  const m = candidates.length;
  const builder = RankingTableBuilder.create(m, ballots.length);
  if (builder === undefined) return mergeByMap(candidates, ballots, counts, metadata);
  const source = rankingTableOf(ballots, m);
  const weights = counts === undefined ? undefined : numbersOf(counts);
  const merger = new PendingMerger(ballots.length);
  const unique: Ranking[] = [];
  const merged: number[] = [];
  for (let i = 0; i < ballots.length; i++) {
    if (source !== undefined) builder.readRow(source, i);
    else builder.readNormalised(ballots[i]!);
    const w = weights === undefined ? 1 : weights[i]!;
    const slot = merger.slotOfPending(builder, unique.length);
    if (slot < 0) {
      builder.commit();
      unique.push(ballots[i]!);
      merged.push(w);
    } else {
      builder.discard();
      merged[slot]! += w;
    }
  }
  return anonymousResult(candidates, unique, merged, builder, metadata);
}

/** {@link mergeBallots} without a packed table (profiles too large for 32-bit offsets): a Map of ranking keys. */
function mergeByMap(
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
    counts: frozenNumbers(uniqueCounts),
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
 *
 * Complexity: O(voters + total ballot length).
 */
export function expandProfile(profile: AnonymousProfile): RankingProfile {
  const m = profile.candidates.length;
  let voters = 0;
  profile.counts.forEach((count, i) => {
    if (!Number.isInteger(count)) {
      throw new ValidationError(`count ${count} is not a whole number, so the profile cannot be expanded into voters.`, {
        where: `counts[${i}]`,
        fix: 'Keep the anonymous form, or use whole-number counts.',
      });
    }
    voters += count;
  });
  const table = rankingTableOf(profile.ballots, m);
  const builder = table === undefined ? undefined : RankingTableBuilder.create(m, voters);
  const rankings: Ranking[] = [];
  profile.counts.forEach((count, i) => {
    const ballot = profile.ballots[i]!;
    for (let k = 0; k < count; k++) {
      rankings.push(ballot);
      if (builder !== undefined) {
        builder.readRow(table!, i);
        builder.commit();
      }
    }
  });
  return Object.freeze({
    kind: 'ranking' as const,
    candidates: profile.candidates,
    rankings: attachRankingTable(Object.freeze(rankings), builder?.finish()),
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

/**
 * Shape facts of a ranking profile (voters, candidates, distinct ballots, complete, strict).
 *
 * Complexity: O(1) beyond {@link anonymize} for profiles core built, else O(total ballot length).
 */
export function rankingProfileShape(profile: RankingProfile | AnonymousProfile): RankingProfileShape {
  const anon = anonymize(profile);
  const m = anon.candidates.length;
  const table = rankingTableOf(anon.ballots, m);
  let complete = table?.complete ?? true;
  let strict = table?.strict ?? true;
  if (table === undefined) {
    for (const b of anon.ballots) {
      if (complete && rankedCount(b) !== m) complete = false;
      if (strict && !isStrictRanking(b)) strict = false;
      if (!complete && !strict) break;
    }
  }
  return { voters: voterCount(anon), candidates: m, unique: anon.ballots.length, complete, strict };
}
