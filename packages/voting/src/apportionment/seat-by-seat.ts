import { createRng, ValidationError, type Label, type Rational } from '@plural/core';
import { compareLabels } from '../tiebreak/tiebreak.js';
import type { ApportionmentTie, ApportionmentTiebreakRecord, ApportionmentTies, PartyIndex } from './types.js';

/** A party's claim to its next seat: an exact value, or `'infinite'` (a zero divisor). */
export type SeatPriority = Rational | 'infinite';

/** Compares two priorities: negative, zero or positive. */
export function compareSeatPriority(a: SeatPriority, b: SeatPriority): number {
  if (a === 'infinite') return b === 'infinite' ? 0 : 1;
  if (b === 'infinite') return -1;
  return a.compare(b);
}

/** The outcome of {@link allocateByPriority}. */
export interface SeatBySeatOutcome {
  readonly seats: number[];
  /** The party of each seat awarded by the procedure, in turn (seats of `initial` are not listed). */
  readonly order: PartyIndex[];
  readonly tie?: ApportionmentTie;
  readonly tiebreak?: ApportionmentTiebreakRecord;
}

/**
 * The seat-by-seat procedure shared by the divisor methods and the largest remainder method: starting
 * from `initial` seats, each further seat goes to the eligible party with the highest `priority(party,
 * seatsSoFar)`. Priorities must strictly decrease in the seats a party holds, so parties tied at the top
 * can each take one seat: when there are at least as many seats left as tied parties, all of them get one
 * (listed in `order` by index); otherwise the tie is reported, or broken by `ties`.
 *
 * Complexity: O((h − Σ initial) · n) priority evaluations.
 */
export function allocateByPriority(
  parties: readonly Label[],
  eligible: readonly PartyIndex[],
  initial: readonly number[],
  house: number,
  priority: (party: PartyIndex, seats: number) => SeatPriority,
  ties: ApportionmentTies = 'report',
): SeatBySeatOutcome {
  const seats = [...initial];
  const order: PartyIndex[] = [];
  let left = house - seats.reduce((s, x) => s + x, 0);
  while (left > 0) {
    let best: SeatPriority | undefined;
    let tied: PartyIndex[] = [];
    for (const i of eligible) {
      const p = priority(i, seats[i]!);
      const cmp = best === undefined ? 1 : compareSeatPriority(p, best);
      if (cmp > 0) {
        best = p;
        tied = [i];
      } else if (cmp === 0) tied.push(i);
    }
    if (tied.length <= left) {
      for (const i of tied) {
        seats[i]!++;
        order.push(i);
      }
      left -= tied.length;
      continue;
    }
    if (ties === 'report') return { seats, order, tie: Object.freeze({ seats: left, among: Object.freeze([...tied]) }) };
    const { chosen, record } = chooseParties(tied, left, parties, ties);
    for (const i of chosen) {
      seats[i]!++;
      order.push(i);
    }
    return { seats, order, tiebreak: record };
  }
  return { seats, order };
}

/** Tied parties in the order a tie-break ranks them (first = favoured). */
function rankByTiebreak(tied: readonly PartyIndex[], parties: readonly Label[], ties: Exclude<ApportionmentTies, 'report'>): PartyIndex[] {
  const sorted = [...tied].sort((a, b) => a - b);
  if (ties === 'lexicographic') return sorted.sort((a, b) => compareLabels(parties[a]!, parties[b]!) || a - b);
  if (ties !== null && typeof ties === 'object' && 'order' in ties && Array.isArray(ties.order)) {
    const rank = new Map<PartyIndex, number>();
    ties.order.forEach((c, k) => {
      if (!rank.has(c)) rank.set(c, k);
    });
    const missing = sorted.find((c) => !rank.has(c));
    if (missing !== undefined) {
      throw new ValidationError(`the tie-break order does not list party ${missing}.`, { where: 'options.ties.order', fix: 'List every party index in the priority order.' });
    }
    return sorted.sort((a, b) => rank.get(a)! - rank.get(b)!);
  }
  if (ties !== null && typeof ties === 'object' && 'random' in ties) {
    const rng = createRng(ties.random);
    for (let k = sorted.length - 1; k > 0; k--) {
      const j = rng.int(k + 1);
      [sorted[k], sorted[j]] = [sorted[j]!, sorted[k]!];
    }
    return sorted;
  }
  throw new ValidationError(`unknown tie handling ${JSON.stringify(ties)}.`, {
    where: 'options.ties',
    fix: 'Use "report", "lexicographic", { order: [party indices] } or { random: seed }.',
  });
}

function chooseParties(
  tied: readonly PartyIndex[],
  k: number,
  parties: readonly Label[],
  ties: Exclude<ApportionmentTies, 'report'>,
): { chosen: PartyIndex[]; record: ApportionmentTiebreakRecord } {
  const chosen = rankByTiebreak(tied, parties, ties).slice(0, k);
  const rule = ties === 'lexicographic' ? 'lexicographic' : 'order' in ties ? 'order' : 'random';
  const record: ApportionmentTiebreakRecord = Object.freeze({
    rule,
    among: Object.freeze([...tied].sort((a, b) => a - b)),
    chosen: Object.freeze([...chosen].sort((a, b) => a - b)),
    ...(rule === 'random' ? { seed: (ties as { random: string | number }).random } : {}),
  });
  return { chosen, record };
}
