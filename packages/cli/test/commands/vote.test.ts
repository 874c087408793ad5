import { describe, expect, it } from 'vitest';
import { normalizeMethodName } from '@plural/voting';
import { ruleParameters, runnableRules } from '../../src/commands/vote.js';
import { cli } from '../helpers/cli.js';

// tiny.soc: 2 × Alice>Bob>Carol, 2 × Bob>Carol>Alice, 1 × Carol>Alice>Bob (labels 1, 2, 3).
// Margins: 1 beats 2 by 1 (3–2), 2 beats 3 by 3 (4–1), 3 beats 1 by 1 (3–2): a majority cycle.
// Borda: 1 = 2·2 + 1 = 5, 2 = 2 + 2·2 = 6, 3 = 2 + 2 = 4. Schulze: 1 and 2 are unbeaten by path.

describe('plural vote', () => {
  it('prints the winners, scores and ranking of a rule as JSON, with PrefLib labels', async () => {
    const r = await cli(['vote', 'tiny.soc', '--rule', 'borda', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ rule: 'borda', winners: [2], ranking: [[2], [1], [3]], scores: { '1': 5, '2': 6, '3': 4 } });
  });
  it('finds rules by alias and reports the canonical id', async () => {
    const r = await cli(['vote', 'tiny.soc', '--rule', 'Beat Path', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ rule: 'schulze', winners: [1, 2] });
  });
  it('explains iterative rules round by round', async () => {
    const r = await cli(['vote', 'tiny.soc', '--rule', 'irv', '--explain', '--json']);
    const out = JSON.parse(r.stdout);
    // 3 is out first; its voter (3 > 1 > 2) moves to 1, who then beats 2 three to two.
    expect(out.winners).toEqual([1]);
    expect(out.rounds[0]).toEqual({ scores: { '1': 2, '2': 2, '3': 1 }, eliminated: [3], note: expect.any(String) });
    const text = await cli(['vote', 'tiny.soc', '--rule', 'irv', '--explain']);
    expect(text.stdout).toMatch(/round 1: 1: 2, 2: 2, 3: 1 → out: 3/);
  });
  it('breaks ties on request and says how', async () => {
    const lex = JSON.parse((await cli(['vote', 'tiny.soc', '--rule', 'schulze', '--tiebreak', 'lexicographic', '--json'])).stdout);
    expect(lex.winners).toEqual([1]);
    expect(lex.tiebreak).toEqual({ rule: 'lexicographic', among: [1, 2], chosen: 1 });
    const a = JSON.parse((await cli(['vote', 'tiny.soc', '--rule', 'schulze', '--tiebreak', 'random', '--seed', '3', '--json'])).stdout);
    const b = JSON.parse((await cli(['vote', 'tiny.soc', '--rule', 'schulze', '--tiebreak', 'random', '--seed', '3', '--json'])).stdout);
    expect(a).toEqual(b);
    expect(a.tiebreak.seed).toBe(3);
  });
  it('passes rule options with --param and prints exact fractions as "p/q"', async () => {
    // 1 ~ 2 by majority, both beat 3 → Copeland gives ½ point for the tie.
    const stdin = '# NUMBER ALTERNATIVES: 3\n1: 1,2,3\n1: 2,1,3\n';
    const r = JSON.parse((await cli(['vote', '-', '--format', 'soc', '--rule', 'copeland', '--json'], { stdin })).stdout);
    expect(r.scores).toEqual({ '1': '3/2', '2': '3/2', '3': 0 });
    const alpha = JSON.parse((await cli(['vote', '-', '--format', 'soc', '--rule', 'copeland', '--param', 'alpha=1', '--json'], { stdin })).stdout);
    expect(alpha.scores).toEqual({ '1': 2, '2': 2, '3': 0 });
    expect(ruleParameters(['alpha=1/2', 'n=3', 'flag=true'])).toEqual({ alpha: '1/2', n: 3, flag: true });
  });
  it('uses names from JSON inputs as labels, sorted', async () => {
    const r = JSON.parse((await cli(['vote', 'tiny.json', '--rule', 'top-cycle', '--json'])).stdout);
    expect(r.winners.every((w: unknown) => typeof w === 'string')).toBe(true);
    expect([...r.winners].sort()).toEqual(r.winners);
  });
  it('lists the rules with ids, aliases, description and citation', async () => {
    const r = JSON.parse((await cli(['vote', '--list', '--json'])).stdout);
    const ids = r.rules.map((x: { id: string }) => x.id);
    expect(ids).toContain('instant-runoff');
    for (const rule of r.rules) {
      expect(rule.citation.length).toBeGreaterThan(0);
      expect(Array.isArray(rule.aliases)).toBe(true);
    }
  });
  it('follows the error contract: unknown rule, missing rule, approval data, ties where a rule needs strict ballots', async () => {
    const unknown = await cli(['vote', 'tiny.soc', '--rule', 'nope', '--json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(JSON.parse(unknown.stderr).error).toMatchObject({ code: 'invalid-input', where: '--rule' });
    expect((await cli(['vote', 'tiny.soc', '--json'])).code).toBe(2);
    const approval = await cli(['vote', 'tiny.cat', '--rule', 'borda', '--json']);
    expect(approval.code).toBe(2);
    expect(JSON.parse(approval.stderr).error.message).toMatch(/committee/);
    const ties = await cli(['vote', 'tiny.toc', '--rule', 'irv', '--json']);
    expect(ties.code).toBe(2);
    expect(JSON.parse(ties.stderr).error.message).toMatch(/strict rankings/);
    const seedOnly = await cli(['vote', 'tiny.soc', '--rule', 'borda', '--seed', '1', '--json']);
    expect(JSON.parse(seedOnly.stderr).error.where).toBe('--seed');
  });

  it('runs social welfare functions: a full ranking', async () => {
    // Borda scores 5, 6, 4 (see the top of this file).
    const r = JSON.parse((await cli(['vote', 'tiny.soc', '--rule', 'borda-ranking', '--json'])).stdout);
    expect(r).toMatchObject({ rule: 'borda-ranking', winners: [2], ranking: [[2], [1], [3]] });
  });
  it('runs probabilistic rules: a lottery with exact probabilities', async () => {
    const r = JSON.parse((await cli(['vote', 'tiny.soc', '--rule', 'maximal-lottery', '--json'])).stdout);
    // The maximal lottery of a 3-cycle with margins x (1>2), y (2>3), z (3>1) is proportional to (y, z, x) = (3, 1, 1).
    expect(r).toEqual({ rule: 'maximal-lottery', lottery: [{ candidate: 1, probability: '3/5' }, { candidate: 2, probability: '1/5' }, { candidate: 3, probability: '1/5' }] });
    const tb = await cli(['vote', 'tiny.soc', '--rule', 'maximal-lottery', '--tiebreak', 'lexicographic', '--json']);
    expect(JSON.parse(tb.stderr).error.where).toBe('--tiebreak');
  });
  it('names are unique across the three registries it runs', () => {
    const names = runnableRules.flatMap((r) => [r.info.id, ...r.info.aliases].map(normalizeMethodName));
    const owners = new Map<string, string>();
    for (const r of runnableRules) {
      for (const n of [r.info.id, ...r.info.aliases].map(normalizeMethodName)) {
        expect(owners.get(n) ?? r.info.id, n).toBe(r.info.id);
        owners.set(n, r.info.id);
      }
    }
    expect(names.length).toBeGreaterThan(runnableRules.length);
  });
});
