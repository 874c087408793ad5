import type { CandidateIndex } from '@plural/core';
import { marginGraph, type MarginInput } from '../election/margin-graph.js';
import { defineVotingMethod } from '../registry/define.js';
import type { Citation, VotingMethod, VotingMethodInfo, VotingOptions } from '../registry/types.js';
import { votingResult } from '../result/result.js';

/** Who beats each candidate: `strict[c][d]` when d beats c by majority, `weak[c][d]` when d beats or ties c. */
interface Dominators {
  readonly strict: boolean[][];
  readonly weak: boolean[][];
}

/** Bitsets over candidates as boolean rows: `beats[a][b]` when a beats b by majority (margin > 0). */
function dominators(margins: readonly (readonly number[])[]): Dominators {
  const m = margins.length;
  // strict[c][d]: d beats c; weak[c][d]: d beats or ties c (d = c included, as in pref_voting).
  const strict = Array.from({ length: m }, (_, c) => Array.from({ length: m }, (_, d) => margins[d]![c]! > 0));
  const weak = Array.from({ length: m }, (_, c) => Array.from({ length: m }, (_, d) => margins[d]![c]! >= 0));
  return { strict, weak };
}

/** True when the set `x` (a boolean row) is included in `y`. */
function subset(x: readonly boolean[], y: readonly boolean[]): boolean {
  return x.every((v, i) => !v || y[i]);
}

/** The candidates not covered, for a covering test `covers(x, y)` (x ≠ y). */
function uncovered(m: number, covers: (x: CandidateIndex, y: CandidateIndex) => boolean): CandidateIndex[] {
  const out: CandidateIndex[] = [];
  for (let y = 0; y < m; y++) {
    let covered = false;
    for (let x = 0; x < m && !covered; x++) if (x !== y && covers(x, y)) covered = true;
    if (!covered) out.push(y);
  }
  return out;
}

/**
 * Registers the uncovered set of one covering relation (Duggan 2013 surveys them): `covers(d, x, y)`
 * (x ≠ y) read off the dominators `d`; the candidates no other covers win, irresolutely.
 */
function defineUncoveredSet(
  info: Pick<VotingMethodInfo, 'id' | 'name' | 'aliases' | 'description' | 'citations'>,
  covers: (d: Dominators, x: CandidateIndex, y: CandidateIndex) => boolean,
): VotingMethod<MarginInput, VotingOptions> {
  return defineVotingMethod<MarginInput, VotingOptions>(
    {
      id: info.id,
      name: info.name,
      aliases: info.aliases,
      family: 'tournament-solution',
      description: info.description,
      citations: info.citations,
      complexity: 'O(m³) after the margins',
      input: 'margins',
      ballots: { ties: true, truncated: true },
      tieBreaking: 'irresolute: all uncovered candidates',
      properties: {},
    },
    (input, options) => {
      const g = marginGraph(input, options);
      const d = dominators(g.margins);
      const winners = uncovered(g.candidates.length, (x, y) => covers(d, x, y));
      return votingResult({ method: info.id, candidates: g.candidates, winners });
    },
  );
}

const duggan2013: Citation = { authors: 'J. Duggan', year: 2013, title: 'Uncovered sets', doi: '10.1007/s00355-012-0696-9' };

/**
 * Uncovered Set (Gillies; pref_voting's `uc_gill`): x covers y when x beats y by majority and every
 * candidate that beats x also beats y; the uncovered candidates win. Inside the Smith set; on tournaments
 * all four uncovered sets coincide.
 *
 * Sources: D. B. Gillies, "Solutions to general non-zero-sum games", Contributions to the Theory of Games IV
 * (1959) 47–85; N. R. Miller, "A new solution set for tournaments and majority
 * voting", American Journal of Political Science 24 (1980) 68–96, doi:10.2307/2110925; J. Duggan, "Uncovered
 * sets", Social Choice and Welfare 41 (2013) 489–535, doi:10.1007/s00355-012-0696-9.
 *
 * Complexity: O(m³) after the margins. Irresolute by nature (a set).
 *
 * @example
 * uncoveredSet(profileOf(4, ['abcd', 'bcad', 'cabd'])).winners; // [0, 1, 2]
 */
export const uncoveredSet = defineUncoveredSet(
  {
    id: 'uncovered-set',
    name: 'Uncovered Set (Gillies)',
    aliases: ['Uncovered Set', 'uc_gill', 'uncovered-set-gillies', 'Uncovered Set - Gillies'],
    description: 'X covers Y when X beats Y and everyone who beats X beats Y; the uncovered candidates win.',
    citations: [
      { authors: 'N. R. Miller', year: 1980, title: 'A new solution set for tournaments and majority voting', doi: '10.2307/2110925' },
      duggan2013,
    ],
  },
  ({ strict }, x, y) => strict[y]![x]! && subset(strict[x]!, strict[y]!),
);

/**
 * Uncovered Set, Fishburn's version (pref_voting's `uc_fish`): x covers y when everyone who beats x beats y
 * but not conversely (no majority win of x over y is required); the uncovered candidates win.
 *
 * Sources: P. C. Fishburn, "Condorcet social choice functions", SIAM Journal on Applied Mathematics 33
 * (1977) 469–489, doi:10.1137/0133030; J. Duggan (2013), doi:10.1007/s00355-012-0696-9.
 *
 * Complexity: O(m³) after the margins. Irresolute by nature.
 *
 * @example
 * uncoveredSetFishburn(profileOf(4, ['abcd', 'bcad', 'cabd'])).winners; // [0, 1, 2]
 */
export const uncoveredSetFishburn = defineUncoveredSet(
  {
    id: 'uncovered-set-fishburn',
    name: 'Uncovered Set (Fishburn)',
    aliases: ['Uncovered Set - Fishburn', 'uc_fish'],
    description: 'X covers Y when the candidates beating X are a proper subset of those beating Y; the uncovered candidates win.',
    citations: [{ authors: 'P. C. Fishburn', year: 1977, title: 'Condorcet social choice functions', doi: '10.1137/0133030' }, duggan2013],
  },
  ({ strict }, x, y) => subset(strict[x]!, strict[y]!) && !subset(strict[y]!, strict[x]!),
);

/**
 * Uncovered Set, Bordes's version (pref_voting's `uc_bordes`): x covers y when x beats y by majority and
 * everyone who beats or ties x beats or ties y; the uncovered candidates win.
 *
 * Sources: G. Bordes, "On the possibility of reasonable consistent majoritarian choice: some positive
 * results", Journal of Economic Theory 31 (1983) 122–132, doi:10.1016/0022-0531(83)90026-1; J. Duggan (2013),
 * doi:10.1007/s00355-012-0696-9.
 *
 * Complexity: O(m³) after the margins. Irresolute by nature.
 *
 * @example
 * uncoveredSetBordes(profileOf(4, ['abcd', 'bcad', 'cabd'])).winners; // [0, 1, 2]
 */
export const uncoveredSetBordes = defineUncoveredSet(
  {
    id: 'uncovered-set-bordes',
    name: 'Uncovered Set (Bordes)',
    aliases: ['Uncovered Set - Bordes', 'uc_bordes'],
    description: 'X covers Y when X beats Y and everyone who beats or ties X beats or ties Y; the uncovered candidates win.',
    citations: [{ authors: 'G. Bordes', year: 1983, title: 'On the possibility of reasonable consistent majoritarian choice: some positive results', doi: '10.1016/0022-0531(83)90026-1' }, duggan2013],
  },
  ({ strict, weak }, x, y) => strict[y]![x]! && subset(weak[x]!, weak[y]!),
);

/**
 * Uncovered Set, McKelvey's version (pref_voting's `uc_mckelvey`): x covers y when x covers y in both
 * Gillies's and Bordes's senses; the uncovered candidates win (the largest of the four).
 *
 * Sources: R. D. McKelvey, "Covering, dominance, and institution-free properties of social choice", American
 * Journal of Political Science 30 (1986) 283–314, doi:10.2307/2111098; J. Duggan (2013),
 * doi:10.1007/s00355-012-0696-9.
 *
 * Complexity: O(m³) after the margins. Irresolute by nature.
 *
 * @example
 * uncoveredSetMcKelvey(profileOf(4, ['abcd', 'bcad', 'cabd'])).winners; // [0, 1, 2]
 */
export const uncoveredSetMcKelvey = defineUncoveredSet(
  {
    id: 'uncovered-set-mckelvey',
    name: 'Uncovered Set (McKelvey)',
    aliases: ['Uncovered Set - McKelvey', 'uc_mckelvey'],
    description: 'X covers Y when X beats Y and both everyone who beats X and everyone who beats or ties X do the same to Y; the uncovered candidates win.',
    citations: [{ authors: 'R. D. McKelvey', year: 1986, title: 'Covering, dominance, and institution-free properties of social choice', doi: '10.2307/2111098' }, duggan2013],
  },
  ({ strict, weak }, x, y) => strict[y]![x]! && subset(strict[x]!, strict[y]!) && subset(weak[x]!, weak[y]!),
);
