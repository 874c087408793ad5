import type { Rational } from '@plural/core';

/**
 * A profitable misreport: agent `agent` at `truthful` reports `misreport` instead and its (expected)
 * cost falls from `truthfulCost` to `misreportCost`. Re-running the mechanism on both profiles shows it.
 */
export interface MisreportWitness {
  readonly agent: number;
  readonly truthful: Rational;
  readonly misreport: Rational;
  readonly truthfulCost: Rational;
  readonly misreportCost: Rational;
}

/**
 * The verdict of an axiom checker on one profile: `holds`, and when it does not, a `witness` (for
 * strategyproofness a {@link MisreportWitness}; for fairness axioms the violated group, its bound and
 * the distance it got) and a one-line `explanation` in words.
 */
export interface PropertyCheck<W = unknown> {
  readonly property: string;
  readonly holds: boolean;
  readonly witness?: W;
  readonly explanation?: string;
}
