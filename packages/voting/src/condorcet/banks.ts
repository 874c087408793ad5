import { BudgetExceededError, throwIfAborted, type CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';

export interface BanksOptions extends VotingOptions {
  /** Maximum number of search nodes before a BudgetExceededError (default 1,000,000). */
  readonly budget?: number;
}

/**
 * Whether x tops some maximal chain of the strict majority relation `beats` — a chain being a set of
 * candidates that the relation orders linearly. Such a chain is {x} ∪ S with S a chain of candidates x beats;
 * it is maximal when no candidate x beats can join S (S is a maximal chain among them) and every candidate
 * that beats x fails to beat some member of S (otherwise it could join on top). The maximal chains of the
 * candidates x beats are enumerated Bron–Kerbosch style (a chain R, the candidates P that can still join,
 * and those X already explored that could join), pruning a branch as soon as some candidate beating x
 * beats all of R ∪ P.
 */
function topsMaximalChain(beats: readonly (readonly boolean[])[], x: CandidateIndex, tick: () => void): boolean {
  const m = beats.length;
  const below = Array.from({ length: m }, (_, c) => c).filter((c) => beats[x]![c]);
  const above = Array.from({ length: m }, (_, c) => c).filter((c) => beats[c]![x]);
  /** c can join the chain R (c is comparable with every member and R ∪ {c} stays transitive). */
  const joins = (chain: readonly CandidateIndex[], c: CandidateIndex): boolean => {
    for (const r of chain) if (!beats[r]![c] && !beats[c]![r]) return false;
    for (const r1 of chain) {
      if (!beats[r1]![c]) continue; // r1 above c
      for (const r2 of chain) if (beats[c]![r2] && !beats[r1]![r2]) return false; // c above r2 needs r1 above r2
    }
    return true;
  };
  const search = (chain: CandidateIndex[], candidates: CandidateIndex[], excluded: CandidateIndex[]): boolean => {
    tick();
    // A candidate beating x that beats every candidate that can still be in the chain can never be blocked.
    for (const c of above) if (chain.every((s) => beats[c]![s]) && candidates.every((s) => beats[c]![s])) return false;
    if (candidates.length === 0) return excluded.length === 0;
    const rest = candidates.slice();
    const done = excluded.slice();
    while (rest.length > 0) {
      const c = rest.shift()!;
      const next = [...chain, c];
      if (search(next, rest.filter((d) => joins(next, d)), done.filter((d) => joins(next, d)))) return true;
      done.push(c);
    }
    return false;
  };
  return search([], below, []);
}

/**
 * Banks set: the candidates that top some maximal chain of the majority relation — a maximal set of
 * candidates that strict majority orders linearly (a maximal transitive subtournament), as pref_voting's
 * `banks` defines it (majority ties break chains). On tournaments, a subset of the uncovered set.
 *
 * Source: J. S. Banks, "Sophisticated voting outcomes and agenda control", Social Choice and Welfare 1
 * (1985) 295–306, doi:10.1007/BF00649265.
 *
 * Complexity: deciding membership is NP-complete (Woeginger 2003); a pruned search over chains, exponential
 * in the worst case, bounded by `options.budget`; honours `signal`. Irresolute by nature (a set).
 *
 * @example
 * banks(profileOf(3, ['abc', 'bca', 'cab'])).winners; // [0, 1, 2]
 */
export const banks = defineVotingMethod<MarginInput, BanksOptions>(
  {
    id: 'banks',
    name: 'Banks',
    aliases: ['Banks', 'banks-set', 'banks_set'],
    family: 'tournament-solution',
    description: 'The candidates that top some maximal chain: a maximal set of candidates linearly ordered by strict majority.',
    citations: [
      { authors: 'J. S. Banks', year: 1985, title: 'Sophisticated voting outcomes and agenda control', doi: '10.1007/BF00649265' },
      { authors: 'G. J. Woeginger', year: 2003, title: 'Banks winners in tournaments are difficult to recognize', doi: '10.1007/s003550200192' },
    ],
    complexity: 'O(2^m · m²) in the worst case (NP-complete), bounded by options.budget',
    input: 'margins',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: every candidate that tops a maximal chain',
    properties: {},
    exponential: true,
  },
  (input, options) => {
    const g = marginGraph(input, options);
    const m = g.candidates.length;
    const beats = g.margins.map((row) => row.map((v) => v > 0));
    const budget = options.budget ?? 1_000_000;
    let nodes = 0;
    const tick = (): void => {
      nodes++;
      if ((nodes & 255) === 0) throwIfAborted(options.signal, 'banks');
      if (nodes > budget) {
        throw new BudgetExceededError(`banks explored more than ${budget} chains.`, { where: 'options.budget', fix: `Raise options.budget (e.g. to ${budget * 10}); deciding Banks winners is NP-complete.` });
      }
    };
    throwIfAborted(options.signal, 'banks');
    const winners: CandidateIndex[] = [];
    for (let x = 0; x < m; x++) if (topsMaximalChain(beats, x, tick)) winners.push(x);
    return votingResult({ method: 'banks', candidates: g.candidates, winners });
  },
);
