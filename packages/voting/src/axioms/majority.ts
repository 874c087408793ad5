import type { CandidateIndex } from '@plural/core';
import { refs } from './citations.js';
import { defineAxiom } from './define.js';
import { classIndex, completed, makeProf, permutations, sameSet, subsets, voterCount } from './profile-ops.js';

/**
 * Classical criteria pref_voting does not check but the literature uses with them: the majority
 * criteria (Woodall 1997), independence of losing candidates (Arrow's condition for choice) and
 * neutrality (May 1952). Ties and unranked candidates: "first" and "last" mean alone in the top or
 * bottom class of the (completed) ballot.
 */

/** Majority criterion: a candidate ranked uniquely first by more than half of the voters is the unique winner. */
export const majorityAxiom = defineAxiom(
  {
    id: 'majority',
    name: 'Majority',
    aliases: ['majority-criterion', 'Majority Criterion', 'majority_criterion'],
    family: 'dominance',
    definition: 'A violation is a candidate ranked uniquely first by more than half of the voters that is not the unique winner.',
    citations: [refs.may1952, refs.woodall1997],
    inputs: ['ballots'],
  },
  (ctx) => {
    const n = voterCount(ctx.prof);
    const firsts = new Array<number>(ctx.m).fill(0);
    ctx.prof.ballots.forEach((b, i) => {
      if (b[0]?.length === 1) firsts[b[0][0]!]! += ctx.prof.counts[i]!;
    });
    firsts.forEach((f, c) => {
      if (2 * f > n && !(ctx.winners.length === 1 && ctx.winners[0] === c)) {
        ctx.report(`${ctx.text([c])} is ranked first by ${f} of ${n} voters but the winners are ${ctx.text(ctx.winners)}.`, [c], [['profile', ctx.original]]);
      }
    });
  },
);

/** Majority loser criterion: a candidate ranked uniquely last by more than half of the voters does not win. */
export const majorityLoserAxiom = defineAxiom(
  {
    id: 'majority-loser',
    name: 'Majority Loser',
    aliases: ['majority-loser-criterion', 'Majority Loser Criterion', 'majority_loser'],
    family: 'dominance',
    definition: 'A violation is a winner ranked uniquely last by more than half of the voters.',
    citations: [refs.woodall1997],
    inputs: ['ballots'],
  },
  (ctx) => {
    const n = voterCount(ctx.prof);
    const lasts = new Array<number>(ctx.m).fill(0);
    ctx.prof.ballots.forEach((b, i) => {
      const full = completed(b, ctx.m);
      const last = full[full.length - 1];
      if (full.length > 1 && last?.length === 1) lasts[last[0]!]! += ctx.prof.counts[i]!;
    });
    for (const w of ctx.winners) {
      if (2 * lasts[w]! > n) ctx.report(`The winner ${ctx.text([w])} is ranked last by ${lasts[w]} of ${n} voters.`, [w], [['profile', ctx.original]]);
    }
  },
);

/** Mutual majority criterion: if more than half of the voters rank every member of S above every other candidate, the winners are in S. */
export const mutualMajorityAxiom = defineAxiom(
  {
    id: 'mutual-majority',
    name: 'Mutual Majority',
    aliases: ['mutual-majority-criterion', 'Mutual Majority Criterion', 'majority-for-solid-coalitions', 'mutual_majority'],
    family: 'dominance',
    definition: 'A violation is a set S that more than half of the voters rank above all other candidates while some winner lies outside S.',
    citations: [refs.woodall1997],
    inputs: ['ballots'],
  },
  (ctx) => {
    const n = voterCount(ctx.prof);
    const ranks = ctx.prof.ballots.map((b) => classIndex(b, ctx.m));
    for (const s of subsets(ctx.m, 1, ctx.m - 1)) {
      let support = 0;
      ranks.forEach((rank, i) => {
        const worstIn = Math.max(...s.map((c) => rank[c]!));
        let above = true;
        for (let d = 0; d < ctx.m && above; d++) if (!s.includes(d) && rank[d]! <= worstIn) above = false;
        if (above) support += ctx.prof.counts[i]!;
      });
      const outside = ctx.winners.filter((w) => !s.includes(w));
      if (2 * support > n && outside.length > 0) {
        ctx.report(`${support} of ${n} voters rank ${ctx.text(s)} above everyone else, yet ${ctx.text(outside)} win.`, outside, [['profile', ctx.original]]);
      }
    }
  },
);

/**
 * Independence of losing candidates (Arrow's independence of irrelevant alternatives for choice):
 * removing a candidate that does not win leaves the winners unchanged.
 */
export const independenceOfIrrelevantAlternativesAxiom = defineAxiom(
  {
    id: 'independence-of-irrelevant-alternatives',
    name: 'Independence of Irrelevant Alternatives',
    aliases: ['IIA', 'independence-of-losers', 'Independence of Irrelevant Alternatives', 'independence_of_irrelevant_alternatives'],
    family: 'variable-candidate',
    definition: 'A violation is a losing candidate whose removal changes the winners.',
    citations: [refs.arrow1951],
    inputs: ['candidates'],
  },
  (ctx) => {
    for (let c = 0; c < ctx.m; c++) {
      if (ctx.winners.includes(c)) continue;
      const without = ctx.evaluateWithout([c]);
      if (without !== undefined && !sameSet(without.winners, ctx.winners)) {
        ctx.report(`Removing the loser ${ctx.text([c])} changes the winners from ${ctx.text(ctx.winners)} to ${ctx.text(without.winners)}.`, [c], [
          ['profile', ctx.original],
          [`without ${String(ctx.labels[c])}`, without],
        ]);
      }
    }
  },
);

/**
 * Neutrality (May 1952): renaming the candidates renames the winners — for every permutation σ of the
 * candidates, the winners of the profile with each c replaced by σ(c) are σ of the winners.
 */
export const neutralityAxiom = defineAxiom(
  {
    id: 'neutrality',
    name: 'Neutrality',
    aliases: ['Neutrality', 'neutrality'],
    family: 'invariance',
    definition: 'A violation is a permutation σ of the candidates such that the winners of the permuted profile are not σ of the winners.',
    citations: [refs.may1952],
    inputs: ['ballots'],
  },
  (ctx) => {
    for (const sigma of permutations(ctx.m)) {
      if (sigma.every((c, i) => c === i)) continue;
      const renamed = makeProf(ctx.labels, ctx.prof.ballots.map((b) => b.map((g) => g.map((c) => sigma[c]!).sort((x, y) => x - y))), ctx.prof.counts);
      const after = ctx.evaluate(renamed);
      if (after === undefined) continue;
      const expected = ctx.winners.map((w) => sigma[w]!).sort((x, y) => x - y);
      if (!sameSet(expected, after.winners)) {
        const shownSigma = sigma.map((c, i) => `${String(ctx.labels[i])}→${String(ctx.labels[c])}`).join(', ');
        ctx.report(`Renaming the candidates (${shownSigma}) gives the winners ${ctx.text(after.winners)} instead of ${ctx.text(expected)}.`, expected as CandidateIndex[], [
          ['profile', ctx.original],
          ['candidates renamed', after],
        ]);
      }
    }
  },
);
