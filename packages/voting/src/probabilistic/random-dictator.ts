import { Rational, ValidationError } from '@plural/core';
import { election, type ProfileInput } from '../election/election.js';
import { requireBallots } from '../election/requirements.js';
import type { Score } from '../result/result.js';
import { defineProbabilisticRule, probabilisticResult } from './define.js';
import type { ProbabilisticOptions } from './types.js';

/**
 * Random dictator (random ballot): a voter drawn with probability proportional to their weight picks
 * their top choice, so each candidate's probability is its share of first places. A ballot whose first
 * place is a tie of k candidates gives each of them 1/k of its weight (the dictator's choice among their
 * own top group is uniform); empty ballots abstain (they are left out of the total).
 *
 * Source: A. Gibbard, "Manipulation of schemes that mix voting with chance", Econometrica 45(3) (1977)
 * 665–681, doi:10.2307/1911681 (the only strategyproof, anonymous, Pareto-efficient-ex-post rule over
 * strict preferences); F. Brandt, "Rolling the dice" (2017).
 *
 * Complexity: O(n + m). Scores: the (fractional) first-place tallies.
 *
 * @example
 * randomDictator(profileOf(3, ['abc', 'bca', '(ac)b'], [2, 1, 1])).probabilities.map(String); // ['5/8', '1/4', '1/8']
 */
export const randomDictator = defineProbabilisticRule<ProfileInput, ProbabilisticOptions>(
  {
    id: 'random-dictator',
    name: 'Random Dictator (random ballot)',
    aliases: ['Random Dictator', 'random_dictator', 'Random Ballot', 'random-ballot', 'lottery voting', 'single stochastic vote'],
    family: 'probabilistic',
    description: "A random voter (probability ∝ weight) picks their top choice; a tied top is split equally.",
    citations: [
      { authors: 'A. Gibbard', year: 1977, title: 'Manipulation of schemes that mix voting with chance', doi: '10.2307/1911681' },
      { authors: 'F. Brandt', year: 2017, title: 'Rolling the dice: Recent results in probabilistic social choice, in U. Endriss (ed.), Trends in Computational Social Choice (AI Access), 3–26' },
    ],
    complexity: 'O(n + m)',
    input: 'profile',
    ballots: { ties: true, truncated: true },
    async: false,
    properties: { 'condorcet-winner': false, 'condorcet-loser': false, 'pareto-dominance': true },
  },
  (input, options) => {
    const e = election(input, options);
    requireBallots(e, 'random-dictator', randomDictator.info.ballots);
    const tally = e.candidates.map(() => Rational.ZERO);
    let total = 0;
    e.ballots.forEach((ballot, i) => {
      const top = ballot[0];
      if (top === undefined) return;
      const group = typeof top === 'number' ? [top] : top;
      if (group.length === 0) return;
      const share = Rational.of(e.counts[i]!, group.length);
      for (const c of group) tally[c] = tally[c]!.add(share);
      total += e.counts[i]!;
    });
    if (total === 0) {
      throw new ValidationError('random-dictator needs a ballot that ranks someone, but every ballot is empty.', { where: 'profile.ballots', fix: 'Give at least one non-empty ballot.' });
    }
    const probabilities = tally.map((t) => t.div(total));
    const scores: Score[] = tally.map((t) => {
      const r = t.div(e.scale);
      return r.isInteger() ? Number(r.num) : r;
    });
    return probabilisticResult('random-dictator', e.candidates, probabilities, { scores });
  },
);
