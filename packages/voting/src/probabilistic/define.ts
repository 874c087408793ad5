import { lottery, type CandidateIndex, type Label, type Rational } from '@plural/core';
import { attachInfo } from '../registry/attach-info.js';
import type { Score } from '../result/result.js';
import type { ProbabilisticOptions, ProbabilisticResult, ProbabilisticRule, ProbabilisticRuleInfo } from './types.js';

/**
 * Makes a registered probabilistic rule from its metadata and its computation (mirrors
 * `defineVotingMethod`; lotteries have no ties to break). The metadata is frozen and attached as `info`.
 */
export function defineProbabilisticRule<Input, Options extends ProbabilisticOptions = ProbabilisticOptions, Output extends ProbabilisticResult | Promise<ProbabilisticResult> = ProbabilisticResult>(
  info: ProbabilisticRuleInfo,
  compute: (input: Input, options: Options) => Output,
): ProbabilisticRule<Input, Options, Output> {
  const rule = (input: Input, options: Options = {} as Options): Output => compute(input, options);
  return attachInfo(rule, info) as ProbabilisticRule<Input, Options, Output>;
}

/**
 * Builds a frozen result from exact probabilities parallel to the candidates; core's `lottery()`
 * checks them again (each ≥ 0, sum exactly 1).
 */
export function probabilisticResult<R extends object = object>(
  method: string,
  candidates: readonly Label[],
  probabilities: readonly Rational[],
  extra: { readonly scores?: readonly Score[]; readonly notes?: readonly string[] } & R = {} as R,
): ProbabilisticResult & R {
  const l = lottery<CandidateIndex>(probabilities.map((probability, outcome) => ({ outcome, probability })));
  return Object.freeze({ method, candidates, lottery: l, probabilities: Object.freeze([...probabilities]), ...extra }) as ProbabilisticResult & R;
}
