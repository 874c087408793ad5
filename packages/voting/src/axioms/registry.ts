import { ValidationError } from '@plural/core';
import { normalizeMethodName } from '../registry/lookup.js';
import { condorcetLoserAxiom, condorcetWinnerAxiom, paretoDominanceAxiom, schwartzAxiom, smithAxiom } from './dominance.js';
import {
  blockInvarianceAxiom,
  downwardBlockPreservationAxiom,
  downwardHomogeneityAxiom,
  homogeneityAxiom,
  preferentialEqualityAxiom,
  tiebreakingCompensationAxiom,
  upwardBlockPreservationAxiom,
  upwardHomogeneityAxiom,
} from './invariance.js';
import { majorityAxiom, majorityLoserAxiom, mutualMajorityAxiom, neutralityAxiom, independenceOfIrrelevantAlternativesAxiom } from './majority.js';
import { monotonicityAxiom, weakPositiveResponsivenessAxiom } from './monotonicity.js';
import { reversalSymmetryAxiom } from './other.js';
import { earlierNoHelpAxiom, laterNoHarmAxiom, strategyProofnessAxiom } from './strategic.js';
import type { Axiom, AxiomOptions } from './types.js';
import { immunityToSpoilersAxiom, independenceOfClonesAxiom, ipdaAxiom, isdaAxiom, stabilityForWinnersAxiom } from './variable-candidate.js';
import {
  bulletVotePositiveInvolvementAxiom,
  negativeInvolvementAxiom,
  neutralIndifferenceAxiom,
  neutralReversalAxiom,
  nonlinearNeutralReversalAxiom,
  participationAxiom,
  positiveInvolvementAxiom,
  positiveNegativeInvolvementAxiom,
  reinforcementAxiom,
  semiPositiveInvolvementAxiom,
  singleVoterResolvabilityAxiom,
  tolerantPositiveInvolvementAxiom,
  truncatedInvolvementAxiom,
  weakSingleVoterResolvabilityAxiom,
} from './variable-voter.js';

/**
 * Every axiom checker, registered once with its metadata, in pref_voting's module order (dominance,
 * invariance, monotonicity, variable candidate, variable voter, strategic, other), then the classical
 * majority criteria and neutrality.
 */
export const votingAxioms: readonly Axiom<never>[] = Object.freeze([
  paretoDominanceAxiom,
  condorcetWinnerAxiom,
  condorcetLoserAxiom,
  smithAxiom,
  schwartzAxiom,
  blockInvarianceAxiom,
  upwardBlockPreservationAxiom,
  downwardBlockPreservationAxiom,
  homogeneityAxiom,
  upwardHomogeneityAxiom,
  downwardHomogeneityAxiom,
  preferentialEqualityAxiom,
  tiebreakingCompensationAxiom,
  monotonicityAxiom,
  weakPositiveResponsivenessAxiom,
  stabilityForWinnersAxiom,
  immunityToSpoilersAxiom,
  isdaAxiom,
  ipdaAxiom,
  independenceOfClonesAxiom,
  reinforcementAxiom,
  positiveInvolvementAxiom,
  negativeInvolvementAxiom,
  positiveNegativeInvolvementAxiom,
  tolerantPositiveInvolvementAxiom,
  bulletVotePositiveInvolvementAxiom,
  semiPositiveInvolvementAxiom,
  truncatedInvolvementAxiom,
  participationAxiom,
  singleVoterResolvabilityAxiom,
  weakSingleVoterResolvabilityAxiom,
  neutralReversalAxiom,
  neutralIndifferenceAxiom,
  nonlinearNeutralReversalAxiom,
  strategyProofnessAxiom,
  laterNoHarmAxiom,
  earlierNoHelpAxiom,
  reversalSymmetryAxiom,
  majorityAxiom,
  majorityLoserAxiom,
  mutualMajorityAxiom,
  independenceOfIrrelevantAlternativesAxiom,
  neutralityAxiom,
] as Axiom<never>[]);

const byName = new Map<string, Axiom<never>>();
for (const a of votingAxioms) {
  for (const name of [a.info.id, a.info.name, ...a.info.aliases, ...(a.info.prefVotingName === undefined ? [] : [a.info.prefVotingName])]) {
    const key = normalizeMethodName(name);
    const other = byName.get(key);
    if (other !== undefined && other !== a) throw new Error(`axioms: the name ${JSON.stringify(name)} belongs to both ${other.info.id} and ${a.info.id}`);
    byName.set(key, a);
  }
}

/**
 * The axiom with this id or alias (pref_voting's display and Python names included; case, spaces,
 * underscores and dots ignored). Throws a ValidationError listing the ids otherwise.
 *
 * @example
 * votingAxiom('Positive Involvement').info.id; // 'positive-involvement'
 * votingAxiom('condorcet_winner').info.id; // 'condorcet-winner'
 */
export function votingAxiom<Options extends AxiomOptions = AxiomOptions>(name: string): Axiom<Options> {
  const found = typeof name === 'string' ? byName.get(normalizeMethodName(name)) : undefined;
  if (found === undefined) {
    throw new ValidationError(`unknown axiom ${JSON.stringify(name)}.`, { where: 'axiom', fix: `Use one of: ${votingAxioms.map((a) => a.info.id).join(', ')}.` });
  }
  return found as unknown as Axiom<Options>;
}
