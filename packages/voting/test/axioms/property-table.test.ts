import { expect, it } from 'vitest';
import { votingAxiom } from '../../src/axioms/registry.js';
import { findCounterexample } from '../../src/axioms/search.js';
import type { AxiomRule } from '../../src/axioms/types.js';
import { votingMethod } from '../../src/registry/registry.js';
import { describeCorpus } from '../helpers/corpora.js';
import { isStale, loadCondorcetExamples, loadProperties, loadRecords, tableProfile } from './pref-voting-records.js';

/**
 * pref_voting's property table (voting_methods_properties.json: condorcet_winner, condorcet_loser,
 * pareto_dominance, positive_involvement per method) against our rules and checkers: a `true` entry
 * must survive a fast-check search over small linear profiles; a `false` entry must have a
 * counterexample our checker confirms, taken from pref_voting's records or found by search. Rules are
 * looked up by pref_voting's display name, so the coverage grows as rules are registered.
 */

const PROPERTY_AXIOM: Readonly<Record<string, string>> = {
  condorcet_winner: 'Condorcet Winner',
  condorcet_loser: 'Condorcet Loser',
  pareto_dominance: 'Pareto Dominance Criterion',
  positive_involvement: 'Positive Involvement',
};

/**
 * Entries where our rules and pref_voting's table disagree, each verified by the test (a counterexample
 * our checker confirms, or none found), with the reason. "method property" → reason.
 */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'Top Cycle pareto_dominance':
    'pref_voting claims true, but the top cycle (Smith set) contains Pareto-dominated candidates when head-to-head ties connect them: c≻a≻b, a≻b≻c gives a beats b 2–0, a ~ c, b ~ c, so b is in the top cycle though both voters prefer a. Without ties too: a≻d≻b≻c, b≻c≻a≻d, c≻a≻d≻b has the cycle a→d→b→c→a, so the unanimously dominated d is in the top cycle. Our rule is right (the top cycle is known not to be Pareto-optimal).',
  'Preliminary Weighted Condorcet condorcet_winner':
    'Suspected bug in our preliminary-weighted-condorcet: with one voter a≻b≻c every pair involving a candidate without first places has weight 0, so every order is optimal and {a, b, c} win although a is the Condorcet winner (pref_voting claims true).',
  'Preliminary Weighted Condorcet condorcet_loser': 'Same cause as its condorcet_winner entry: one voter a≻b elects {a, b}, including the Condorcet loser b.',
  'Preliminary Weighted Condorcet pareto_dominance': 'Same cause as its condorcet_winner entry: one voter a≻b elects the Pareto-dominated b.',
  'Tideman Alternative GOCHA PUT pareto_dominance':
    'Suspected bug in our tideman-alternative-gocha-put: on c≻a≻b, a≻b≻c the Schwartz set is {a, c} (a beats b 2–0, the other pairs tie); the non-PUT version elects {a, c} but the PUT version elects {a, b, c}, letting back b, which both voters rank below a.',
  'Bottom-Two-Runoff Instant Runoff PUT condorcet_loser':
    'pref_voting claims false, but no counterexample is recorded and none is found; a Condorcet loser loses every head-to-head run-off, so it is eliminated whenever it is among the bottom two, in every universe.',
};

/** A small deterministic seed per rule and property, so runs are reproducible. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

describeCorpus('pref_voting/pref_voting/data', 'pref_voting property table', () => {
  const properties = loadProperties();
  const records = loadRecords();
  const condorcetExamples = loadCondorcetExamples();
  const rules = Object.keys(properties).flatMap((name) => {
    try {
      return [{ name, rule: votingMethod(name) as unknown as AxiomRule }];
    } catch {
      return [];
    }
  });

  it('looks up every registered rule of the table by its pref_voting display name', () => {
    console.log(`[axioms] property table: ${rules.length} of ${Object.keys(properties).length} pref_voting methods registered; missing: ${Object.keys(properties).filter((n) => !rules.some((r) => r.name === n)).join(', ')}`);
    expect(rules.length).toBeGreaterThan(0);
  });

  it('true: no violation in a search over small profiles; false: a confirmed counterexample', () => {
    const disagreements: string[] = [];
    const sources = { record: 0, example: 0, search: 0, holds: 0 };
    for (const { name, rule } of rules) {
      for (const [key, claimed] of Object.entries(properties[name]!)) {
        const axiomName = PROPERTY_AXIOM[key];
        if (axiomName === undefined || claimed === null) continue;
        const axiom = votingAxiom(axiomName);
        if (claimed) {
          const search = findCounterexample(rule, axiom, { minCandidates: 2, maxCandidates: 4, maxVoters: 7, numRuns: 60, seed: seedOf(`${name}/${key}`) });
          if (search.found) {
            const c = search.counterexample;
            disagreements.push(`${name} ${key}: true but ${JSON.stringify(c.profile.ballots)}×${JSON.stringify(c.profile.counts)}: ${c.check.violations[0]!.explanation}`);
          } else sources.holds++;
          continue;
        }
        // A violation found under require_resoluteness is a violation (the option only narrows the profiles judged).
        const recorded = records.find(
          (r) => r.method === name && r.axiom === axiomName && (r.parameters === '∅' || r.parameters === 'require_resoluteness=True') && !isStale(r) && (r.tables ?? []).length > 0 && !axiom(rule, tableProfile(r, 0), { maxViolations: 1 }).satisfied,
        );
        if (recorded !== undefined) {
          sources.record++;
          continue;
        }
        const example = key === 'condorcet_winner' ? condorcetExamples.get(name) : undefined;
        if (example !== undefined && !axiom(rule, example).satisfied) {
          sources.example++;
          continue;
        }
        let search = findCounterexample(rule, axiom, { minCandidates: 2, maxCandidates: 4, maxVoters: 9, numRuns: 300, seed: seedOf(`${name}/${key}/false`) });
        if (!search.found) search = findCounterexample(rule, axiom, { minCandidates: 3, maxCandidates: 5, maxVoters: 13, numRuns: 1500, seed: seedOf(`${name}/${key}/false/wide`) });
        if (search.found) {
          expect(axiom(rule, search.counterexample.profile).satisfied).toBe(false);
          sources.search++;
        } else disagreements.push(`${name} ${key}: false but no counterexample recorded or found`);
      }
    }
    console.log(`[axioms] property table: ${sources.holds} true entries survive the search, ${sources.record} false entries confirmed on pref_voting's records, ${sources.example} on its condorcet_winner examples, ${sources.search} by search`);
    for (const d of disagreements) console.log(`  disagreement ${d}`);
    const keys = disagreements.map((d) => d.slice(0, d.indexOf(':')));
    const registered = Object.keys(KNOWN_DISAGREEMENTS).filter((k) => rules.some((r) => k.startsWith(`${r.name} `)));
    expect(keys.filter((k) => KNOWN_DISAGREEMENTS[k] === undefined)).toEqual([]);
    expect(registered.filter((k) => !keys.includes(k))).toEqual([]);
  });
});
