import { ValidationError } from '../errors/errors.js';
import { Rational, type RationalLike } from '../rational/rational.js';
import type { Rng } from '../random/rng.js';

/** One outcome of a lottery with its exact probability. */
export interface LotteryEntry<T> {
  readonly outcome: T;
  readonly probability: Rational;
}

/** A probability distribution over finitely many outcomes, with exact rational probabilities summing to 1. */
export interface Lottery<T> {
  readonly kind: 'lottery';
  readonly entries: readonly LotteryEntry<T>[];
}

/**
 * A validated, frozen lottery. Probabilities are converted exactly (`"1/3"` is one third; pass strings or
 * Rationals, not rounded floats), must be ≥ 0 and must sum to exactly 1. Entries with probability 0 are
 * dropped.
 *
 * @example
 * lottery([{ outcome: 'a', probability: '1/3' }, { outcome: 'b', probability: '2/3' }]);
 */
export function lottery<T>(entries: readonly { outcome: T; probability: RationalLike }[]): Lottery<T> {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new ValidationError('a lottery needs at least one outcome.', { where: 'entries' });
  }
  const out: LotteryEntry<T>[] = [];
  let total = Rational.ZERO;
  entries.forEach((e, i) => {
    const p = Rational.from(e.probability, `entries[${i}].probability`);
    if (p.sign() < 0) {
      throw new ValidationError(`probability ${p} is negative.`, { where: `entries[${i}].probability`, code: 'negative-value' });
    }
    total = total.add(p);
    if (!p.isZero()) out.push(Object.freeze({ outcome: e.outcome, probability: p }));
  });
  if (!total.equals(Rational.ONE)) {
    throw new ValidationError(`the probabilities sum to ${total}, not 1.`, {
      where: 'entries',
      fix: 'Give exact probabilities (strings "p/q" or Rationals) that add up to exactly 1.',
    });
  }
  return Object.freeze({ kind: 'lottery' as const, entries: Object.freeze(out) });
}

/** The lottery that gives `outcome` with probability 1. */
export function degenerateLottery<T>(outcome: T): Lottery<T> {
  return lottery([{ outcome, probability: Rational.ONE }]);
}

/** The uniform lottery over the given outcomes. */
export function uniformLottery<T>(outcomes: readonly T[]): Lottery<T> {
  if (outcomes.length === 0) throw new ValidationError('a lottery needs at least one outcome.', { where: 'outcomes' });
  const p = Rational.of(1, outcomes.length);
  return lottery(outcomes.map((outcome) => ({ outcome, probability: p })));
}

/** Exact expected value of a rational-valued function of the outcome. */
export function expectation<T>(l: Lottery<T>, value: (outcome: T) => RationalLike): Rational {
  return Rational.sum(l.entries.map((e) => e.probability.mul(Rational.from(value(e.outcome)))));
}

/** Draws one outcome with the given generator. */
export function sampleLottery<T>(l: Lottery<T>, rng: Rng): T {
  const weights = l.entries.map((e) => e.probability.toNumber());
  return l.entries[rng.weightedIndex(weights)]!.outcome;
}

/**
 * Merges entries whose outcomes have the same key (default: JSON of the outcome), adding their
 * probabilities; order of first appearance is kept.
 */
export function mergeLottery<T>(l: Lottery<T>, key: (outcome: T) => string = (o) => JSON.stringify(o)): Lottery<T> {
  const index = new Map<string, number>();
  const merged: { outcome: T; probability: Rational }[] = [];
  for (const e of l.entries) {
    const k = key(e.outcome);
    const at = index.get(k);
    if (at === undefined) {
      index.set(k, merged.length);
      merged.push({ outcome: e.outcome, probability: e.probability });
    } else merged[at]!.probability = merged[at]!.probability.add(e.probability);
  }
  return lottery(merged);
}
