import { expect, it } from 'vitest';
import {
  beatPath,
  beatPathRatio,
  beatPathWinning,
  election,
  minimax,
  minimaxOpposition,
  minimaxWinning,
  rankedPairs,
  rankedPairsMargin,
  rankedPairsWinning,
  type VotingResult,
} from '../../src/index.js';
import { describeCorpus } from '../helpers/corpora.js';
import { labelsOf, tidemanElections, tidemanProfile, tidemanRanking, type TidemanMode } from './tideman.js';

type Rule = (input: never) => VotingResult;

/**
 * Condorcet PHP's margin-family methods and ours: winners must equal Condorcet PHP's first tier on all 109
 * elections, in the implicit mode (unranked candidates tied at the bottom: `unranked: 'bottom'`) and in the
 * explicit mode (unranked candidates ignored: `unranked: 'ignore'`).
 */
const rules: readonly (readonly [string, Rule])[] = [
  ['Ranked Pairs Winning', rankedPairsWinning as Rule],
  ['Ranked Pairs Margin', rankedPairsMargin as Rule],
  ['Schulze Winning', beatPathWinning as Rule],
  ['Schulze Ratio', beatPathRatio as Rule],
  ['Schulze Margin', beatPath as Rule],
  ['Minimax Winning', minimaxWinning as Rule],
  ['Minimax Opposition', minimaxOpposition as Rule],
  ['Minimax Margin', minimax as Rule],
];

const profiles = new Map<string, ReturnType<typeof tidemanProfile>>();
function profileOf(id: string, mode: TidemanMode): ReturnType<typeof tidemanProfile> {
  const key = `${id}/${mode}`;
  let p = profiles.get(key);
  if (p === undefined) profiles.set(key, (p = tidemanProfile(id, mode)));
  return p;
}

function disagreements(name: string, rule: Rule, mode: TidemanMode): string[] {
  const out: string[] = [];
  for (const id of tidemanElections()) {
    const expected = tidemanRanking(id, mode, name)?.[0];
    if (expected === undefined) continue;
    const profile = profileOf(id, mode);
    const winners = labelsOf(profile, rule(election(profile, { unranked: mode === 'explicit' ? 'ignore' : 'bottom' }) as never).winners);
    if (JSON.stringify(winners) !== JSON.stringify(expected)) out.push(`${id}: ours ${winners.join(', ')}; Condorcet PHP ${expected.join(', ')}`);
  }
  return out;
}

describeCorpus('condorcet-tideman-collection', 'Tideman collection: margin-family rules agree with Condorcet PHP', () => {
  it('has the 109 elections', () => expect(tidemanElections()).toHaveLength(109));
  for (const mode of ['implicit', 'explicit'] as const) {
    for (const [name, rule] of rules) {
      it(`${(rule as unknown as { info: { id: string } }).info.id} = Condorcet PHP's ${name} on every election (${mode} ranking)`, () => {
        expect(disagreements(name, rule, mode)).toEqual([]);
      });
    }
  }
  it("ranked-pairs (every tie-breaking order, pref_voting's definition) against Condorcet PHP's Ranked Pairs Margin", () => {
    // Implicit mode: the same winners on all 109 elections.
    expect(disagreements('Ranked Pairs Margin', rankedPairs as Rule, 'implicit')).toEqual([]);
    // Explicit mode: three elections have equal margins that Condorcet PHP orders by the smaller opposition
    // (the loser's support) before locking, where ranked-pairs admits every order of the tied pairs; each of
    // Condorcet PHP's winners is one of ours, and ours also win under some other order.
    expect(disagreements('Ranked Pairs Margin', rankedPairs as Rule, 'explicit')).toEqual([
      'A10: ours 1, 13, 17; Condorcet PHP 1',
      'A23: ours 15, 7; Condorcet PHP 7',
      'A33: ours D, F, O, Q; Condorcet PHP D, F, Q',
    ]);
  });
});
