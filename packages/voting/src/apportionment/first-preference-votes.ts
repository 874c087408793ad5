import { Rational, ValidationError } from '@plural/core';
import { election, type ElectionOptions, type ProfileInput } from '../election/election.js';
import type { PartyVotes } from './types.js';

export interface FirstPreferenceOptions extends ElectionOptions {
  /**
   * A ballot whose first place is a tie of several candidates: `'ignore'` (default) — it counts for
   * nobody, as Condorcet PHP's proportional methods do; `'split'` — its weight is split equally among them.
   */
  readonly tiedTop?: 'ignore' | 'split';
}

/**
 * The votes of each candidate as a party: the (weighted) number of ballots that rank it first. Empty
 * ballots count for nobody. Exact: fractional weights and split ballots give Rational votes.
 *
 * Complexity: O(n) over distinct ballots.
 *
 * @example
 * dHondt(firstPreferenceVotes(profile), { seats: 3 });
 */
export function firstPreferenceVotes(input: ProfileInput, options: FirstPreferenceOptions = {}): PartyVotes {
  const e = election(input, options);
  const tiedTop = options.tiedTop ?? 'ignore';
  if (tiedTop !== 'ignore' && tiedTop !== 'split') {
    throw new ValidationError(`unknown tiedTop ${JSON.stringify(tiedTop)}.`, { where: 'options.tiedTop', fix: 'Use "ignore" or "split".' });
  }
  const votes = e.candidates.map(() => Rational.ZERO);
  e.ballots.forEach((ballot, i) => {
    const top = ballot[0];
    if (top === undefined) return;
    const group = typeof top === 'number' ? [top] : top;
    if (group.length > 1 && tiedTop === 'ignore') return;
    const share = Rational.of(e.counts[i]!, e.scale * group.length);
    for (const c of group) votes[c] = votes[c]!.add(share);
  });
  return Object.freeze({ parties: e.candidates, votes: Object.freeze(votes) });
}
