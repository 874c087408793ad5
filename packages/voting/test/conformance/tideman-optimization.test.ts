import { expect, it } from 'vitest';
import { dodgsonQuick, dodgsonTideman, election, kemenyYoung, type Election } from '../../src/index.js';
import { optimalRankings, orderingScore } from '../../src/optimization/linear-ordering.js';
import { describeCorpus } from '../helpers/corpora.js';
import { labelsOf, tidemanElections, tidemanProfile, tidemanRanking, type TidemanMode } from './tideman.js';

/**
 * The optimisation rules against Condorcet PHP on the Tideman collection, in both of its modes:
 * implicit (unranked candidates tied at the bottom: our default `unranked: 'bottom'`) and explicit
 * (unranked candidates not compared: `unranked: 'ignore'`).
 */
const modes: readonly [TidemanMode, Election['unranked']][] = [
  ['implicit', 'bottom'],
  ['explicit', 'ignore'],
];

describeCorpus('condorcet-tideman-collection', 'Tideman collection: optimisation rules agree with Condorcet PHP', () => {
  const ids = tidemanElections();

  for (const [mode, unranked] of modes) {
    it(`kemeny-young = Condorcet PHP's "Kemeny–Young" (${mode}): the same ranking when it is unique, else theirs is optimal and its top is ours`, () => {
      // Condorcet PHP computes Kemeny–Young only up to 10 candidates (81 of the 109 elections per mode);
      // when several rankings are optimal it reports one of them, chosen arbitrarily.
      const disagreements: string[] = [];
      let compared = 0;
      let unique = 0;
      for (const id of ids) {
        const theirs = tidemanRanking(id, mode, 'Kemeny–Young');
        if (theirs === undefined) continue;
        compared++;
        const profile = tidemanProfile(id, mode);
        const e = election(profile, { unranked });
        const rankings = optimalRankings(e.margins(), { method: 'kemeny-young' });
        const winners = labelsOf(profile, kemenyYoung(e).winners);
        if (rankings.unique) {
          unique++;
          const ours = rankings.canonical.map((c) => labelsOf(profile, [c]));
          if (JSON.stringify(ours) !== JSON.stringify(theirs)) disagreements.push(`${id}: ours ${ours.join(' > ')}; Condorcet PHP ${theirs.join(' > ')}`);
        } else {
          const index = new Map(profile.candidates.map((c, i) => [String(c).trim(), i]));
          const ranking = theirs.map((tier) => index.get(tier[0]!)!);
          const score = orderingScore(e.margins(), ranking);
          if (theirs.some((tier) => tier.length !== 1) || score !== rankings.optimum || !winners.includes(theirs[0]![0]!)) {
            disagreements.push(`${id}: Condorcet PHP's ranking scores ${score}, the optimum is ${rankings.optimum}; our winners ${winners.join(', ')}`);
          }
        }
      }
      expect(compared).toBe(81);
      expect(unique).toBeGreaterThan(70);
      expect(disagreements).toEqual([]);
    });

    for (const [name, rule] of [
      ['Dodgson Quick', dodgsonQuick],
      ['Dodgson Tideman Approximation', dodgsonTideman],
    ] as const) {
      it(`${rule.info.id} = Condorcet PHP's "${name}" (${mode}): winners and the whole ranking, on every election`, () => {
        const disagreements: string[] = [];
        for (const id of ids) {
          const theirs = tidemanRanking(id, mode, name);
          if (theirs === undefined) continue;
          const profile = tidemanProfile(id, mode);
          const result = rule(election(profile, { unranked }));
          const ours = result.ranking!.map((tier) => labelsOf(profile, tier));
          if (JSON.stringify(labelsOf(profile, result.winners)) !== JSON.stringify(theirs[0])) disagreements.push(`${id}: winners ${labelsOf(profile, result.winners).join(', ')} vs ${theirs[0]!.join(', ')}`);
          else if (JSON.stringify(ours) !== JSON.stringify(theirs)) disagreements.push(`${id}: ranking differs`);
        }
        expect(disagreements).toEqual([]);
      });
    }
  }
});
