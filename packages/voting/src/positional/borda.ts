import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import { defineVotingMethod } from '../registry/define.js';
import { argmax, rankingByScore, toScores, votingResult } from '../result/result.js';
import { positionalTally } from './scoring.js';

/**
 * Borda count: with m candidates, a voter gives m−1 points to their first choice, m−2 to the second, …,
 * 0 to the last; the candidates with the most points win. Needs strict complete ballots (for truncated
 * ballots or ties, use `borda-truncated`, which names its convention).
 *
 * Source: J.-C. de Borda, "Mémoire sur les élections au scrutin", Histoire de l'Académie Royale des
 * Sciences (1781).
 *
 * Complexity: O(n·m). Irresolute: all candidates with the top score win.
 *
 * @example
 * borda(profile).scores; // [5, 3, 1]
 */
export const borda = defineVotingMethod<ProfileInput>(
  {
    id: 'borda',
    name: 'Borda',
    aliases: ['borda-count', 'Borda', 'BordaCount'],
    family: 'positional',
    description: 'The k-th of m places earns m−k points; most points wins.',
    citations: [{ authors: 'J.-C. de Borda', year: 1781, title: 'Mémoire sur les élections au scrutin', url: 'https://gallica.bnf.fr/ark:/12148/bpt6k35800/f780' }],
    complexity: 'O(n·m)',
    input: 'profile',
    ballots: { ties: false, truncated: false },
    tieBreaking: 'irresolute: all candidates with the top Borda score win',
    properties: { 'condorcet-winner': false, 'condorcet-loser': true, 'pareto-dominance': true, 'positive-involvement': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'borda', borda.info.ballots);
    const m = e.candidates.length;
    const scores = positionalTally(e, Array.from({ length: m }, (_, k) => m - 1 - k));
    return votingResult({ method: 'borda', candidates: e.candidates, winners: argmax(scores), scores: toScores(scores, e.scale), ranking: rankingByScore(scores) });
  },
);
