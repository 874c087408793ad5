import { Rational, ValidationError } from '@plural/core';
import { election, type Election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import type { VotingOptions } from '../registry/types.js';
import { argmax, rankingByScore, toScores, votingResult } from '../result/result.js';
import { argmaxRational, positionalRationalTally, rankingByRational, rationalScores } from './scoring.js';

/**
 * The documented ways of scoring weak or truncated ballots with Borda:
 * - `'symmetric'` (pref_voting's default `symmetric_borda_scores`): (candidates ranked strictly below)
 *   − (candidates ranked strictly above), unranked candidates tied below every ranked one
 *   (pref_voting's extended strict preference); equals the sum of a candidate's margins;
 * - `'domination'`: candidates ranked strictly below (pref_voting's `domination_borda_scores`);
 * - `'weak-domination'`: candidates ranked weakly below, itself included (`weak_domination_borda_scores`);
 * - `'non-domination'`: − candidates ranked strictly above (`non_domination_borda_scores`);
 * - `'condorcet-php-implicit'` (Condorcet PHP's BordaCount with implicit ranking): places earn m, m−1, …,
 *   1; tied candidates share the points of the places they occupy; unranked candidates form a tied last
 *   group. Always ranks candidates as `'symmetric'` does (its scores are (symmetric + m + 1)/2);
 * - `'condorcet-php-explicit'` (BordaCount with explicit ranking): the same, but unranked candidates
 *   score 0.
 * See Terzopoulou & Endriss, "The Borda class", J. Math. Economics (2021), for the first four.
 */
export type BordaConvention = 'symmetric' | 'domination' | 'weak-domination' | 'non-domination' | 'condorcet-php-implicit' | 'condorcet-php-explicit';

const conventions: readonly BordaConvention[] = ['symmetric', 'domination', 'weak-domination', 'non-domination', 'condorcet-php-implicit', 'condorcet-php-explicit'];

export interface BordaTruncatedOptions extends VotingOptions {
  /** How weak and truncated ballots are scored; default `'symmetric'` (pref_voting). */
  readonly convention?: BordaConvention;
}

/** Integer Borda scores of one of the four dominance conventions, multiplied by the ballot counts. */
function dominanceScores(e: Election, convention: 'symmetric' | 'domination' | 'weak-domination' | 'non-domination'): Float64Array {
  const m = e.candidates.length;
  const scores = new Float64Array(m);
  const ranked = new Uint8Array(m);
  const points = (above: number, size: number) => {
    const below = m - above - size;
    return convention === 'symmetric' ? below - above : convention === 'domination' ? below : convention === 'weak-domination' ? below + size : -above;
  };
  const { entries, starts, ties, counts, count } = e.packed;
  for (let i = 0; i < count; i++) {
    const w = counts[i]!;
    const end = starts[i + 1]!;
    const truncated = end - starts[i]! < m;
    if (truncated) ranked.fill(0);
    let above = 0;
    for (let j = starts[i]!; j < end; ) {
      let last = j;
      if (ties !== null) while (ties[last] === 1) last++;
      const size = last - j + 1;
      const p = points(above, size) * w;
      for (; j <= last; j++) {
        scores[entries[j]!]! += p;
        ranked[entries[j]!] = 1;
      }
      above += size;
    }
    if (truncated) {
      const p = points(above, m - above) * w;
      for (let c = 0; c < m; c++) if (!ranked[c]) scores[c]! += p;
    }
  }
  return scores;
}

/**
 * Borda for weak and truncated ballots, with the convention named by `options.convention` (default
 * pref_voting's symmetric Borda score: candidates ranked below minus candidates ranked above, unranked
 * candidates tied last). On strict complete ballots every convention ranks candidates as Borda does.
 *
 * Sources: pref_voting's `borda_for_profile_with_ties` (Holliday & Pacuit, doi:10.21105/joss.07020);
 * Z. Terzopoulou, U. Endriss, "The Borda class: An axiomatic study of the Borda rule on top-truncated
 * preferences", J. Math. Economics (2021), http://www.illc.uva.nl/~ulle/pubs/files/TerzopoulouEndrissJME2021.pdf; Condorcet PHP's
 * BordaCount (J. Boudry, https://github.com/julien-boudry/Condorcet).
 *
 * Complexity: O(total ballot length + n·m). Irresolute.
 *
 * @example
 * bordaTruncated(profileOf(3, ['ab', 'c(ab)'])).scores; // symmetric: [1, -1, 0]
 */
export const bordaTruncated = defineVotingMethod<ProfileInput, BordaTruncatedOptions>(
  {
    id: 'borda-truncated',
    name: 'Borda (for Truncated Profiles)',
    aliases: ['Borda (for Truncated Profiles)', 'borda_for_profile_with_ties', 'borda-weak', 'symmetric-borda'],
    family: 'positional',
    description: 'Borda for weak or truncated ballots: ranked-below minus ranked-above (or a named convention); most points wins.',
    citations: [
      { authors: 'Z. Terzopoulou, U. Endriss', year: 2021, title: 'The Borda class: An axiomatic study of the Borda rule on top-truncated preferences', url: 'http://www.illc.uva.nl/~ulle/pubs/files/TerzopoulouEndrissJME2021.pdf' },
      { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python', doi: '10.21105/joss.07020' },
      { authors: 'J. Boudry', year: 2023, title: 'Condorcet PHP (BordaCount)', url: 'https://github.com/julien-boudry/Condorcet' },
    ],
    complexity: 'O(total ballot length + n·m)',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    tieBreaking: 'irresolute: all candidates with the top score win',
    properties: { 'condorcet-winner': null, 'condorcet-loser': null, 'pareto-dominance': null },
  },
  (input, options) => {
    const convention = options.convention ?? 'symmetric';
    if (!conventions.includes(convention)) {
      throw new ValidationError(`unknown Borda convention ${JSON.stringify(convention)}.`, { where: 'options.convention', fix: `Use one of: ${conventions.join(', ')}.` });
    }
    const e = election(input, options);
    requireBallots(e, 'borda-truncated', bordaTruncated.info.ballots);
    const m = e.candidates.length;
    if (convention === 'condorcet-php-implicit' || convention === 'condorcet-php-explicit') {
      const tally = positionalRationalTally(e, (k) => Rational.of(m - k), { unranked: convention === 'condorcet-php-implicit' ? 'tied-last' : 'zero' });
      return votingResult({ method: 'borda-truncated', candidates: e.candidates, winners: argmaxRational(tally), scores: rationalScores(tally, e.scale), ranking: rankingByRational(tally), notes: [`convention ${convention}`] });
    }
    const scores = dominanceScores(e, convention);
    return votingResult({ method: 'borda-truncated', candidates: e.candidates, winners: argmax(scores), scores: toScores(scores, e.scale), ranking: rankingByScore(scores), notes: [`convention ${convention}`] });
  },
);
