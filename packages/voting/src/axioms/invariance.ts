import { ValidationError, type CandidateIndex } from '@plural/core';
import { refs } from './citations.js';
import { defineAxiom, type CheckContext, type Evaluated } from './define.js';
import { addBallots, ballotText, classIndex, completed, countSplits, linearBallots, makeProf, permutations, sameSet, scaled, type Groups, type Prof } from './profile-ops.js';
import type { AxiomOptions } from './types.js';

/**
 * Invariance axioms: the winners must not change under transformations that add no information
 * (a block of all rankings, copies of the electorate, swaps that cancel out). Definitions follow
 * pref_voting's `invariance_axioms` and Ding, Holliday & Pacuit (2025).
 */

function sameWinners(a: Evaluated, b: Evaluated): boolean {
  return sameSet(a.winners, b.winners);
}

/** The profile with one voter casting each of the m! linear orders added. */
function withBlock(prof: Prof): Prof {
  return addBallots(prof, linearBallots(prof.candidates.length));
}

/**
 * How the winners moved from the checked profile to `after`: the winners that lost, the losers that won,
 * and those an invariance (both), an upward (lost winners) or a downward (new winners) axiom counts.
 */
function winnerChanges(ctx: CheckContext, after: Evaluated, direction: 'both' | 'upward' | 'downward'): { lost: CandidateIndex[]; gained: CandidateIndex[]; changed: CandidateIndex[] } {
  const lost = ctx.winners.filter((w) => !after.winners.includes(w));
  const gained = after.winners.filter((w) => !ctx.winners.includes(w));
  return { lost, gained, changed: direction === 'both' ? [...lost, ...gained] : direction === 'upward' ? lost : gained };
}

function blockCheck(ctx: CheckContext, kind: 'invariance' | 'upward' | 'downward'): void {
  const after = ctx.evaluate(withBlock(ctx.prof));
  if (after === undefined) return;
  const { lost, gained, changed } = winnerChanges(ctx, after, kind === 'invariance' ? 'both' : kind);
  if (changed.length === 0) return;
  const what = kind === 'upward' ? `winners ${ctx.text(lost)} lose` : kind === 'downward' ? `losers ${ctx.text(gained)} win` : `the winners change from ${ctx.text(ctx.winners)} to ${ctx.text(after.winners)}`;
  ctx.report(`Adding one voter for each of the ${ctx.m}! linear orders, ${what}.`, changed, [
    ['profile', ctx.original],
    ['with a block of all linear orders', after],
  ]);
}

const blockCitations = [refs.hollidayPacuitMay, refs.prefVoting];

/** Block invariance: adding one voter with each linear order does not change the winners. */
export const blockInvarianceAxiom = defineAxiom(
  {
    id: 'block-invariance',
    name: 'Block Invariance',
    aliases: ['Block Invariance', 'block_invariance'],
    prefVotingName: 'Block Invariance',
    family: 'invariance',
    definition: 'A violation is a profile whose winners change when one voter with each of the m! linear orders is added.',
    citations: blockCitations,
    inputs: ['voters'],
  },
  (ctx) => blockCheck(ctx, 'invariance'),
);

/** Upward block preservation: adding a block of all linear orders does not make a winner lose. */
export const upwardBlockPreservationAxiom = defineAxiom(
  {
    id: 'upward-block-preservation',
    name: 'Upward Block Preservation',
    aliases: ['Upward Block Preservation', 'upward_block_preservation'],
    prefVotingName: 'Upward Block Preservation',
    family: 'invariance',
    definition: 'A violation is a winner who loses once one voter with each linear order is added.',
    citations: blockCitations,
    inputs: ['voters'],
  },
  (ctx) => blockCheck(ctx, 'upward'),
);

/** Downward block preservation: adding a block of all linear orders does not make a loser win. */
export const downwardBlockPreservationAxiom = defineAxiom(
  {
    id: 'downward-block-preservation',
    name: 'Downward Block Preservation',
    aliases: ['Downward Block Preservation', 'downward_block_preservation'],
    prefVotingName: 'Downward Block Preservation',
    family: 'invariance',
    definition: 'A violation is a loser who wins once one voter with each linear order is added.',
    citations: blockCitations,
    inputs: ['voters'],
  },
  (ctx) => blockCheck(ctx, 'downward'),
);

export interface HomogeneityOptions extends AxiomOptions {
  /** The numbers of copies to try (default [2, 3]; pref_voting's `num_copies`, default 2 there). */
  readonly copies?: number | readonly number[];
}

function copiesOf(options: HomogeneityOptions): number[] {
  const raw = options.copies ?? [2, 3];
  const list = typeof raw === 'number' ? [raw] : [...raw];
  for (const k of list) {
    if (!Number.isInteger(k) || k < 2) throw new ValidationError(`copies ${String(k)} is not a whole number ≥ 2.`, { where: 'options.copies', fix: 'Give whole numbers of copies ≥ 2.' });
  }
  return list;
}

function homogeneityCheck(ctx: CheckContext, options: HomogeneityOptions, kind: 'homogeneity' | 'upward' | 'downward'): void {
  for (const k of copiesOf(options)) {
    const after = ctx.evaluate(scaled(ctx.prof, k));
    if (after === undefined) continue;
    const { changed } = winnerChanges(ctx, after, kind === 'homogeneity' ? 'both' : kind);
    if (changed.length === 0) continue;
    ctx.report(`Replacing every voter by ${k} copies changes the winners from ${ctx.text(ctx.winners)} to ${ctx.text(after.winners)}.`, changed, [
      ['profile', ctx.original],
      [`${k} copies of every voter`, after],
    ]);
  }
}

const homogeneityCitations = [refs.smith1973, refs.prefVoting];

/** Homogeneity: replacing every voter by k copies does not change the winners. */
export const homogeneityAxiom = defineAxiom<HomogeneityOptions>(
  {
    id: 'homogeneity',
    name: 'Homogeneity',
    aliases: ['Homogeneity', 'homogeneity'],
    prefVotingName: 'Homogeneity',
    family: 'invariance',
    definition: 'A violation is a profile whose winners change when every voter is replaced by k copies.',
    citations: homogeneityCitations,
    inputs: ['voters'],
  },
  (ctx, options) => homogeneityCheck(ctx, options, 'homogeneity'),
);

/** Upward homogeneity: replacing every voter by k copies does not make a winner lose. */
export const upwardHomogeneityAxiom = defineAxiom<HomogeneityOptions>(
  {
    id: 'upward-homogeneity',
    name: 'Upward Homogeneity',
    aliases: ['Upward Homogeneity', 'upward_homogeneity'],
    prefVotingName: 'Upward Homogeneity',
    family: 'invariance',
    definition: 'A violation is a winner who loses when every voter is replaced by k copies.',
    citations: [refs.hollidayPacuitMay, refs.prefVoting],
    inputs: ['voters'],
  },
  (ctx, options) => homogeneityCheck(ctx, options, 'upward'),
);

/** Downward homogeneity: replacing every voter by k copies does not make a loser win. */
export const downwardHomogeneityAxiom = defineAxiom<HomogeneityOptions>(
  {
    id: 'downward-homogeneity',
    name: 'Downward Homogeneity',
    aliases: ['Downward Homogeneity', 'downward_homogeneity'],
    prefVotingName: 'Downward Homogeneity',
    family: 'invariance',
    definition: 'A violation is a loser who wins when every voter is replaced by k copies.',
    citations: [refs.hollidayPacuitMay, refs.prefVoting],
    inputs: ['voters'],
  },
  (ctx, options) => homogeneityCheck(ctx, options, 'downward'),
);

/** The ballot with x and y exchanged. */
function swapped(groups: Groups, x: CandidateIndex, y: CandidateIndex): Groups {
  return groups.map((g) => g.map((c) => (c === x ? y : c === y ? x : c)).sort((a, b) => a - b));
}

/**
 * Preferential equality (Ding, Holliday & Pacuit 2025, Definition 2.1): when an even number of voters
 * rank x immediately above y (both untied), splitting them into two halves I and J, the profile where
 * the voters of I swap x and y has the same winners as the one where the voters of J do. Truncated
 * ballots are first completed with their unranked candidates as one last class, as pref_voting does.
 */
export const preferentialEqualityAxiom = defineAxiom(
  {
    id: 'preferential-equality',
    name: 'Preferential Equality',
    aliases: ['Preferential Equality', 'preferential_equality'],
    prefVotingName: 'Preferential Equality',
    family: 'invariance',
    definition: 'A violation is a split of the voters ranking x immediately above y into equal halves I and J such that I swapping x and y and J swapping them give different winners.',
    citations: [refs.dingHollidayPacuit2025],
    inputs: ['ballots'],
  },
  (ctx) => {
    const m = ctx.m;
    const ballots = ctx.prof.ballots.map((b) => completed(b, m));
    for (let x = 0; x < m; x++) {
      for (let y = 0; y < m; y++) {
        if (x === y) continue;
        const relevant: number[] = [];
        ballots.forEach((b, i) => {
          const rank = classIndex(b, m);
          if (rank[y] === rank[x]! + 1 && b[rank[x]!]!.length === 1 && b[rank[y]!]!.length === 1) relevant.push(i);
        });
        const counts = relevant.map((i) => ctx.prof.counts[i]!);
        const total = counts.reduce((s, c) => s + c, 0);
        if (total === 0 || total % 2 === 1) continue;
        const others = ballots.map((_, i) => (relevant.includes(i) ? 0 : ctx.prof.counts[i]!));
        const build = (swap: readonly number[]): Prof =>
          makeProf(
            ctx.labels,
            [...ballots, ...relevant.map((i) => swapped(ballots[i]!, x, y)), ...relevant.map((i) => ballots[i]!)],
            [...others, ...swap, ...relevant.map((i, t) => ctx.prof.counts[i]! - swap[t]!)],
          );
        for (const half of countSplits(counts, total / 2)) {
          const complement = counts.map((c, t) => c - half[t]!);
          const keyI = half.join(',');
          const keyJ = complement.join(',');
          if (keyI > keyJ) continue; // (I, J) and (J, I) compare the same two profiles
          const pI = ctx.evaluate(build(half));
          const pJ = ctx.evaluate(build(complement));
          if (pI === undefined || pJ === undefined || sameWinners(pI, pJ)) continue;
          ctx.report(`${total} voters rank ${ctx.text([x])} immediately above ${ctx.text([y])}; one half swapping them gives ${ctx.text(pI.winners)}, the other half ${ctx.text(pJ.winners)}.`, [x, y], [
            ['profile', ctx.original],
            ['half I swaps', pI],
            ['half J swaps', pJ],
          ]);
        }
      }
    }
  },
);

/**
 * Tiebreaking compensation (Ding, Holliday & Pacuit 2025): when two voters tie the same set S of
 * candidates (S one indifference class of both ballots), breaking the tie by a linear order of S in
 * one ballot and by its reverse in the other does not change the winners.
 */
export const tiebreakingCompensationAxiom = defineAxiom(
  {
    id: 'tiebreaking-compensation',
    name: 'Tiebreaking Compensation',
    aliases: ['Tiebreaking Compensation', 'tiebreaking_compensation'],
    prefVotingName: 'Tiebreaking Compensation',
    family: 'invariance',
    definition: 'A violation is two voters with the same tied class S whose ties, broken by a linear order of S and by its reverse, change the winners.',
    citations: [refs.dingHollidayPacuit2025],
    inputs: ['ballots'],
  },
  (ctx) => {
    const { prof } = ctx;
    const classes = new Map<string, CandidateIndex[]>();
    for (const b of prof.ballots) for (const g of b) if (g.length > 1) classes.set(g.join(','), [...g]);
    for (const [key, s] of classes) {
      const holders = prof.ballots.map((b, i) => (b.some((g) => g.join(',') === key) ? i : -1)).filter((i) => i >= 0);
      const orders = permutations(s.length).map((p) => p.map((i) => s[i]!));
      const breakTie = (b: Groups, order: readonly CandidateIndex[]): Groups => b.flatMap((g) => (g.join(',') === key ? order.map((c) => [c]) : [g]));
      for (let a = 0; a < holders.length; a++) {
        for (let c = a; c < holders.length; c++) {
          const i = holders[a]!;
          const j = holders[c]!;
          if (i === j && prof.counts[i]! < 2) continue;
          for (const order of orders) {
            const reverse = [...order].reverse();
            const counts = prof.counts.map((n, t) => n - (t === i ? 1 : 0) - (t === j ? 1 : 0));
            const after = ctx.evaluate(makeProf(ctx.labels, [...prof.ballots, breakTie(prof.ballots[i]!, order), breakTie(prof.ballots[j]!, reverse)], [...counts, 1, 1]));
            if (after === undefined || sameWinners(after, ctx.original)) continue;
            ctx.report(
              `Breaking the tie ${ctx.text(s)} as ${ballotText(order.map((x) => [x]), ctx.labels)} in a ballot ${ballotText(prof.ballots[i]!, ctx.labels)} and reversed in a ballot ${ballotText(prof.ballots[j]!, ctx.labels)} changes the winners from ${ctx.text(ctx.winners)} to ${ctx.text(after.winners)}.`,
              s,
              [
                ['profile', ctx.original],
                ['after breaking the ties', after],
              ],
            );
          }
        }
      }
    }
  },
);

