import { refs } from './citations.js';
import { defineAxiom } from './define.js';
import { completed, makeProf } from './profile-ops.js';

/** Other axioms of pref_voting (`other_axioms`). */

/**
 * Reversal symmetry (Saari 1994; Schulze 2011): a unique winner does not also win when every ballot is
 * reversed (unranked candidates form the bottom class before reversing).
 */
export const reversalSymmetryAxiom = defineAxiom(
  {
    id: 'reversal-symmetry',
    name: 'Reversal Symmetry',
    aliases: ['Reversal Symmetry', 'reversal_symmetry'],
    prefVotingName: 'Reversal Symmetry',
    family: 'other',
    definition: 'A violation is a unique winner that is also a winner once every ballot is reversed.',
    citations: [refs.saari1994, refs.schulze2011],
    inputs: ['ballots'],
  },
  (ctx) => {
    if (ctx.m < 2 || ctx.winners.length !== 1) return;
    const x = ctx.winners[0]!;
    const reversed = makeProf(ctx.labels, ctx.prof.ballots.map((b) => [...completed(b, ctx.m)].reverse()), ctx.prof.counts);
    const after = ctx.evaluate(reversed);
    if (after !== undefined && after.winners.includes(x)) {
      ctx.report(`${ctx.text([x])} is the unique winner, and still a winner when every ballot is reversed (${ctx.text(after.winners)}).`, [x], [
        ['profile', ctx.original],
        ['every ballot reversed', after],
      ]);
    }
  },
);
