import { expect, it } from 'vitest';
import { votingAxiom } from '../../src/axioms/registry.js';
import { findCounterexample } from '../../src/axioms/search.js';
import type { AxiomRule } from '../../src/axioms/types.js';
import { votingMethod } from '../../src/registry/registry.js';
import { describeCorpus } from '../helpers/corpora.js';
import { profileOf } from '../helpers/profiles.js';
import { isStale, loadCondorcetExamples, loadProperties, loadRecords, tableProfile } from './pref-voting-records.js';

/**
 * Our claimed properties (`info.properties`: condorcet-winner, condorcet-loser, pareto-dominance,
 * positive-involvement) against our rules and checkers, for every rule registered under a pref_voting
 * display name: a `true` claim must survive a fast-check search over small linear profiles; a `false`
 * claim must have a counterexample our checker confirms, taken from pref_voting's records or its
 * condorcet_winner examples, or found by search. The claims equal pref_voting's table except the
 * documented corrections (test/helpers/pref-voting-corrections.ts; test/registry checks that).
 */

/** Our property ids by pref_voting's keys. */
const PROPERTY_ID: Readonly<Record<string, string>> = {
  condorcet_winner: 'condorcet-winner',
  condorcet_loser: 'condorcet-loser',
  pareto_dominance: 'pareto-dominance',
  positive_involvement: 'positive-involvement',
};

const PROPERTY_AXIOM: Readonly<Record<string, string>> = {
  condorcet_winner: 'Condorcet Winner',
  condorcet_loser: 'Condorcet Loser',
  pareto_dominance: 'Pareto Dominance Criterion',
  positive_involvement: 'Positive Involvement',
};

/**
 * Counterexamples recorded by the rules' own tests for `false` claims that neither pref_voting's records
 * nor a small search reach ("<display name> <key>" → ballots in letters and counts; see profileOf).
 */
const RECORDED: Readonly<Record<string, readonly [number, readonly string[], readonly number[]]>> = {
  // test/margin/river.test.ts: d loses, and wins once a voter ranking d first leaves.
  'River positive_involvement': [5, ['bcdea', 'adbec', 'ceadb', 'dcaeb', 'eacbd'], [3, 2, 1, 2, 1]],
  // test/margin/stable-voting.test.ts: b loses, and wins once a voter ranking b first leaves.
  'Stable Voting positive_involvement': [4, ['dcba', 'adcb', 'badc', 'cabd'], [1, 1, 3, 2]],
  'Simple Stable Voting positive_involvement': [4, ['dcba', 'adcb', 'badc', 'cabd'], [1, 1, 3, 2]],
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
      for (const key of Object.keys(properties[name]!)) {
        const claimed = (rule as unknown as { info: { properties: Record<string, boolean | null> } }).info.properties[PROPERTY_ID[key]!] ?? null;
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
        const recordedHere = RECORDED[`${name} ${key}`];
        if (recordedHere !== undefined && !axiom(rule, profileOf(...recordedHere)).satisfied) {
          sources.record++;
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
    expect(disagreements).toEqual([]);
  });
});
