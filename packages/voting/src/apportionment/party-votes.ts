import { DuplicateCandidateError, exactRational, NegativeValueError, Rational, ValidationError, type Label, type RationalLike } from '@plural/core';
import type { ApportionmentOptions, PartyIndex, PartyVotes } from './types.js';

/** A checked apportionment problem: exact votes, the house size, and who passes the threshold. */
export interface ApportionmentProblem {
  readonly parties: readonly Label[];
  readonly votes: readonly Rational[];
  readonly house: number;
  /** Parties that pass the threshold and have votes: the ones that compete for seats, ascending. */
  readonly eligible: readonly PartyIndex[];
  /** Parties below the threshold, ascending. */
  readonly excluded: readonly PartyIndex[];
  /** Total votes of the parties that pass the threshold. */
  readonly total: Rational;
  /** `house × votes[i] / total` for parties that pass the threshold, 0 for the others. */
  readonly standardQuotas: readonly Rational[];
}


/**
 * Checks an apportionment input and prepares it: exact votes (≥ 0), a non-negative integer house size,
 * distinct labels, the threshold in [0, 1] (a party passes when votes/Σvotes ≥ threshold). Parties with
 * no votes never get a seat. Throws ValidationError (with the field and the fix) otherwise, and when
 * seats are asked for but no party can take one.
 *
 * Complexity: O(n) Rational operations.
 */
export function apportionmentProblem(input: PartyVotes, options: ApportionmentOptions): ApportionmentProblem {
  if (input === null || typeof input !== 'object' || !Array.isArray(input.parties) || !Array.isArray(input.votes)) {
    throw new ValidationError('expected { parties, votes }.', { where: 'input', fix: 'Pass { parties: [labels], votes: [one count per party] }.' });
  }
  const { parties } = input;
  if (parties.length === 0) throw new ValidationError('there are no parties.', { where: 'input.parties', fix: 'Give at least one party.' });
  if (input.votes.length !== parties.length) {
    throw new ValidationError(`there are ${parties.length} parties but ${input.votes.length} vote counts.`, { where: 'input.votes', fix: 'Give one vote count per party.' });
  }
  const seen = new Set<Label>();
  parties.forEach((p, i) => {
    if (seen.has(p)) throw new DuplicateCandidateError(`party ${JSON.stringify(p)} is listed twice.`, { where: `input.parties[${i}]`, fix: 'Give each party once.' });
    seen.add(p);
  });
  const votes = input.votes.map((v, i) => {
    const r = exactRational(v, `input.votes[${i}]`);
    if (r.sign() < 0) throw new NegativeValueError(`party ${JSON.stringify(parties[i])} has ${r} votes.`, { where: `input.votes[${i}]`, fix: 'Votes are counts: give non-negative numbers.' });
    return r;
  });
  const house = options?.seats;
  if (!Number.isSafeInteger(house) || (house as number) < 0) {
    throw new ValidationError(`the house size ${String(house)} is not a non-negative integer.`, { where: 'options.seats', fix: 'Give the number of seats to apportion, e.g. { seats: 10 }.' });
  }
  const threshold = options.threshold === undefined ? Rational.ZERO : exactRational(options.threshold, 'options.threshold');
  if (threshold.sign() < 0 || threshold.gt(Rational.ONE)) {
    throw new ValidationError(`the threshold ${threshold} is not a share between 0 and 1.`, { where: 'options.threshold', fix: 'Give the minimum vote share as a fraction, e.g. "5/100" for 5%.' });
  }
  const all = Rational.sum(votes);
  const excluded: PartyIndex[] = [];
  const eligible: PartyIndex[] = [];
  votes.forEach((v, i) => {
    if (!threshold.isZero() && v.lt(all.mul(threshold))) excluded.push(i);
    else if (!v.isZero()) eligible.push(i);
  });
  const total = Rational.sum(eligible.map((i) => votes[i]!));
  if (house! > 0 && eligible.length === 0) {
    throw new ValidationError(all.isZero() ? 'no party has any votes.' : 'no party reaches the threshold.', {
      where: all.isZero() ? 'input.votes' : 'options.threshold',
      fix: all.isZero() ? 'Give vote counts with at least one positive entry.' : 'Lower the threshold.',
    });
  }
  const competing = new Set(eligible);
  const standardQuotas = votes.map((v, i) => (competing.has(i) ? v.mul(house!).div(total) : Rational.ZERO));
  return { parties, votes, house: house!, eligible, excluded, total, standardQuotas };
}
