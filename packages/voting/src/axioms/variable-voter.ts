import { ValidationError, type CandidateIndex, type UnrankedPolicy } from '@plural/core';
import { refs } from './citations.js';
import { defineAxiom, type CheckContext, type Evaluated } from './define.js';
import { addBallots, addVoters, ballotKey, ballotText, castableBallots, classIndex, completed, countSplits, linearBallots, makeProf, marginMatrix, removeVoters, sameSet, weakOrders, type Groups, type Prof } from './profile-ops.js';
import { checkSetPreference, prefersSet, type SetPreference } from './set-preference.js';
import type { AxiomOptions } from './types.js';

/**
 * Variable-voter axioms: how the winners may change when voters join, leave, or cast truncated or
 * bullet ballots. Definitions follow pref_voting's `variable_voter_axioms` (Holliday & Pacuit).
 */

// ---------------------------------------------------------------------------------------------
// helpers

/** The candidate ranked alone in first place, if any. */
function uniqueTop(b: Groups): CandidateIndex | undefined {
  const top = b[0];
  return top !== undefined && top.length === 1 ? top[0] : undefined;
}

/** The candidate ranked alone in last place of the completed ballot, if any. */
function uniqueLast(b: Groups, m: number): CandidateIndex | undefined {
  const full = completed(b, m);
  const last = full[full.length - 1];
  return last !== undefined && last.length === 1 && full.length > 1 ? last[0] : undefined;
}

export interface CoalitionOptions extends AxiomOptions {
  /** How many voters join or leave together (default 1). */
  readonly coalitionSize?: number;
  /** Only coalitions of voters with the same ballot (default true). */
  readonly uniformCoalition?: boolean;
  /** Only judge profiles where the rule has a single winner before and after (pref_voting's `require_resoluteness`). */
  readonly requireResoluteness?: boolean;
  /**
   * Also count changes of the candidate's even-chance winning probability: a favourite that stays a
   * winner among more co-winners, etc. (pref_voting's `check_probabilities`).
   */
  readonly checkProbabilities?: boolean;
}

function coalitionSize(options: CoalitionOptions): number {
  const k = options.coalitionSize ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new ValidationError(`coalitionSize ${String(k)} is not a whole number ≥ 1.`, { where: 'options.coalitionSize', fix: 'Give a whole number of voters ≥ 1.' });
  return k;
}

/** A coalition: how many voters of each ballot type leave. */
interface Coalition {
  readonly removed: readonly number[];
  readonly text: string;
}

/** The coalitions of `size` voters whose ballots satisfy `eligible`. */
function* coalitions(ctx: CheckContext, eligible: (b: Groups) => boolean, options: CoalitionOptions): Generator<Coalition> {
  const k = coalitionSize(options);
  const { prof } = ctx;
  const types = prof.ballots.map((b, i) => (eligible(b) ? i : -1)).filter((i) => i >= 0);
  const who = (n: number, b: Groups): string => `${n === 1 ? 'a voter' : `${n} voters`} with ballot ${ballotText(b, ctx.labels)}`;
  if (options.uniformCoalition ?? true) {
    for (const t of types) {
      if (prof.counts[t]! < k) continue;
      yield { removed: prof.counts.map((_, i) => (i === t ? k : 0)), text: who(k, prof.ballots[t]!) };
    }
    return;
  }
  for (const pick of countSplits(types.map((t) => prof.counts[t]!), k)) {
    const removed = prof.counts.map(() => 0);
    types.forEach((t, j) => (removed[t] = pick[j]!));
    const parts = types.map((t, j) => (pick[j]! > 0 ? who(pick[j]!, prof.ballots[t]!) : '')).filter((x) => x !== '');
    yield { removed, text: parts.join(' and ') };
  }
}

function without(prof: Prof, removed: readonly number[]): Prof {
  return makeProf(prof.candidates, prof.ballots, prof.counts.map((c, i) => c - removed[i]!));
}

function resolute(options: CoalitionOptions, ...sets: (readonly CandidateIndex[])[]): boolean {
  return !options.requireResoluteness || sets.every((s) => s.length === 1);
}

/** Each eligible coalition with the winners once it leaves, where the rule judges that profile (resolutely, when required). */
function* removals(ctx: CheckContext, eligible: (b: Groups) => boolean, options: CoalitionOptions): Generator<{ coalition: Coalition; after: Evaluated }> {
  for (const coalition of coalitions(ctx, eligible, options)) {
    const after = ctx.evaluate(without(ctx.prof, coalition.removed));
    if (after !== undefined && resolute(options, after.winners)) yield { coalition, after };
  }
}

function shown(ctx: CheckContext, role: string, after: Evaluated): (readonly [string, Evaluated])[] {
  return [
    ['profile', ctx.original],
    [role, after],
  ];
}

// ---------------------------------------------------------------------------------------------
// reinforcement

/**
 * Reinforcement (Young 1975; also called consistency): when the electorate splits into two parts whose
 * winner sets overlap, the winners of the whole are exactly the common winners.
 */
export const reinforcementAxiom = defineAxiom(
  {
    id: 'reinforcement',
    name: 'Reinforcement',
    aliases: ['Reinforcement', 'reinforcement', 'consistency', 'Consistency'],
    prefVotingName: 'Reinforcement',
    family: 'variable-voter',
    definition: 'A violation is a split of the voters into two groups with common winners such that the winners of all voters are not exactly those common winners.',
    citations: [refs.young1975, refs.smith1973],
    inputs: ['voters'],
  },
  (ctx) => {
    const { prof } = ctx;
    const total = prof.counts.reduce((s, c) => s + c, 0);
    const seen = new Set<string>();
    for (let size = 1; size < total; size++) {
      for (const part of countSplits(prof.counts, size)) {
        const rest = prof.counts.map((c, i) => c - part[i]!);
        const a = part.join(',');
        const b = rest.join(',');
        if (seen.has(b)) continue;
        seen.add(a);
        const p1 = ctx.evaluate(makeProf(prof.candidates, prof.ballots, part));
        const p2 = ctx.evaluate(makeProf(prof.candidates, prof.ballots, rest));
        if (p1 === undefined || p2 === undefined) continue;
        const both = p1.winners.filter((w) => p2.winners.includes(w));
        if (both.length === 0) continue;
        const under = both.filter((w) => !ctx.winners.includes(w));
        const over = ctx.winners.filter((w) => !both.includes(w));
        if (under.length === 0 && over.length === 0) continue;
        ctx.report(`The two groups both elect ${ctx.text(both)}, but all voters together elect ${ctx.text(ctx.winners)}.`, [...under, ...over], [
          ['profile', ctx.original],
          ['group 1', p1],
          ['group 2', p2],
        ]);
      }
    }
  },
);

// ---------------------------------------------------------------------------------------------
// involvement

const involvementCitations = [refs.saari1994, refs.perez2001, refs.hollidayPacuitMay];

/**
 * Positive involvement: if a voter who ranks A uniquely first leaves and A then wins, A already won
 * (equivalently, adding a voter who ranks a winner first cannot make it lose).
 */
export const positiveInvolvementAxiom = defineAxiom<CoalitionOptions>(
  {
    id: 'positive-involvement',
    name: 'Positive Involvement',
    aliases: ['Positive Involvement', 'positive_involvement', 'no-show-top', 'weak-positive-involvement'],
    prefVotingName: 'Positive Involvement',
    family: 'variable-voter',
    definition: 'A violation is a loser A that wins once a voter ranking A uniquely first is removed.',
    citations: involvementCitations,
    inputs: ['voters'],
  },
  (ctx, options) => {
    const W = ctx.winners;
    if (!resolute(options, W)) return;
    for (let a = 0; a < ctx.m; a++) {
      const isWinner = W.includes(a);
      if (isWinner && !options.checkProbabilities) continue;
      for (const { coalition, after } of removals(ctx, (b) => uniqueTop(b) === a, options)) {
        if (!after.winners.includes(a)) continue;
        if (!isWinner) {
          ctx.report(`${ctx.text([a])} loses, but wins once ${coalition.text} (ranking it first) is removed (winners ${ctx.text(after.winners)}).`, [a], shown(ctx, 'voters removed', after));
        } else if (after.winners.length < W.length) {
          ctx.report(`${ctx.text([a])} is more likely to win (fewer co-winners: ${ctx.text(after.winners)}) once ${coalition.text} (ranking it first) is removed.`, [a], shown(ctx, 'voters removed', after));
        }
      }
    }
  },
);

/**
 * Negative involvement: if a voter who ranks B uniquely last leaves and B then loses, B already lost
 * (adding a voter who ranks a loser last cannot make it win).
 */
export const negativeInvolvementAxiom = defineAxiom<CoalitionOptions>(
  {
    id: 'negative-involvement',
    name: 'Negative Involvement',
    aliases: ['Negative Involvement', 'negative_involvement', 'no-show-bottom'],
    prefVotingName: 'Negative Involvement',
    family: 'variable-voter',
    definition: 'A violation is a winner B that loses once a voter ranking B uniquely last is removed.',
    citations: involvementCitations,
    inputs: ['voters'],
  },
  (ctx, options) => {
    const W = ctx.winners;
    if (!resolute(options, W)) return;
    for (const b of W) {
      for (const { coalition, after } of removals(ctx, (ballot) => uniqueLast(ballot, ctx.m) === b, options)) {
        if (!after.winners.includes(b)) {
          ctx.report(`${ctx.text([b])} wins, but loses once ${coalition.text} (ranking it last) is removed (winners ${ctx.text(after.winners)}).`, [b], shown(ctx, 'voters removed', after));
        } else if (options.checkProbabilities && after.winners.length > W.length) {
          ctx.report(`${ctx.text([b])} is less likely to win (more co-winners: ${ctx.text(after.winners)}) once ${coalition.text} (ranking it last) is removed.`, [b], shown(ctx, 'voters removed', after));
        }
      }
    }
  },
);

/**
 * Positive-negative involvement: removing voters who rank a loser A first and a winner B last cannot
 * make A win and B lose.
 */
export const positiveNegativeInvolvementAxiom = defineAxiom<CoalitionOptions>(
  {
    id: 'positive-negative-involvement',
    name: 'Positive-Negative Involvement',
    aliases: ['Positive-Negative Involvement', 'positive_negative_involvement'],
    prefVotingName: 'Positive-Negative Involvement',
    family: 'variable-voter',
    definition: 'A violation is a loser A and a winner B such that removing a voter ranking A first and B last makes A win and B lose.',
    citations: involvementCitations,
    inputs: ['voters'],
  },
  (ctx, options) => {
    const W = ctx.winners;
    if (!resolute(options, W)) return;
    for (let a = 0; a < ctx.m; a++) {
      for (const b of W) {
        if (a === b) continue;
        const aWins = W.includes(a);
        if (aWins && !options.checkProbabilities) continue;
        for (const { coalition, after } of removals(ctx, (ballot) => uniqueTop(ballot) === a && uniqueLast(ballot, ctx.m) === b, options)) {
          const A = after.winners.includes(a);
          const B = after.winners.includes(b);
          const violated = aWins ? !B && after.winners.length < W.length : (A && !B) || (options.checkProbabilities === true && A && B && after.winners.length > W.length);
          if (violated) {
            ctx.report(`Removing ${coalition.text} (ranking ${ctx.text([a])} first and ${ctx.text([b])} last) changes the winners from ${ctx.text(W)} to ${ctx.text(after.winners)}.`, [a, b], shown(ctx, 'voters removed', after));
          }
        }
      }
    }
  },
);

/**
 * Tolerant positive involvement: removing a voter who ranks A above every candidate that A does not
 * beat head to head (after the removal) cannot make the loser A win.
 */
export const tolerantPositiveInvolvementAxiom = defineAxiom(
  {
    id: 'tolerant-positive-involvement',
    name: 'Tolerant Positive Involvement',
    aliases: ['Tolerant Positive Involvement', 'tolerant_positive_involvement'],
    prefVotingName: 'Tolerant Positive Involvement',
    family: 'variable-voter',
    definition: 'A violation is a loser A that wins once a voter is removed who ranks A above every candidate A does not beat head to head without that voter.',
    citations: [refs.tolerantPI, refs.prefVoting],
    inputs: ['voters', 'margins'],
  },
  (ctx) => {
    const { prof, m } = ctx;
    prof.ballots.forEach((ballot, i) => {
      const rest = removeVoters(prof, i);
      const margins = marginMatrix(rest, ctx.unranked);
      const rank = classIndex(ballot, m);
      for (let a = 0; a < m; a++) {
        if (ctx.winners.includes(a)) continue;
        let tolerant = true;
        for (let c = 0; c < m && tolerant; c++) if (c !== a && !(margins[a]![c]! > 0) && !(rank[a]! < rank[c]!)) tolerant = false;
        if (!tolerant) continue;
        const after = ctx.evaluate(rest);
        if (after !== undefined && after.winners.includes(a)) {
          ctx.report(`${ctx.text([a])} loses, but wins once a voter with ballot ${ballotText(ballot, ctx.labels)} (ranking it above every candidate it does not beat) is removed.`, [a], shown(ctx, 'voter removed', after));
        }
      }
    });
  },
);

export interface BulletVoteOptions extends CoalitionOptions {
  /** How the candidates a bullet ballot leaves out compare (default `'bottom'`, pref_voting's extended strict preference). */
  readonly truncatedUnranked?: UnrankedPolicy;
}

/** Bullet-vote positive involvement (Holliday 2024): adding voters who rank only a winner A cannot make A lose. */
export const bulletVotePositiveInvolvementAxiom = defineAxiom<BulletVoteOptions>(
  {
    id: 'bullet-vote-positive-involvement',
    name: 'Bullet Vote Positive Involvement',
    aliases: ['Bullet Vote Positive Involvement', 'bullet_vote_positive_involvement', 'Bullet-Vote Positive Involvement'],
    prefVotingName: 'Bullet Vote Positive Involvement',
    family: 'variable-voter',
    definition: 'A violation is a winner A that loses once voters who rank only A (bullet votes) are added.',
    citations: [refs.holliday2024],
    inputs: ['voters', 'truncated'],
  },
  (ctx, options) => {
    const k = coalitionSize(options);
    const W = ctx.winners;
    if (!resolute(options, W)) return;
    for (const w of W) {
      const after = ctx.evaluate(addVoters(ctx.prof, [[w]], k), options.truncatedUnranked ?? 'bottom');
      if (after === undefined || !resolute(options, after.winners)) continue;
      if (!after.winners.includes(w) || (options.checkProbabilities === true && after.winners.length > W.length)) {
        ctx.report(`Adding ${k === 1 ? 'a voter' : `${k} voters`} ranking only ${ctx.text([w])} changes the winners from ${ctx.text(W)} to ${ctx.text(after.winners)}.`, [w], shown(ctx, 'bullet votes added', after));
      }
    }
  },
);

export interface TruncationOptions extends AxiomOptions {
  /** How the candidates a truncated ballot leaves out compare (default `'bottom'`, pref_voting's extended strict preference). */
  readonly truncatedUnranked?: UnrankedPolicy;
}

/** For each ballot type: the profile without one such voter, and the ballot's top-k truncations. */
function* truncations(ctx: CheckContext): Generator<{ ballot: Groups; base: Prof; truncated: Groups; ranked: CandidateIndex[] }> {
  const { prof } = ctx;
  for (let i = 0; i < prof.ballots.length; i++) {
    const ballot = prof.ballots[i]!;
    const base = removeVoters(prof, i);
    for (let k = 1; k < ballot.length; k++) {
      const truncated = ballot.slice(0, k);
      yield { ballot, base, truncated, ranked: truncated.flat() };
    }
  }
}

/**
 * The truncations whose winners without the voter (`before`) meet `premise`, and after which (`after`)
 * only candidates the truncated ballot leaves unranked win; `profiles` show the witness.
 */
function* unrankedWins(
  ctx: CheckContext,
  options: TruncationOptions,
  premise: (before: Evaluated, ballot: Groups, ranked: readonly CandidateIndex[]) => boolean,
): Generator<{ ballot: Groups; truncated: Groups; ranked: CandidateIndex[]; before: Evaluated; after: Evaluated; profiles: (readonly [string, Evaluated])[] }> {
  for (const { ballot, base, truncated, ranked } of truncations(ctx)) {
    const before = ctx.evaluate(base);
    if (before === undefined || !premise(before, ballot, ranked)) continue;
    const after = ctx.evaluate(addVoters(base, truncated), options.truncatedUnranked ?? 'bottom');
    if (after === undefined || after.winners.some((w) => ranked.includes(w))) continue;
    const profiles: (readonly [string, Evaluated])[] = [
      ['profile', ctx.original],
      ['without the voter', before],
      ['with the truncated ballot', after],
    ];
    yield { ballot, truncated, ranked, before, after, profiles };
  }
}

/**
 * Semi-positive involvement (Holliday 2024): if A wins without a voter, that voter casting a truncated
 * ballot ranking A first cannot make all the winners candidates the ballot leaves unranked.
 */
export const semiPositiveInvolvementAxiom = defineAxiom<TruncationOptions>(
  {
    id: 'semi-positive-involvement',
    name: 'Semi-Positive Involvement',
    aliases: ['Semi-Positive Involvement', 'semi_positive_involvement'],
    prefVotingName: 'Semi-Positive Involvement',
    family: 'variable-voter',
    definition: 'A violation is a ballot whose top candidate wins without it while, adding a truncation of it, only candidates it leaves unranked win.',
    citations: [refs.holliday2024],
    inputs: ['voters', 'truncated'],
  },
  (ctx, options) => {
    for (const { ballot, truncated, ranked, before, after, profiles } of unrankedWins(ctx, options, (before, ballot) => before.winners.some((w) => ballot[0]!.includes(w)))) {
      ctx.report(`Without a voter ${ballotText(ballot, ctx.labels)} the winners ${ctx.text(before.winners)} include the top choice; the voter casting ${ballotText(truncated, ctx.labels)} makes only unranked candidates ${ctx.text(after.winners)} win.`, ranked, profiles);
    }
  },
);

export interface TruncatedInvolvementOptions extends TruncationOptions {
  /** Whether all (default, pref_voting on linear profiles) or only some winners without the voter must be ranked by the truncated ballot. */
  readonly premise?: 'all' | 'some';
}

/**
 * Truncated involvement: if the winners without a voter are ranked by that voter's truncated ballot,
 * adding the truncated ballot cannot make only unranked candidates win.
 */
export const truncatedInvolvementAxiom = defineAxiom<TruncatedInvolvementOptions>(
  {
    id: 'truncated-involvement',
    name: 'Truncated Involvement',
    aliases: ['Truncated Involvement', 'truncated_involvement'],
    prefVotingName: 'Truncated Involvement',
    family: 'variable-voter',
    definition: 'A violation is a truncated ballot whose ranked candidates include the winners without it, while adding it makes only unranked candidates win.',
    citations: [refs.holliday2024, refs.prefVoting],
    inputs: ['voters', 'truncated'],
  },
  (ctx, options) => {
    const premise = options.premise ?? 'all';
    const ranksWinners = (before: Evaluated, _ballot: Groups, ranked: readonly CandidateIndex[]): boolean =>
      premise === 'all' ? before.winners.every((w) => ranked.includes(w)) : before.winners.some((w) => ranked.includes(w));
    for (const { ballot, truncated, ranked, before, after, profiles } of unrankedWins(ctx, options, ranksWinners)) {
      ctx.report(`Without a voter ${ballotText(ballot, ctx.labels)} the winners are ${ctx.text(before.winners)}; adding the truncation ${ballotText(truncated, ctx.labels)} makes only unranked candidates ${ctx.text(after.winners)} win.`, ranked, profiles);
    }
  },
);

// ---------------------------------------------------------------------------------------------
// participation and resolvability

export interface ParticipationOptions extends AxiomOptions {
  /** How voters compare winner sets (default `'single-winner'`). */
  readonly setPreference?: SetPreference;
  /** Voters abstaining (`'removal'`, default) or joining (`'addition'`), or both. */
  readonly kind?: 'removal' | 'addition' | 'both';
  /** How many voters with the same ballot act together (default 1). */
  readonly coalitionSize?: number;
  /** The ballots joining voters may have (`'addition'`): linear orders (default for linear profiles) or all weak orders. */
  readonly ballots?: 'linear' | 'weak';
}

/**
 * Participation (no-show paradox; Fishburn & Brams 1983, Moulin 1988): no voter is better off (by the
 * set preference) abstaining than voting sincerely.
 */
export const participationAxiom = defineAxiom<ParticipationOptions>(
  {
    id: 'participation',
    name: 'Participation',
    aliases: ['Participation', 'participation', 'no-show', 'no-show-paradox'],
    prefVotingName: 'Participation',
    family: 'variable-voter',
    definition: 'A violation is a voter (or coalition of identical voters) who prefers the winners when abstaining to the winners when voting sincerely.',
    citations: [refs.fishburnBrams1983, refs.moulin1988],
    inputs: ['voters'],
  },
  (ctx, options) => {
    const pref = checkSetPreference(options.setPreference, 'options.setPreference');
    const kind = options.kind ?? 'removal';
    const k = coalitionSize(options);
    const W = ctx.winners;
    if (pref === 'single-winner' && W.length > 1) return;
    if (kind !== 'addition') {
      ctx.prof.ballots.forEach((ballot, i) => {
        if (ctx.prof.counts[i]! < k) return;
        const after = ctx.evaluate(removeVoters(ctx.prof, i, k));
        if (after !== undefined && prefersSet(ballot, ctx.m, after.winners, W, pref)) {
          ctx.report(`${k === 1 ? 'A voter' : `${k} voters`} with ballot ${ballotText(ballot, ctx.labels)} prefer${k === 1 ? 's' : ''} the winners ${ctx.text(after.winners)} when abstaining to ${ctx.text(W)} (${pref}).`, after.winners, shown(ctx, 'after abstaining', after));
        }
      });
    }
    if (kind !== 'removal') {
      for (const ballot of castableBallots(ctx.prof, options.ballots)) {
        const after = ctx.evaluate(addVoters(ctx.prof, ballot, k));
        if (after !== undefined && prefersSet(ballot, ctx.m, W, after.winners, pref)) {
          ctx.report(`${k === 1 ? 'A voter' : `${k} voters`} joining with ballot ${ballotText(ballot, ctx.labels)} turn${k === 1 ? 's' : ''} the winners from ${ctx.text(W)} into ${ctx.text(after.winners)}, which they like less (${pref}).`, W, shown(ctx, 'after joining', after));
        }
      }
    }
  },
);

export interface ResolvabilityOptions extends AxiomOptions {
  /** The ballots the added voter may cast: linear orders (default for linear profiles) or all weak orders. */
  readonly ballots?: 'linear' | 'weak';
}

/** For each tied winner, whether one added ballot makes it the unique winner. */
function resolvable(ctx: CheckContext, options: ResolvabilityOptions, stopAtFirst: boolean): Map<CandidateIndex, boolean> {
  const out = new Map<CandidateIndex, boolean>(ctx.winners.map((w) => [w, false]));
  const ballots = castableBallots(ctx.prof, options.ballots);
  for (const w of ctx.winners) {
    for (const b of ballots) {
      const after = ctx.evaluate(addVoters(ctx.prof, b));
      if (after !== undefined && after.winners.length === 1 && after.winners[0] === w) {
        out.set(w, true);
        if (stopAtFirst) return out;
        break;
      }
    }
  }
  return out;
}

/** Single-voter resolvability: each of several tied winners can be made the unique winner by adding one voter. */
export const singleVoterResolvabilityAxiom = defineAxiom<ResolvabilityOptions>(
  {
    id: 'single-voter-resolvability',
    name: 'Single-Voter Resolvability',
    aliases: ['Single-Voter Resolvability', 'single_voter_resolvability', 'resolvability'],
    prefVotingName: 'Single-Voter Resolvability',
    family: 'variable-voter',
    definition: 'A violation is a tied winner that no single added ballot makes the unique winner.',
    citations: [refs.tideman1987, refs.schulze2011],
    inputs: ['voters'],
  },
  (ctx, options) => {
    if (ctx.winners.length < 2) return;
    for (const [w, ok] of resolvable(ctx, options, false)) {
      if (!ok) ctx.report(`No single added ballot makes the tied winner ${ctx.text([w])} the unique winner.`, [w], [['profile', ctx.original]]);
    }
  },
);

/** Weak single-voter resolvability: when several candidates tie, some of them can be made the unique winner by adding one voter. */
export const weakSingleVoterResolvabilityAxiom = defineAxiom<ResolvabilityOptions>(
  {
    id: 'weak-single-voter-resolvability',
    name: 'Weak Single-Voter Resolvability',
    aliases: ['Weak Single-Voter Resolvability', 'weak_single_voter_resolvability'],
    prefVotingName: 'Weak Single-Voter Resolvability',
    family: 'variable-voter',
    definition: 'A violation is a tie among several winners such that no single added ballot makes any of them the unique winner.',
    citations: [refs.prefVoting],
    inputs: ['voters'],
  },
  (ctx, options) => {
    if (ctx.winners.length < 2) return;
    const found = resolvable(ctx, options, true);
    if (![...found.values()].some(Boolean)) ctx.report(`No single added ballot makes any of the tied winners ${ctx.text(ctx.winners)} the unique winner.`, ctx.winners, [['profile', ctx.original]]);
  },
);

// ---------------------------------------------------------------------------------------------
// neutral additions

function neutralAddition(ctx: CheckContext, added: readonly Groups[], what: string): void {
  const after = ctx.evaluate(addBallots(ctx.prof, added));
  if (after === undefined || sameSet(after.winners, ctx.winners)) return;
  ctx.report(`Adding ${what} changes the winners from ${ctx.text(ctx.winners)} to ${ctx.text(after.winners)}.`, [...new Set([...ctx.winners, ...after.winners])].sort((a, b) => a - b), shown(ctx, `with ${what}`, after));
}

/** Neutral reversal (Saari 1994): adding two voters with a linear order and its reverse does not change the winners. */
export const neutralReversalAxiom = defineAxiom(
  {
    id: 'neutral-reversal',
    name: 'Neutral Reversal',
    aliases: ['Neutral Reversal', 'neutral_reversal', 'reversal-cancellation'],
    prefVotingName: 'Neutral Reversal',
    family: 'variable-voter',
    definition: 'A violation is a linear order L such that adding a voter with L and one with its reverse changes the winners.',
    citations: [refs.saari1994, refs.dingHollidayPacuit2025],
    inputs: ['voters'],
  },
  (ctx) => {
    for (const l of linearBallots(ctx.m)) {
      const reverse = [...l].reverse();
      if (ballotKey(reverse) < ballotKey(l)) continue;
      neutralAddition(ctx, [l, reverse], `voters ${ballotText(l, ctx.labels)} and ${ballotText(reverse, ctx.labels)}`);
    }
  },
);

/** Neutral indifference (Ding, Holliday & Pacuit 2025): adding a voter who ties all candidates does not change the winners. */
export const neutralIndifferenceAxiom = defineAxiom(
  {
    id: 'neutral-indifference',
    name: 'Neutral Indifference',
    aliases: ['Neutral Indifference', 'neutral_indifference'],
    prefVotingName: 'Neutral Indifference',
    family: 'variable-voter',
    definition: 'A violation is a profile whose winners change when a voter tying all candidates is added.',
    citations: [refs.dingHollidayPacuit2025],
    inputs: ['voters', 'ties'],
  },
  (ctx) => neutralAddition(ctx, [[Array.from({ length: ctx.m }, (_, c) => c)]], 'a voter tying all candidates'),
);

/** Nonlinear neutral reversal (Ding, Holliday & Pacuit 2025): adding a weak order and its reverse does not change the winners. */
export const nonlinearNeutralReversalAxiom = defineAxiom(
  {
    id: 'nonlinear-neutral-reversal',
    name: 'Nonlinear Neutral Reversal',
    aliases: ['Nonlinear Neutral Reversal', 'nonlinear_neutral_reversal'],
    prefVotingName: 'Nonlinear Neutral Reversal',
    family: 'variable-voter',
    definition: 'A violation is a weak order whose addition together with its reverse changes the winners.',
    citations: [refs.dingHollidayPacuit2025],
    inputs: ['voters', 'ties'],
  },
  (ctx) => {
    for (const order of weakOrders(Array.from({ length: ctx.m }, (_, c) => c))) {
      const reverse = [...order].reverse();
      if (ballotKey(reverse) < ballotKey(order)) continue;
      neutralAddition(ctx, [order, reverse], `voters ${ballotText(order, ctx.labels)} and ${ballotText(reverse, ctx.labels)}`);
    }
  },
);
