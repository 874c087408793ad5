import { ValidationError, type UnrankedPolicy } from '@plural/core';
import { refs } from './citations.js';
import { defineAxiom, type CheckContext } from './define.js';
import { ballotKey, ballotText, castableBallots, replaceVoters, type Groups } from './profile-ops.js';
import { checkSetPreference, prefersSet, type SetPreference } from './set-preference.js';
import type { AxiomOptions } from './types.js';

/**
 * Strategic axioms: a voter must not gain by misreporting (strategy-proofness) or by truncating the
 * ballot (later-no-harm, earlier-no-help). Definitions follow pref_voting's `strategic_axioms`.
 */

export interface StrategyProofnessOptions extends AxiomOptions {
  /** How the voter compares winner sets (default `'single-winner'`). */
  readonly setPreference?: SetPreference;
  /** The ballots the voter may switch to: linear orders (default for linear profiles) or all weak orders. */
  readonly ballots?: 'linear' | 'weak';
}

/**
 * Strategy-proofness (Gibbard 1973, Satterthwaite 1975): no voter can get winners they prefer (by the set
 * preference, Taylor 2005) by casting another ballot.
 *
 * @example
 * strategyProofnessAxiom(votingMethod('borda'), profile, { setPreference: 'optimist', maxViolations: 1 });
 */
export const strategyProofnessAxiom = defineAxiom<StrategyProofnessOptions>(
  {
    id: 'strategy-proofness',
    name: 'Strategy Proofness',
    aliases: ['Strategy Proofness', 'strategy_proofness', 'Strategy-Proofness', 'non-manipulability', 'manipulation'],
    prefVotingName: 'Strategy Proofness',
    family: 'strategic',
    definition: 'A violation is a voter who, by casting a different ballot, obtains winners they prefer by their sincere ballot.',
    citations: [refs.gibbard1973, refs.satterthwaite1975, refs.taylor2005],
    inputs: ['ballots'],
  },
  (ctx, options) => {
    const pref = checkSetPreference(options.setPreference, 'options.setPreference');
    const W = ctx.winners;
    if (pref === 'single-winner' && W.length > 1) return;
    const alternatives = castableBallots(ctx.prof, options.ballots);
    ctx.prof.ballots.forEach((sincere, i) => {
      const key = ballotKey(sincere);
      for (const lie of alternatives) {
        if (ballotKey(lie) === key) continue;
        const after = ctx.evaluate(replaceVoters(ctx.prof, i, lie));
        if (after !== undefined && prefersSet(sincere, ctx.m, after.winners, W, pref)) {
          ctx.report(`A voter with sincere ballot ${ballotText(sincere, ctx.labels)} casting ${ballotText(lie, ctx.labels)} turns the winners ${ctx.text(W)} into ${ctx.text(after.winners)}, which they prefer (${pref}).`, after.winners, [
            ['profile', ctx.original],
            ['after the manipulation', after],
          ]);
        }
      }
    });
  },
);

export interface TruncationStrategyOptions extends AxiomOptions {
  /** How many voters with the same ballot truncate together (default 1). */
  readonly coalitionSize?: number;
  /** Only judge profiles with a single winner before and after (pref_voting's `require_resoluteness`). */
  readonly requireResoluteness?: boolean;
  /**
   * How the candidates a truncated ballot leaves out compare in the modified profile. Default
   * `'ignore'`: pref_voting builds the truncated profile without extended strict preference.
   */
  readonly truncatedUnranked?: UnrankedPolicy;
}

function truncationCheck(ctx: CheckContext, options: TruncationStrategyOptions, kind: 'later' | 'earlier'): void {
  const k = options.coalitionSize ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new ValidationError(`coalitionSize ${String(k)} is not a whole number ≥ 1.`, { where: 'options.coalitionSize', fix: 'Give a whole number ≥ 1.' });
  const W = ctx.winners;
  if (options.requireResoluteness && W.length !== 1) return;
  const policy = options.truncatedUnranked ?? 'ignore';
  ctx.prof.ballots.forEach((ballot, i) => {
    if (ctx.prof.counts[i]! < k) return;
    for (let j = 1; j < ballot.length; j++) {
      const truncated: Groups = kind === 'later' ? ballot.slice(0, j) : ballot.slice(ballot.length - j);
      const ranked = truncated.flat();
      const after = ctx.evaluate(replaceVoters(ctx.prof, i, truncated, k), policy);
      if (after === undefined || (options.requireResoluteness && after.winners.length !== 1)) continue;
      const hit = kind === 'later' ? after.winners.filter((c) => ranked.includes(c) && !W.includes(c)) : W.filter((c) => ranked.includes(c) && !after.winners.includes(c));
      if (hit.length === 0) continue;
      const who = k === 1 ? 'a voter' : `${k} voters`;
      ctx.report(
        kind === 'later'
          ? `${ctx.text(hit)} go from losing to winning when ${who} with ballot ${ballotText(ballot, ctx.labels)} truncate${k === 1 ? 's' : ''} it to ${ballotText(truncated, ctx.labels)} (winners ${ctx.text(W)} → ${ctx.text(after.winners)}).`
          : `${ctx.text(hit)} go from winning to losing when ${who} with ballot ${ballotText(ballot, ctx.labels)} drop${k === 1 ? 's' : ''} the top and keep${k === 1 ? 's' : ''} ${ballotText(truncated, ctx.labels)} (winners ${ctx.text(W)} → ${ctx.text(after.winners)}).`,
        hit,
        [
          ['profile', ctx.original],
          ['after truncation', after],
        ],
      );
    }
  });
}

/**
 * Later-no-harm (Woodall 1997): a voter truncating the bottom of the ballot cannot make a candidate it
 * still ranks go from losing to winning (read backwards: ranking more candidates below cannot hurt
 * the ones above).
 */
export const laterNoHarmAxiom = defineAxiom<TruncationStrategyOptions>(
  {
    id: 'later-no-harm',
    name: 'Later No Harm',
    aliases: ['Later No Harm', 'later_no_harm', 'Later-no-harm', 'LNH'],
    prefVotingName: 'Later No Harm',
    family: 'strategic',
    definition: 'A violation is a ballot whose bottom truncation makes a candidate it still ranks go from losing to winning.',
    citations: [refs.woodall1997],
    inputs: ['ballots', 'truncated'],
  },
  (ctx, options) => truncationCheck(ctx, options, 'later'),
);

/**
 * Earlier-no-help (Woodall 1997): a voter dropping the top of the ballot cannot make a candidate it
 * still ranks go from winning to losing (read backwards: ranking more candidates above cannot help the
 * ones below).
 */
export const earlierNoHelpAxiom = defineAxiom<TruncationStrategyOptions>(
  {
    id: 'earlier-no-help',
    name: 'Earlier No Help',
    aliases: ['Earlier No Help', 'earlier_no_help', 'Earlier-no-help', 'ENH'],
    prefVotingName: 'Earlier No Help',
    family: 'strategic',
    definition: 'A violation is a ballot whose top truncation makes a candidate it still ranks go from winning to losing.',
    citations: [refs.woodall1997],
    inputs: ['ballots', 'truncated'],
  },
  (ctx, options) => truncationCheck(ctx, options, 'earlier'),
);
