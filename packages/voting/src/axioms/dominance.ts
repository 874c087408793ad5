import { condorcetLoser, condorcetWinner } from '../graph/dominance.js';
import { schwartzSet, smithSet } from '../graph/smith-set.js';
import { refs } from './citations.js';
import { defineAxiom } from './define.js';
import { marginMatrix, supportMatrix, voterCount } from './profile-ops.js';
import type { AxiomOptions } from './types.js';

/**
 * Dominance axioms: the winners must respect a dominance relation read off the one profile (no
 * neighbourhood). Definitions follow pref_voting's `dominance_axioms` (Holliday & Pacuit).
 */

export interface ParetoOptions extends AxiomOptions {
  /** Strong Pareto: b dominates a when some voter prefers b to a and none prefers a to b (default false: every voter prefers b). */
  readonly strongPareto?: boolean;
}

/**
 * Pareto dominance: no winner is Pareto-dominated, i.e. no winner w has a candidate c that every voter
 * strictly prefers to w (with `strongPareto`: that some voter prefers to w and no voter ranks below w).
 *
 * @example
 * paretoDominanceAxiom(votingMethod('plurality'), profile).satisfied; // true
 */
export const paretoDominanceAxiom = defineAxiom<ParetoOptions>(
  {
    id: 'pareto-dominance',
    name: 'Pareto Dominance',
    aliases: ['Pareto Dominance Criterion', 'pareto_dominance', 'pareto', 'Pareto Criterion', 'pareto-efficiency'],
    prefVotingName: 'Pareto Dominance Criterion',
    family: 'dominance',
    definition: 'A violation is a winner w and a candidate c that every voter strictly prefers to w.',
    citations: [refs.prefVoting],
    inputs: ['ballots'],
  },
  (ctx, options) => {
    const support = supportMatrix(ctx.prof, ctx.unranked);
    const n = voterCount(ctx.prof);
    for (const w of ctx.winners) {
      for (let c = 0; c < ctx.m; c++) {
        const dominated = options.strongPareto ? support[c]![w]! > 0 && support[w]![c]! === 0 : c !== w && support[c]![w]! === n && n > 0;
        if (dominated) {
          ctx.report(`The winner ${ctx.text([w])} is Pareto-dominated by ${ctx.text([c])}.`, [w, c], [['profile', ctx.original]]);
        }
      }
    }
  },
);

export interface CondorcetWinnerOptions extends AxiomOptions {
  /** Only judge profiles where the rule has a single winner (pref_voting's `only_resolute`). */
  readonly onlyResolute?: boolean;
}

/**
 * Condorcet winner criterion: when a candidate beats every other one head to head (positive margin),
 * it is the unique winner.
 */
export const condorcetWinnerAxiom = defineAxiom<CondorcetWinnerOptions>(
  {
    id: 'condorcet-winner',
    name: 'Condorcet Winner',
    aliases: ['Condorcet Winner', 'condorcet_winner', 'condorcet-criterion', 'condorcet-consistency'],
    prefVotingName: 'Condorcet Winner',
    family: 'dominance',
    definition: 'A violation is a profile with a Condorcet winner that is not the unique winner.',
    citations: [refs.condorcet1785],
    inputs: ['margins'],
  },
  (ctx, options) => {
    if (options.onlyResolute && ctx.winners.length !== 1) return;
    const cw = condorcetWinner(marginMatrix(ctx.prof, ctx.unranked));
    if (cw !== undefined && !(ctx.winners.length === 1 && ctx.winners[0] === cw)) {
      ctx.report(`${ctx.text([cw])} is the Condorcet winner but the winners are ${ctx.text(ctx.winners)}.`, [cw], [['profile', ctx.original]]);
    }
  },
);

/** Condorcet loser criterion: a candidate that loses head to head to every other one never wins. */
export const condorcetLoserAxiom = defineAxiom(
  {
    id: 'condorcet-loser',
    name: 'Condorcet Loser',
    aliases: ['Condorcet Loser', 'condorcet_loser', 'condorcet-loser-criterion'],
    prefVotingName: 'Condorcet Loser',
    family: 'dominance',
    definition: 'A violation is a Condorcet loser (beaten head to head by every other candidate) among the winners.',
    citations: [refs.condorcet1785],
    inputs: ['margins'],
  },
  (ctx) => {
    const cl = condorcetLoser(marginMatrix(ctx.prof, ctx.unranked));
    if (cl !== undefined && ctx.winners.includes(cl)) {
      ctx.report(`The Condorcet loser ${ctx.text([cl])} is a winner.`, [cl], [['profile', ctx.original]]);
    }
  },
);

/** Smith criterion: every winner is in the Smith set (the smallest set beating or tying everyone outside). */
export const smithAxiom = defineAxiom(
  {
    id: 'smith',
    name: 'Smith',
    aliases: ['Smith', 'smith-criterion', 'Smith Criterion', 'smith_criterion'],
    prefVotingName: 'Smith',
    family: 'dominance',
    definition: 'A violation is a winner outside the Smith set.',
    citations: [refs.smith1973],
    inputs: ['margins'],
  },
  (ctx) => {
    const smith = smithSet(marginMatrix(ctx.prof, ctx.unranked));
    const outside = ctx.winners.filter((w) => !smith.includes(w));
    if (outside.length > 0) ctx.report(`The winners ${ctx.text(outside)} are outside the Smith set ${ctx.text(smith)}.`, outside, [['profile', ctx.original]]);
  },
);

/** Schwartz criterion: every winner is in the Schwartz set (the union of minimal sets no outsider beats). */
export const schwartzAxiom = defineAxiom(
  {
    id: 'schwartz',
    name: 'Schwartz',
    aliases: ['Schwartz', 'schwartz-criterion', 'Schwartz Criterion', 'schwartz_criterion'],
    prefVotingName: 'Schwartz',
    family: 'dominance',
    definition: 'A violation is a winner outside the Schwartz set.',
    citations: [refs.schwartz1986],
    inputs: ['margins'],
  },
  (ctx) => {
    const schwartz = schwartzSet(marginMatrix(ctx.prof, ctx.unranked));
    const outside = ctx.winners.filter((w) => !schwartz.includes(w));
    if (outside.length > 0) ctx.report(`The winners ${ctx.text(outside)} are outside the Schwartz set ${ctx.text(schwartz)}.`, outside, [['profile', ctx.original]]);
  },
);
