import { expect, it } from 'vitest';
import { beatPath, copeland, election, minimax } from '../../src/index.js';
import { describeCorpus } from '../helpers/corpora.js';
import { labelsOf, tidemanElections, tidemanProfile, tidemanRanking } from './tideman.js';

/**
 * The rules for which Condorcet PHP and pref_voting agree on all 109 elections (see the corpus README):
 * our winners must equal Condorcet PHP's first tier, with unranked candidates at the bottom (implicit).
 */
const anchors = [
  ['Schulze Margin', beatPath],
  ['Minimax Margin', minimax],
  ['Copeland', copeland],
] as const;

describeCorpus('condorcet-tideman-collection', 'Tideman collection: winners agree with Condorcet PHP', () => {
  const ids = tidemanElections();
  it('has the 109 elections', () => expect(ids).toHaveLength(109));
  for (const [name, rule] of anchors) {
    it(`${rule.info.id} = Condorcet PHP's ${name} on every election (implicit ranking)`, () => {
      const disagreements: string[] = [];
      for (const id of ids) {
        const profile = tidemanProfile(id, 'implicit');
        const expected = tidemanRanking(id, 'implicit', name)?.[0];
        if (expected === undefined) continue;
        const winners = labelsOf(profile, rule(election(profile)).winners);
        if (JSON.stringify(winners) !== JSON.stringify(expected)) disagreements.push(`${id}: ours ${winners.join(', ')}; Condorcet PHP ${expected.join(', ')}`);
      }
      expect(disagreements).toEqual([]);
    });
  }
});
