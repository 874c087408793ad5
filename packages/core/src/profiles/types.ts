/**
 * The shared data model of Plural. Candidates (alternatives, items, projects) are referred to inside
 * ballots by their index 0…m−1 in the profile's `candidates` array, which holds their labels (PrefLib
 * integer ids as numbers, names from JSON/CSV as strings).
 */

/** The label of a candidate, item, agent or project as the user gave it. */
export type Label = string | number;

/** Index of a candidate in a profile's `candidates` array. */
export type CandidateIndex = number;

/**
 * One position of a ranking: a single candidate, or an indifference class of tied candidates
 * (PrefLib writes `{1,2}`).
 */
export type RankingEntry = CandidateIndex | readonly CandidateIndex[];

/**
 * A (weak, possibly truncated) ranking, best first: `[2, [0, 3], 1]` means 2 ≻ 0 ~ 3 ≻ 1.
 * A strict complete ranking is a permutation of 0…m−1 written as plain numbers. Candidates missing from
 * a truncated ranking are "unranked"; how rules treat them is their documented option
 * (see {@link UnrankedPolicy}).
 */
export type Ranking = readonly RankingEntry[];

/**
 * How unranked candidates of a truncated ballot compare:
 * - `'bottom'`: below every ranked candidate and tied among themselves (PrefLib's `.soi` → `.toc`
 *   "imbuing", pref_voting's extended strict preference, Condorcet PHP's implicit ranking);
 * - `'ignore'`: not compared with anything (the voter expressed no opinion).
 */
export type UnrankedPolicy = 'bottom' | 'ignore';

/** Descriptive data carried along by a profile (file headers), never used by rules. */
export interface ProfileMetadata {
  /** Header fields in file order, e.g. PrefLib `["TITLE", "Debian 2006"]`. Counts are not stored here. */
  readonly fields?: readonly (readonly [string, string])[];
  /** Human-readable names parallel to `candidates` (PrefLib `ALTERNATIVE NAME i`). */
  readonly candidateNames?: readonly string[];
}

/** One ranking per voter, optionally weighted. */
export interface RankingProfile {
  readonly kind: 'ranking';
  readonly candidates: readonly Label[];
  readonly rankings: readonly Ranking[];
  /** Voter weights (positive, finite), parallel to `rankings`; absent means all 1. */
  readonly weights?: readonly number[];
  readonly metadata?: ProfileMetadata;
}

/**
 * The anonymous (compressed) form of a ranking profile: each distinct ballot once, with how many voters
 * cast it. Rules consume this form. `counts[i]` is the multiplicity of `ballots[i]` (positive and finite;
 * fractional for weighted voters).
 */
export interface AnonymousProfile {
  readonly kind: 'anonymous';
  readonly candidates: readonly Label[];
  readonly ballots: readonly Ranking[];
  readonly counts: readonly number[];
  readonly metadata?: ProfileMetadata;
}

/** Approval ballots: each ballot is the sorted set of approved candidate indices. */
export interface ApprovalProfile {
  readonly kind: 'approval';
  readonly candidates: readonly Label[];
  readonly ballots: readonly (readonly CandidateIndex[])[];
  /** Multiplicity or weight of each ballot (positive, finite). */
  readonly counts: readonly number[];
  readonly metadata?: ProfileMetadata;
}

/**
 * Categorical ballots (PrefLib `.cat`): each ballot sorts candidates into ordered categories, e.g.
 * `["Yes", "No"]`; candidates in no category are unclassified. Approval ballots are the two-category case.
 */
export interface CategoricalProfile {
  readonly kind: 'categorical';
  readonly candidates: readonly Label[];
  readonly categories: readonly string[];
  /** `ballots[i][k]` is the sorted set of candidates that ballot i puts in category k. */
  readonly ballots: readonly (readonly (readonly CandidateIndex[])[])[];
  readonly counts: readonly number[];
  readonly metadata?: ProfileMetadata;
}

/** Cardinal utilities: `utilities[i][c]` is agent i's value for candidate c (signed values allowed). */
export interface CardinalProfile {
  readonly kind: 'cardinal';
  readonly candidates: readonly Label[];
  readonly agents: readonly Label[];
  readonly utilities: readonly (readonly number[])[];
  readonly metadata?: ProfileMetadata;
}

/** Any profile of ballots over candidates. */
export type Profile = RankingProfile | AnonymousProfile | ApprovalProfile | CategoricalProfile | CardinalProfile;

/** Outcome of one pairwise comparison: item `a` won, item `b` won, or a tie. */
export type PairwiseOutcome = 'a' | 'b' | 'tie';

/** One comparison between items `a` and `b` (indices into `items`), as in RLHF preference data. */
export interface PairwiseRecord {
  readonly a: CandidateIndex;
  readonly b: CandidateIndex;
  readonly outcome: PairwiseOutcome;
  /** Positive weight, default 1. */
  readonly weight?: number;
  readonly annotator?: string;
  readonly group?: string;
}

/** A set of pairwise comparisons over labelled items. */
export interface PairwiseData {
  readonly kind: 'pairwise';
  readonly items: readonly Label[];
  readonly records: readonly PairwiseRecord[];
}

/** One K-wise ranking of a subset of the items (e.g. a K-Sort Arena round), best first, ties allowed. */
export interface KwiseRecord {
  readonly ranking: Ranking;
  readonly weight?: number;
  readonly annotator?: string;
  readonly group?: string;
}

/** A set of K-wise rankings over labelled items. */
export interface KwiseData {
  readonly kind: 'kwise';
  readonly items: readonly Label[];
  readonly records: readonly KwiseRecord[];
}

/**
 * The weighted majority matrix: `support[a][b]` is the total weight of voters who strictly prefer a to b.
 * The diagonal is 0.
 */
export interface MajorityMatrix {
  readonly kind: 'majority';
  readonly candidates: readonly Label[];
  readonly support: readonly (readonly number[])[];
}

/** The margin matrix: `margins[a][b] = support[a][b] − support[b][a]`; antisymmetric. */
export interface MarginMatrix {
  readonly kind: 'margins';
  readonly candidates: readonly Label[];
  readonly margins: readonly (readonly number[])[];
}
