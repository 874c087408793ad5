import type { AnonymousProfile } from '@plural/core';
import { expect, it } from 'vitest';
import { dHondt, firstPreferenceVotes, hamilton, sainteLague, type ApportionmentMethod } from '../../src/apportionment/index.js';
import { describeCorpus } from '../helpers/corpora.js';
import { tidemanElections, tidemanProfile, tidemanRanking, type TidemanMode } from './tideman.js';

/**
 * Condorcet PHP's proportional methods on the Tideman collection (see the corpus README). Its input
 * convention, read from its source (HighestAverages_Core::countVotesPerCandidates, LargestRemainder) and
 * checked by hand on A01 (380 ballots, 3 seats; first places: Candidate 1 128, Candidate 9 65, Candidate 2
 * 36, …): Jefferson's quotients 128, 65, 128/2 = 64 give "1 > 9 > 1"; Largest Remainder's Hare quota
 * 380/3 gives Candidate 1 one whole seat and the remainders 65 (9) and 36 (2) the others: "1 > 9 > 2".
 * - votes: each candidate is a party; its votes are the first places of the ballots. A ballot whose first
 *   rank is a tie counts for nobody (about 230 distinct ballots of the collection start with a tie, e.g.
 *   "A = B > C"; empty ballots, which the implicit files write as everyone tied, count for nobody too)
 *   → `firstPreferenceVotes(profile)` with its default `tiedTop: 'ignore'`;
 * - seats: the file's "Number of Seats";
 * - ties: a strict `>` scan in candidate order, so the first candidate of the file wins a tie
 *   → `ties: { order: [0, 1, …] }`; without it our methods report the tie (irresolute);
 * - its `ranking` string lists the party of each seat in the order the seats were awarded;
 * - Largest Remainder: Condorcet PHP's Hare quota divides the number of valid ballots (including those
 *   that count for nobody) by the seats, ours divides the votes of the parties — a convention difference
 *   that changes no allocation on this collection (the agreement below shows it).
 * Quotients there are PHP floats; ours are exact Rationals — no disagreement results on this collection.
 */
const methods: readonly [string, ApportionmentMethod<never>][] = [
  ['Jefferson', dHondt as ApportionmentMethod<never>],
  ['Sainte-Laguë', sainteLague as ApportionmentMethod<never>],
  ['Largest Remainder', hamilton as ApportionmentMethod<never>],
];

function seatsOf(profile: AnonymousProfile): number {
  const field = profile.metadata?.fields?.find(([k]) => k === 'Number of Seats');
  return Number(field?.[1]);
}

const label = (profile: AnonymousProfile, i: number): string => String(profile.candidates[i]).trim();

const profiles = new Map<string, AnonymousProfile>();
function profile(id: string, mode: TidemanMode): AnonymousProfile {
  const key = `${mode}:${id}`;
  let p = profiles.get(key);
  if (p === undefined) profiles.set(key, (p = tidemanProfile(id, mode)));
  return p;
}

/**
 * Elections where the last seats tie exactly, reported by the default `ties: 'report'` (Condorcet PHP
 * gives the seat to the first tied candidate). E.g. A10 (3 seats): three candidates with 7 first places
 * each tie for the third seat under all three methods; A14 (2 seats): D'Hondt ties 22/2 and 11/1;
 * A11 (6 seats): Sainte-Laguë ties 325/5 and 65/1.
 */
const expectedTies: Record<string, readonly string[]> = {
  Jefferson: ['A10', 'A13', 'A14', 'A17', 'A22', 'A23', 'A33', 'A34', 'A69', 'A81', 'A95'],
  'Sainte-Laguë': ['A10', 'A11', 'A13', 'A23', 'A33', 'A34', 'A55', 'A69', 'A70', 'A90', 'A92', 'A95'],
  'Largest Remainder': ['A10', 'A13', 'A23', 'A33', 'A34', 'A55', 'A69', 'A92', 'A95'],
};

describeCorpus('condorcet-tideman-collection', 'Tideman collection: apportionment agrees with Condorcet PHP', () => {
  const ids = tidemanElections();
  it('has the 109 elections, each with a number of seats', () => {
    expect(ids).toHaveLength(109);
    for (const id of ids) expect(seatsOf(profile(id, 'implicit'))).toBeGreaterThan(0);
  });
  for (const mode of ['implicit', 'explicit'] as TidemanMode[]) {
    for (const [name, method] of methods) {
      it(`${method.info.id} = Condorcet PHP's ${name} on every election (${mode}): same seats, same seat order; ties reported where they are`, () => {
        const disagreements: string[] = [];
        const tied: string[] = [];
        for (const id of ids) {
          const p = profile(id, mode);
          const votes = firstPreferenceVotes(p);
          const seats = seatsOf(p);
          const expected = tidemanRanking(id, mode, name)!.map((tier) => tier[0]!);
          const resolved = (method as ApportionmentMethod)(votes, { seats, ties: { order: p.candidates.map((_, i) => i) } });
          const ours = resolved.seats.flatMap((s, i) => Array.from({ length: s }, () => label(p, i)));
          if (JSON.stringify([...ours].sort()) !== JSON.stringify([...expected].sort())) disagreements.push(`${id}: ours ${ours.join(' | ')}; Condorcet PHP ${expected.join(' | ')}`);
          else if (resolved.order !== undefined && JSON.stringify(resolved.order.map((i) => label(p, i))) !== JSON.stringify(expected)) {
            disagreements.push(`${id}: seat order ours ${resolved.order.map((i) => label(p, i)).join(' > ')}; Condorcet PHP ${expected.join(' > ')}`);
          }
          const irresolute = (method as ApportionmentMethod)(votes, { seats });
          if (irresolute.tie) {
            tied.push(id);
            // Condorcet PHP's allocation is one of the tied outcomes.
            resolved.seats.forEach((s, i) => expect(s - irresolute.seats[i]! === 0 || irresolute.tie!.among.includes(i)).toBe(true));
          } else expect(irresolute.seats).toEqual(resolved.seats);
        }
        expect(disagreements).toEqual([]);
        expect(tied).toEqual(expectedTies[name]);
      });
    }
  }
});
