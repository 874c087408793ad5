import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeMethodName, votingMethod, votingMethods } from '../../src/index.js';
import { corpora, describeCorpus } from '../helpers/corpora.js';
import { profileOf } from '../helpers/profiles.js';
import { PREF_VOTING_CORRECTIONS } from '../helpers/pref-voting-corrections.js';

describe('the voting registry', () => {
  it('every rule has a unique kebab-case id, a name, a description, a citation and a complexity', () => {
    const ids = votingMethods.map((m) => m.info.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { info } of votingMethods) {
      expect(info.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(info.name.length).toBeGreaterThan(0);
      expect(info.description.length).toBeGreaterThan(10);
      expect(info.citations.length).toBeGreaterThan(0);
      for (const c of info.citations) expect(c.doi ?? c.arxiv ?? c.url).toBeTruthy();
      expect(info.complexity).toMatch(/O\(/);
      expect(info.tieBreaking.length).toBeGreaterThan(0);
      expect(Object.isFrozen(info)).toBe(true);
    }
  });
  it('finds rules by id and by alias, ignoring case, spaces and underscores', () => {
    expect(votingMethod('Beat Path').info.id).toBe('schulze');
    expect(votingMethod('beat_path').info.id).toBe('schulze');
    expect(votingMethod('Instant Runoff').info.id).toBe('instant-runoff');
    expect(votingMethod('IRV').info.id).toBe('instant-runoff');
    expect(normalizeMethodName(' Top  Cycle ')).toBe('top-cycle');
  });
  it('every registered rule runs, typed as the registry hands it out, on a strict complete profile', () => {
    const profile = profileOf(4, ['abcd', 'bcda', 'cadb', 'dbac', 'abdc'], [3, 2, 2, 1, 1]);
    const required: Record<string, Record<string, unknown>> = { 'positional-scoring-rule': { vector: [3, 2, 1, 0] } };
    for (const method of votingMethods) {
      const result = votingMethod(method.info.id)(profile, required[method.info.id] ?? {});
      expect(result.method, method.info.id).toBe(method.info.id);
      expect(result.winners.length, method.info.id).toBeGreaterThan(0);
      for (const w of result.winners) expect(w).toBeLessThan(4);
    }
  });
  it('an unknown name is a ValidationError listing the ids', () => {
    expect(() => votingMethod('borda-plus')).toThrow(/unknown voting method "borda-plus".*plurality/);
  });
});

/** pref_voting's property record keys → our axiom ids. */
const propertyIds: Record<string, string> = {
  condorcet_winner: 'condorcet-winner',
  condorcet_loser: 'condorcet-loser',
  pareto_dominance: 'pareto-dominance',
  positive_involvement: 'positive-involvement',
};

describeCorpus('pref_voting', "claimed properties match pref_voting's voting_methods_properties.json", () => {
  const table = JSON.parse(
    fs.readFileSync(path.join(corpora, 'pref_voting/pref_voting/data/voting_methods_properties.json'), 'utf8'),
  ) as Record<string, Record<string, boolean | null>>;
  it('every rule registered under a pref_voting display name claims what pref_voting records, except the documented corrections', () => {
    const mismatches: string[] = [];
    const corrected = new Set<string>();
    let compared = 0;
    for (const [name, record] of Object.entries(table)) {
      const method = votingMethods.find((m) => m.info.aliases.includes(name));
      if (method === undefined) continue;
      for (const [key, value] of Object.entries(record)) {
        const id = propertyIds[key]!;
        const correction = PREF_VOTING_CORRECTIONS[`${name} ${key}`];
        const expected = correction === undefined ? value : correction.ours;
        if (correction !== undefined) {
          expect(correction.ours, `${name} ${key}: a correction must differ from the table`).not.toBe(value);
          corrected.add(`${name} ${key}`);
        }
        compared++;
        if ((method.info.properties[id] ?? null) !== expected) mismatches.push(`${method.info.id}.${id}: ours ${method.info.properties[id]}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(0);
    expect([...corrected].sort()).toEqual(Object.keys(PREF_VOTING_CORRECTIONS).sort());
  });
});
