import { PluralError, Rational, type CandidateIndex, type UnrankedPolicy } from '@plural/core';
import { attachInfo } from '../registry/attach-info.js';
import type { VotingMethodInfo } from '../registry/types.js';
import type { Score, VotingResult } from '../result/result.js';

/**
 * Social welfare functions (SWFs): rules that rank ALL candidates, as a weak order. They mirror the
 * voting rules' registry (`defineVotingMethod`): a function with its metadata attached as `info`.
 * A WelfareResult is a VotingResult whose `ranking` is always present and whose `winners` are its first
 * tier, so every SWF can be used where a voting rule's result is read.
 */
export interface WelfareResult extends VotingResult {
  /** A weak order of all candidates, best first: tiers of tied candidates, each ascending. */
  readonly ranking: readonly (readonly CandidateIndex[])[];
  /**
   * For SWFs that pick one of several optimal rankings (Kemeny): how many rankings are optimal, whether
   * the count is exact (below 2^53), up to `maxRankings` of them (lexicographic), and every candidate
   * that tops some optimal ranking. `ranking` is the canonical one (the first of `rankings`).
   */
  readonly optimal?: {
    readonly count: number;
    readonly countExact: boolean;
    readonly rankings: readonly (readonly CandidateIndex[])[];
    readonly tops: readonly CandidateIndex[];
  };
}

/** Registry metadata of an SWF: a voting rule's metadata with the family `'welfare-function'`. */
export interface WelfareFunctionInfo extends VotingMethodInfo {
  readonly family: 'welfare-function';
}

/** Options every SWF takes (no tie-break: an SWF reports its ties as tiers). */
export interface WelfareOptions {
  /** How unranked candidates of truncated ballots compare in the margins (default `'bottom'`). */
  readonly unranked?: UnrankedPolicy;
  /** Stops an exponential SWF cleanly with an AbortedError. */
  readonly signal?: AbortSignal;
}

/** A registered social welfare function. */
export interface WelfareFunction<Input = unknown, Options extends WelfareOptions = WelfareOptions> {
  (input: Input, options?: Options): WelfareResult;
  readonly info: WelfareFunctionInfo;
}

/**
 * Makes a registered SWF from its metadata and its computation, as `defineVotingMethod` does for rules:
 * the metadata is frozen and attached as `info`; the result is checked to rank every candidate exactly
 * once, with `winners` equal to the first tier.
 *
 * @example
 * const f = defineWelfareFunction<MarginInput>({ id: 'copeland-ranking', … }, (input) => welfareResult({ … }));
 */
export function defineWelfareFunction<Input, Options extends WelfareOptions = WelfareOptions>(
  info: WelfareFunctionInfo,
  compute: (input: Input, options: Options) => WelfareResult,
): WelfareFunction<Input, Options> {
  const swf = (input: Input, options: Options = {} as Options): WelfareResult => compute(input, options);
  return attachInfo(swf, info) as WelfareFunction<Input, Options>;
}

/**
 * Builds a frozen WelfareResult: tiers sorted ascending, `winners` = the first tier. Throws an internal
 * error unless the ranking partitions the candidates.
 */
export function welfareResult(result: Omit<WelfareResult, 'winners'>): WelfareResult {
  const m = result.candidates.length;
  const seen = new Uint8Array(m);
  const ranking = result.ranking.map((tier) => Object.freeze([...tier].sort((a, b) => a - b)));
  for (const tier of ranking) {
    if (tier.length === 0) throw new PluralError('internal', `${result.method}: an empty tier in the ranking.`);
    for (const c of tier) {
      if (!(c >= 0 && c < m) || seen[c] === 1) throw new PluralError('internal', `${result.method}: candidate ${c} is not ranked exactly once.`);
      seen[c] = 1;
    }
  }
  if (seen.some((s) => s === 0)) throw new PluralError('internal', `${result.method}: the ranking leaves a candidate out.`);
  return Object.freeze({ ...result, ranking: Object.freeze(ranking), winners: Object.freeze([...(ranking[0] ?? [])]) });
}

/** Compares exact scores (numbers or Rationals): negative when x < y. */
export function compareScores(x: Score, y: Score): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return Rational.from(x).compare(y);
}

/**
 * The weak order of candidates by exact scores, best first (higher is better unless `lowerIsBetter`).
 *
 * @example
 * rankingByScores([3, Rational.of(7, 2), 3]); // [[1], [0, 2]]
 */
export function rankingByScores(scores: readonly Score[], lowerIsBetter = false): CandidateIndex[][] {
  const order = scores.map((_, i) => i).sort((a, b) => (lowerIsBetter ? compareScores(scores[a]!, scores[b]!) : compareScores(scores[b]!, scores[a]!)) || a - b);
  const out: CandidateIndex[][] = [];
  for (const c of order) {
    const last = out[out.length - 1];
    if (last !== undefined && compareScores(scores[last[0]!]!, scores[c]!) === 0) last.push(c);
    else out.push([c]);
  }
  return out;
}
