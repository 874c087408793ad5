import { ValidationError, type CandidateIndex } from '@plural/core';
import { smithSet } from '../graph/smith-set.js';
import { refs } from './citations.js';
import { defineAxiom, type CheckContext, type Evaluated } from './define.js';
import { classIndex, marginMatrix, sameSet, subsets, supportMatrix, voterCount, type Prof } from './profile-ops.js';
import type { AxiomOptions } from './types.js';

/**
 * Variable-candidate axioms: how the winners may change when a candidate leaves the election. The rule
 * runs on the sub-profile without the candidate (every ballot keeps its order on the others).
 * Definitions follow pref_voting's `variable_candidate_axioms`.
 */

/** The profiles a removal is shown by: the checked one and the one without candidate `c`. */
function removalShown(ctx: CheckContext, c: CandidateIndex, without: Evaluated, what = String(ctx.labels[c])): (readonly [string, Evaluated])[] {
  return [
    ['profile', ctx.original],
    [`without ${what}`, without],
  ];
}

/** The candidates among `cs` whose removal changes the winners, with the winners without them. */
function* changingRemovals(ctx: CheckContext, cs: readonly CandidateIndex[]): Generator<{ c: CandidateIndex; without: Evaluated }> {
  for (const c of cs) {
    const without = ctx.evaluateWithout([c]);
    if (without !== undefined && !sameSet(without.winners, ctx.winners)) yield { c, without };
  }
}

export interface StabilityOptions extends AxiomOptions {
  /** Also when A only ties B head to head (pref_voting's `strong_stability` / `strong_immunity`). */
  readonly strong?: boolean;
}

/**
 * The pairs of a loser A and a candidate B (not a winner, with `losersOnly`) that A beats head to head
 * (or ties, with `strong`) such that A wins once B is removed, with that margin and those winners.
 */
function* winsWithoutBeaten(ctx: CheckContext, options: StabilityOptions, losersOnly: boolean): Generator<{ a: CandidateIndex; b: CandidateIndex; margin: number; without: Evaluated }> {
  const margins = marginMatrix(ctx.prof, ctx.unranked);
  for (let a = 0; a < ctx.m; a++) {
    if (ctx.winners.includes(a)) continue;
    for (let b = 0; b < ctx.m; b++) {
      if (b === a || (losersOnly && ctx.winners.includes(b)) || !(margins[a]![b]! > 0 || (options.strong === true && margins[a]![b] === 0))) continue;
      const without = ctx.evaluateWithout([b]);
      if (without !== undefined && without.winners.includes(a)) yield { a, b, margin: margins[a]![b]!, without };
    }
  }
}

/**
 * Stability for winners (Holliday & Pacuit 2023): if A wins without B and A beats B head to head,
 * A still wins when B is added.
 */
export const stabilityForWinnersAxiom = defineAxiom<StabilityOptions>(
  {
    id: 'stability-for-winners',
    name: 'Stability for Winners',
    aliases: ['Stability for Winners', 'stability_for_winners'],
    prefVotingName: 'Stability for Winners',
    family: 'variable-candidate',
    definition: 'A violation is a loser A that wins once some B is removed although A beats B head to head.',
    citations: [refs.hollidayPacuit2023],
    inputs: ['margins', 'candidates'],
  },
  (ctx, options) => {
    for (const { a, b, margin, without } of winsWithoutBeaten(ctx, options, false)) {
      ctx.report(`${ctx.text([a])} wins without ${ctx.text([b])} and beats ${ctx.text([b])} head to head (margin ${margin}), but loses when ${ctx.text([b])} runs.`, [a, b], removalShown(ctx, b, without));
    }
  },
);

/**
 * Immunity to spoilers (Holliday & Pacuit 2023): if A wins without B and A beats B head to head, adding
 * B does not make both A and B lose.
 */
export const immunityToSpoilersAxiom = defineAxiom<StabilityOptions>(
  {
    id: 'immunity-to-spoilers',
    name: 'Immunity to Spoilers',
    aliases: ['Immunity to Spoilers', 'immunity_to_spoilers'],
    prefVotingName: 'Immunity to Spoilers',
    family: 'variable-candidate',
    definition: 'A violation is two losers A and B such that A beats B head to head and A wins once B is removed.',
    citations: [refs.hollidayPacuit2023],
    inputs: ['margins', 'candidates'],
  },
  (ctx, options) => {
    for (const { a, b, without } of winsWithoutBeaten(ctx, options, true)) {
      ctx.report(`${ctx.text([a])} wins without ${ctx.text([b])} and beats it head to head, but both lose when ${ctx.text([b])} runs (a spoiler).`, [a, b], removalShown(ctx, b, without));
    }
  },
);

/** Independence of Smith-dominated alternatives (Schulze 2011): removing a candidate outside the Smith set does not change the winners. */
export const isdaAxiom = defineAxiom(
  {
    id: 'isda',
    name: 'Independence of Smith-Dominated Alternatives',
    aliases: ['Independence of Smith-Dominated Alternatives', 'ISDA', 'independence-of-smith-dominated-alternatives'],
    prefVotingName: 'Independence of Smith-Dominated Alternatives',
    family: 'variable-candidate',
    definition: 'A violation is a candidate outside the Smith set whose removal changes the winners.',
    citations: [refs.schulze2011],
    inputs: ['margins', 'candidates'],
  },
  (ctx) => {
    const smith = smithSet(marginMatrix(ctx.prof, ctx.unranked));
    const dominated = Array.from({ length: ctx.m }, (_, c) => c).filter((c) => !smith.includes(c));
    for (const { c, without } of changingRemovals(ctx, dominated)) {
      ctx.report(`${ctx.text([c])} is outside the Smith set ${ctx.text(smith)}, yet removing it changes the winners from ${ctx.text(ctx.winners)} to ${ctx.text(without.winners)}.`, [c], removalShown(ctx, c, without));
    }
  },
);

export interface IpdaOptions extends AxiomOptions {
  /** Strong Pareto dominance: some voter prefers B to A and none prefers A to B (default: every voter prefers B). */
  readonly strongPareto?: boolean;
}

/** The candidates Pareto-dominated by some other candidate. */
function paretoDominated(prof: Prof, unranked: 'bottom' | 'ignore', strong: boolean): CandidateIndex[] {
  const s = supportMatrix(prof, unranked);
  const n = voterCount(prof);
  const m = prof.candidates.length;
  const out: CandidateIndex[] = [];
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      if (a !== b && (strong ? s[b]![a]! > 0 && s[a]![b] === 0 : n > 0 && s[b]![a] === n)) {
        out.push(a);
        break;
      }
    }
  }
  return out;
}

/** Independence of Pareto-dominated alternatives: removing a Pareto-dominated candidate does not change the winners. */
export const ipdaAxiom = defineAxiom<IpdaOptions>(
  {
    id: 'ipda',
    name: 'Independence of Pareto-Dominated Alternatives',
    aliases: ['Independence of Pareto-Dominated Alternatives', 'IPDA', 'independence-of-pareto-dominated-alternatives'],
    prefVotingName: 'Independence of Pareto-Dominated Alternatives',
    family: 'variable-candidate',
    definition: 'A violation is a Pareto-dominated candidate whose removal changes the winners.',
    citations: [refs.schulze2011, refs.prefVoting],
    inputs: ['ballots', 'candidates'],
  },
  (ctx, options) => {
    for (const { c, without } of changingRemovals(ctx, paretoDominated(ctx.prof, ctx.unranked, options.strongPareto === true))) {
      ctx.report(`${ctx.text([c])} is Pareto-dominated, yet removing it changes the winners from ${ctx.text(ctx.winners)} to ${ctx.text(without.winners)}.`, [c], removalShown(ctx, c, without));
    }
  },
);

/**
 * The sets of clones in Tideman's sense: sets C with 2 ≤ |C| < m such that, in every ballot, each
 * candidate outside C is ranked strictly above all of C or strictly below all of C (unranked
 * candidates form the bottom class).
 */
export function cloneSets(prof: Prof): CandidateIndex[][] {
  const m = prof.candidates.length;
  const ranks = prof.ballots.map((b) => classIndex(b, m));
  return subsets(m, 2, m - 1).filter((set) =>
    ranks.every((rank) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const c of set) {
        lo = Math.min(lo, rank[c]!);
        hi = Math.max(hi, rank[c]!);
      }
      for (let d = 0; d < m; d++) if (!set.includes(d) && rank[d]! >= lo && rank[d]! <= hi) return false;
      return true;
    }),
  );
}

export interface ClonesOptions extends AxiomOptions {
  /**
   * `'NCIC'`: only "non-clone choice is independent of clones" (removing a clone does not change which
   * non-clones win); `'CIC'`: only "clone choice is independent of clones" (whether some clone wins);
   * `'all'` (default): both.
   */
  readonly conditions?: 'all' | 'NCIC' | 'CIC';
}

/**
 * Independence of clones (Tideman 1987): removing one member of a set of clones changes neither which
 * non-clones win nor whether some clone wins.
 */
export const independenceOfClonesAxiom = defineAxiom<ClonesOptions>(
  {
    id: 'independence-of-clones',
    name: 'Independence of Clones',
    aliases: ['Independence of Clones', 'independence_of_clones', 'clone-independence', 'ioc'],
    prefVotingName: 'Independence of Clones',
    family: 'variable-candidate',
    definition: 'A violation is a set of clones and a clone c whose removal changes which non-clones win, or whether some clone wins.',
    citations: [refs.tideman1987],
    inputs: ['ballots', 'candidates'],
  },
  (ctx, options) => {
    const conditions = options.conditions ?? 'all';
    if (conditions !== 'all' && conditions !== 'NCIC' && conditions !== 'CIC') {
      throw new ValidationError(`unknown conditions ${JSON.stringify(conditions)}.`, { where: 'options.conditions', fix: 'Use "all", "NCIC" or "CIC".' });
    }
    for (const clones of cloneSets(ctx.prof)) {
      for (const c of clones) {
        const without = ctx.evaluateWithout([c]);
        if (without === undefined) continue;
        const shown = removalShown(ctx, c, without, `the clone ${String(ctx.labels[c])}`);
        if (conditions !== 'CIC') {
          const changed = [];
          for (let n = 0; n < ctx.m; n++) if (!clones.includes(n) && ctx.winners.includes(n) !== without.winners.includes(n)) changed.push(n);
          if (changed.length > 0) {
            ctx.report(`Removing the clone ${ctx.text([c])} of ${ctx.text(clones)} changes whether the non-clones ${ctx.text(changed)} win (winners ${ctx.text(ctx.winners)} → ${ctx.text(without.winners)}).`, [c, ...changed], shown);
          }
        }
        if (conditions !== 'NCIC') {
          const before = ctx.winners.some((w) => clones.includes(w));
          const after = without.winners.some((w) => clones.includes(w));
          if (before !== after) {
            ctx.report(`Removing the clone ${ctx.text([c])} of ${ctx.text(clones)} changes whether a clone wins (winners ${ctx.text(ctx.winners)} → ${ctx.text(without.winners)}).`, [c], shown);
          }
        }
      }
    }
  },
);
