import { DuplicateCandidateError, UnknownCandidateError, ValidationError } from '../errors/errors.js';
import { candidateList } from './candidates.js';
import { freezeMetadata } from './ranking-profiles.js';
import { positiveWeights } from './weights.js';
import type { ApprovalProfile, CandidateIndex, CardinalProfile, CategoricalProfile, Label, ProfileMetadata } from './types.js';

/** Validates a set of candidate indices (any order) and returns it sorted and frozen. */
export function candidateSet(value: unknown, m: number, where: string): readonly CandidateIndex[] {
  if (!Array.isArray(value)) {
    throw new ValidationError('expected an array of candidate indices.', { where });
  }
  const seen = new Uint8Array(m);
  for (let j = 0; j < value.length; j++) {
    const c: unknown = value[j];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= m) {
      throw new UnknownCandidateError(`${JSON.stringify(c)} is not a candidate index in 0…${m - 1}.`, {
        where: `${where}[${j}]`,
        fix: 'Refer to candidates by their 0-based index into the candidate list.',
      });
    }
    if (seen[c] === 1) {
      throw new DuplicateCandidateError(`candidate ${c} is listed twice in one ballot.`, {
        where: `${where}[${j}]`,
        fix: 'List each approved candidate once.',
      });
    }
    seen[c] = 1;
  }
  return Object.freeze((value as number[]).slice().sort((a, b) => a - b));
}

export interface ApprovalProfileInput {
  readonly candidates: readonly Label[] | number;
  /** One approval set per ballot, by candidate index. Empty ballots are allowed. */
  readonly ballots: readonly (readonly number[])[];
  readonly counts?: readonly number[];
  readonly metadata?: ProfileMetadata;
}

/**
 * A validated, frozen approval profile. Ballots are kept as given (not merged), so per-voter weights
 * (abcvoting's `voter_weights`) survive.
 *
 * @example
 * approvalProfile({ candidates: ['a', 'b', 'c'], ballots: [[0, 1], [2]], counts: [3, 1] });
 */
export function approvalProfile(input: ApprovalProfileInput): ApprovalProfile {
  const candidates = candidateList(input.candidates);
  if (!Array.isArray(input.ballots)) throw new ValidationError('ballots must be an array of approval sets.', { where: 'ballots' });
  const ballots = input.ballots.map((b, i) => candidateSet(b, candidates.length, `ballots[${i}]`));
  const counts = input.counts === undefined ? Object.freeze(ballots.map(() => 1)) : positiveWeights(input.counts, ballots.length, 'counts');
  const metadata = freezeMetadata(input.metadata);
  return Object.freeze({
    kind: 'approval' as const,
    candidates,
    ballots: Object.freeze(ballots),
    counts,
    ...(metadata === undefined ? {} : { metadata }),
  });
}

export interface CategoricalProfileInput {
  readonly candidates: readonly Label[] | number;
  readonly categories: readonly string[];
  /** `ballots[i][k]`: the candidates ballot i puts in category k. */
  readonly ballots: readonly (readonly (readonly number[])[])[];
  readonly counts?: readonly number[];
  readonly metadata?: ProfileMetadata;
}

/** A validated, frozen categorical profile (PrefLib `.cat`). A candidate may be in at most one category per ballot. */
export function categoricalProfile(input: CategoricalProfileInput): CategoricalProfile {
  const candidates = candidateList(input.candidates);
  const m = candidates.length;
  if (!Array.isArray(input.categories) || input.categories.length === 0) {
    throw new ValidationError('a categorical profile needs at least one category.', { where: 'categories' });
  }
  const categories = Object.freeze(input.categories.map((c, i) => {
    if (typeof c !== 'string') throw new ValidationError('category names must be strings.', { where: `categories[${i}]` });
    return c;
  }));
  if (!Array.isArray(input.ballots)) throw new ValidationError('ballots must be an array.', { where: 'ballots' });
  const ballots = input.ballots.map((ballot, i) => {
    if (!Array.isArray(ballot) || ballot.length !== categories.length) {
      throw new ValidationError(`expected ${categories.length} categories in this ballot.`, {
        where: `ballots[${i}]`,
        fix: 'Give one (possibly empty) candidate set per category.',
      });
    }
    const used = new Uint8Array(m);
    return Object.freeze(ballot.map((set, k) => {
      const s = candidateSet(set, m, `ballots[${i}][${k}]`);
      for (const c of s) {
        if (used[c]) {
          throw new DuplicateCandidateError(`candidate ${c} is in two categories of one ballot.`, { where: `ballots[${i}][${k}]` });
        }
        used[c] = 1;
      }
      return s;
    }));
  });
  const counts = input.counts === undefined ? Object.freeze(ballots.map(() => 1)) : positiveWeights(input.counts, ballots.length, 'counts');
  const metadata = freezeMetadata(input.metadata);
  return Object.freeze({
    kind: 'categorical' as const,
    candidates,
    categories,
    ballots: Object.freeze(ballots),
    counts,
    ...(metadata === undefined ? {} : { metadata }),
  });
}

/**
 * The approval profile of a categorical one: a candidate is approved when it is in one of the first
 * `approvedCategories` categories (default 1, the top category, as abcvoting reads `.cat` files).
 */
export function approvalFromCategorical(profile: CategoricalProfile, approvedCategories = 1): ApprovalProfile {
  if (!Number.isInteger(approvedCategories) || approvedCategories < 0 || approvedCategories > profile.categories.length) {
    throw new ValidationError(`approvedCategories must be a whole number in 0…${profile.categories.length}.`, { where: 'approvedCategories' });
  }
  const ballots = profile.ballots.map((b) => Object.freeze(b.slice(0, approvedCategories).flat().sort((x, y) => x - y)));
  return Object.freeze({
    kind: 'approval' as const,
    candidates: profile.candidates,
    ballots: Object.freeze(ballots),
    counts: profile.counts,
    ...(profile.metadata === undefined ? {} : { metadata: profile.metadata }),
  });
}

/** The categorical form of an approval profile: categories `["approved", "not approved"]`. */
export function categoricalFromApproval(profile: ApprovalProfile, names: readonly [string, string] = ['approved', 'not approved']): CategoricalProfile {
  const m = profile.candidates.length;
  const ballots = profile.ballots.map((b) => {
    const inSet = new Uint8Array(m);
    for (const c of b) inSet[c] = 1;
    const rest: number[] = [];
    for (let c = 0; c < m; c++) if (!inSet[c]) rest.push(c);
    return Object.freeze([b, Object.freeze(rest)] as const);
  });
  return Object.freeze({
    kind: 'categorical' as const,
    candidates: profile.candidates,
    categories: Object.freeze([names[0], names[1]]),
    ballots: Object.freeze(ballots),
    counts: profile.counts,
    ...(profile.metadata === undefined ? {} : { metadata: profile.metadata }),
  });
}

export interface CardinalProfileInput {
  readonly candidates: readonly Label[] | number;
  readonly agents?: readonly Label[] | number;
  /** `utilities[i][c]`: agent i's value for candidate c; any finite number (signed allowed). */
  readonly utilities: readonly (readonly number[])[];
  readonly metadata?: ProfileMetadata;
}

/** A validated, frozen cardinal (utility) profile; NaN and ±Infinity are rejected with their position. */
export function cardinalProfile(input: CardinalProfileInput): CardinalProfile {
  const candidates = candidateList(input.candidates);
  if (!Array.isArray(input.utilities)) throw new ValidationError('utilities must be an array of rows.', { where: 'utilities' });
  const agents = candidateList(input.agents ?? input.utilities.length, 'agents');
  if (agents.length !== input.utilities.length) {
    throw new ValidationError(`${agents.length} agents but ${input.utilities.length} utility rows.`, {
      where: 'utilities',
      fix: 'Give one row of utilities per agent.',
    });
  }
  const utilities = input.utilities.map((row, i) => {
    if (!Array.isArray(row) || row.length !== candidates.length) {
      throw new ValidationError(`expected ${candidates.length} utilities (one per candidate).`, { where: `utilities[${i}]` });
    }
    row.forEach((u, c) => {
      if (typeof u !== 'number' || !Number.isFinite(u)) {
        throw new ValidationError(`utility ${String(u)} is not a finite number.`, {
          where: `utilities[${i}][${c}]`,
          code: 'invalid-number',
          fix: 'Replace NaN/Infinity with a finite value.',
        });
      }
    });
    return Object.freeze(row.slice());
  });
  const metadata = freezeMetadata(input.metadata);
  return Object.freeze({
    kind: 'cardinal' as const,
    candidates,
    agents,
    utilities: Object.freeze(utilities),
    ...(metadata === undefined ? {} : { metadata }),
  });
}
