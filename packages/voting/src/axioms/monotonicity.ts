import { ValidationError, type CandidateIndex } from '@plural/core';
import { refs } from './citations.js';
import { defineAxiom } from './define.js';
import { ballotText, classIndex, completed, isLinear, replaceVoters, type Groups } from './profile-ops.js';
import type { AxiomOptions } from './types.js';

/**
 * Monotonicity axioms: raising a winner (or lowering a loser) in one ballot must not hurt it (help it).
 * Definitions follow pref_voting's `monotonicity_axioms`.
 */

/**
 * One step up for candidate c: in strict mode c swaps with the candidate above; in tie mode a tied c
 * leaves its class to sit just above it, and an untied c joins the class above (so two steps pass one
 * class, as pref_voting counts positions in rankings with ties).
 */
function stepUp(b: Groups, c: CandidateIndex, tieSteps: boolean): Groups | undefined {
  const k = b.findIndex((g) => g.includes(c));
  const g = b[k]!;
  if (!tieSteps) {
    if (k === 0) return undefined;
    return [...b.slice(0, k - 1), [c], b[k - 1]!, ...b.slice(k + 1)];
  }
  if (g.length > 1) return [...b.slice(0, k), [c], g.filter((x) => x !== c), ...b.slice(k + 1)];
  if (k === 0) return undefined;
  return [...b.slice(0, k - 1), [...b[k - 1]!, c].sort((x, y) => x - y), ...b.slice(k + 1)];
}

/** One step down, symmetric to {@link stepUp}. */
function stepDown(b: Groups, c: CandidateIndex, tieSteps: boolean): Groups | undefined {
  const reversed = [...b].reverse();
  const up = stepUp(reversed, c, tieSteps);
  return up === undefined ? undefined : [...up].reverse();
}

export interface MonotonicityOptions extends AxiomOptions {
  /** Which moves to try: lifting winners, dropping losers, or both (default; each is the other read backwards). */
  readonly direction?: 'lift' | 'drop' | 'both';
  /** Only moves of one position (pref_voting's `one_rank_monotonicity`). */
  readonly oneRank?: boolean;
  /**
   * Also count as a violation a lift after which the winner still wins but with more co-winners (its
   * even-chance probability drops), and symmetrically for drops (pref_voting's `check_probabilities`).
   */
  readonly checkProbabilities?: boolean;
  /** Move through tied positions (half steps) as pref_voting does for ballots with ties (default: when the profile has a non-linear ballot). */
  readonly tieSteps?: boolean;
}

function direction(options: { direction?: unknown }): 'lift' | 'drop' | 'both' {
  const d = options.direction ?? 'both';
  if (d !== 'lift' && d !== 'drop' && d !== 'both') throw new ValidationError(`unknown direction ${JSON.stringify(d)}.`, { where: 'options.direction', fix: 'Use "lift", "drop" or "both".' });
  return d;
}

/**
 * Monotonicity: if a winner is moved up in one voter's ballot (by any number of positions), it still
 * wins; equivalently a loser moved down still loses.
 *
 * @example
 * monotonicityAxiom(votingMethod('instant-runoff'), profile, { maxViolations: 1 }).violations[0]?.explanation;
 */
export const monotonicityAxiom = defineAxiom<MonotonicityOptions>(
  {
    id: 'monotonicity',
    name: 'Monotonicity',
    aliases: ['Monotonicity', 'monotonicity', 'One-Rank Monotonicity', 'monotonicity-criterion', 'mono-raise'],
    prefVotingName: 'Monotonicity',
    family: 'monotonicity',
    definition: 'A violation is a winner who loses after one voter moves it up, or a loser who wins after one voter moves it down.',
    citations: [refs.fishburn1982, refs.smith1973],
    inputs: ['ballots'],
  },
  (ctx, options) => {
    const dir = direction(options);
    const tieSteps = options.tieSteps ?? !isLinear(ctx.prof);
    const W = ctx.winners;
    const ballots = ctx.prof.ballots.map((b) => completed(b, ctx.m));
    const tryMoves = (c: CandidateIndex, up: boolean, violated: (after: readonly CandidateIndex[]) => boolean, verb: string): void => {
      ballots.forEach((b, i) => {
        let current: Groups | undefined = b;
        for (let step = 1; ; step++) {
          current = up ? stepUp(current, c, tieSteps) : stepDown(current, c, tieSteps);
          if (current === undefined) break;
          const after = ctx.evaluate(replaceVoters(ctx.prof, i, current));
          if (after !== undefined && violated(after.winners)) {
            ctx.report(`${verb} ${ctx.text([c])} ${step} position${step === 1 ? '' : 's'} in a ballot ${ballotText(b, ctx.labels)} (now ${ballotText(current, ctx.labels)}) changes the winners from ${ctx.text(W)} to ${ctx.text(after.winners)}.`, [c], [
              ['profile', ctx.original],
              [`${verb.toLowerCase()} ${String(ctx.labels[c])} in one ballot`, after],
            ]);
          }
          if (options.oneRank) break;
        }
      });
    };
    if (dir !== 'drop') {
      for (const w of W) tryMoves(w, true, (after) => !after.includes(w) || (options.checkProbabilities === true && after.length > W.length), 'Lifting');
    }
    if (dir !== 'lift') {
      for (let l = 0; l < ctx.m; l++) {
        if (!W.includes(l)) tryMoves(l, false, (after) => after.includes(l), 'Dropping');
        else if (options.checkProbabilities) tryMoves(l, false, (after) => after.includes(l) && after.length < W.length, 'Dropping');
      }
    }
  },
);

export interface WeakPositiveResponsivenessOptions extends AxiomOptions {
  /** Lift winners from last to first, drop candidates from first to last, or both (default). */
  readonly direction?: 'lift' | 'drop' | 'both';
}

/**
 * Weak positive responsiveness (Holliday & Pacuit): if a winner A is ranked last by some voter and that
 * voter moves A to first place, A becomes the unique winner; equivalently, moving a non-unique winner
 * or a loser from first to last place makes it lose.
 */
export const weakPositiveResponsivenessAxiom = defineAxiom<WeakPositiveResponsivenessOptions>(
  {
    id: 'weak-positive-responsiveness',
    name: 'Weak Positive Responsiveness',
    aliases: ['Weak Positive Responsiveness', 'weak_positive_responsiveness'],
    prefVotingName: 'Weak Positive Responsiveness',
    family: 'monotonicity',
    definition: 'A violation is a winner ranked last by a voter who, moving it to first place, does not make it the unique winner (or the reverse move by a voter ranking a candidate first that leaves it winning).',
    citations: [refs.hollidayPacuitMay],
    inputs: ['ballots'],
  },
  (ctx, options) => {
    const dir = direction(options);
    const W = ctx.winners;
    const ballots = ctx.prof.ballots.map((b) => completed(b, ctx.m));
    ballots.forEach((b, i) => {
      const rank = classIndex(b, ctx.m);
      const last = b.length - 1;
      for (let c = 0; c < ctx.m; c++) {
        const without = b.map((g) => g.filter((x) => x !== c)).filter((g) => g.length > 0);
        if (dir !== 'drop' && W.includes(c) && rank[c] === last && rank[c] !== 0) {
          const lifted: Groups = [[c], ...without];
          const after = ctx.evaluate(replaceVoters(ctx.prof, i, lifted));
          if (after !== undefined && !(after.winners.length === 1 && after.winners[0] === c)) {
            ctx.report(`Moving the winner ${ctx.text([c])} from last to first in a ballot ${ballotText(b, ctx.labels)} leaves the winners ${ctx.text(after.winners)}.`, [c], [
              ['profile', ctx.original],
              [`${String(ctx.labels[c])} moved to first in one ballot`, after],
            ]);
          }
        }
        if (dir !== 'lift' && (!W.includes(c) || W.length > 1) && rank[c] === 0 && rank[c] !== last) {
          const dropped: Groups = [...without, [c]];
          const after = ctx.evaluate(replaceVoters(ctx.prof, i, dropped));
          if (after !== undefined && after.winners.includes(c)) {
            ctx.report(`Moving ${ctx.text([c])} from first to last in a ballot ${ballotText(b, ctx.labels)} leaves it among the winners ${ctx.text(after.winners)}.`, [c], [
              ['profile', ctx.original],
              [`${String(ctx.labels[c])} moved to last in one ballot`, after],
            ]);
          }
        }
      }
    });
  },
);
