import fc from 'fast-check';
import type { PartyVotes } from '../../src/apportionment/index.js';

/** Random apportionment inputs: 1…`maxParties` parties with integer votes 0…`maxVotes`, at least one positive. */
export function partyVotesArbitrary(maxParties = 6, maxVotes = 1000): fc.Arbitrary<PartyVotes> {
  return fc
    .array(fc.integer({ min: 0, max: maxVotes }), { minLength: 1, maxLength: maxParties })
    .filter((votes) => votes.some((v) => v > 0))
    .map((votes) => ({ parties: votes.map((_, i) => `P${i}`), votes }));
}

/** Index order: the tie-break that makes every method resolute (Condorcet PHP's convention). */
export function indexOrder(input: PartyVotes): { order: number[] } {
  return { order: input.parties.map((_, i) => i) };
}
