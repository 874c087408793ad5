import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactRational, Rational } from '@plural/core';
import * as facility from '@plural/facility-location';
import { locateMechanisms, mechanismParameters, orderStatistic, showNumber } from '../../src/commands/locate.js';
import { cli, jsonError, oneJson } from '../helpers/cli.js';

// [0, 0, 1] on [0, 1]: the median is 0; Uniform Phantom adds phantoms at 1/3 and 2/3 and takes the
// 3rd smallest of 0, 0, 1/3, 2/3, 1, which is 1/3.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plural-locate-'));
  writeFileSync(join(dir, 'zeros.json'), JSON.stringify({ domain: [0, 1], positions: [0, 0, 1] }));
  writeFileSync(join(dir, 'bare.json'), '[0.2, 0.9, 0.3]');
  writeFileSync(join(dir, 'scaled.json'), JSON.stringify({ domain: [0, 3], positions: [0, 0, 3] }));
  writeFileSync(join(dir, 'four.csv'), 'position\n0\n0.1\n# a comment line\n0.2\n\n0.9\n');
  writeFileSync(join(dir, 'outside.csv'), '0.5\n0.25\n1.5\n');
  writeFileSync(join(dir, 'bad.json'), '{"positions": [0.1, NaN]}');
  writeFileSync(join(dir, 'reports.txt.bak'), '0.5\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const locate = (args: readonly string[], stdin?: string) => cli(['locate', ...args], { cwd: dir, ...(stdin === undefined ? {} : { stdin }) });

describe('plural locate', () => {
  it('places the facility: Uniform Phantom at 1/3 on [0, 0, 1], the median at 0, exact in JSON', async () => {
    const up = await locate(['zeros.json', '--mechanism', 'uniform-phantom', '--json']);
    expect(up.code).toBe(0);
    expect(up.stderr).toBe('');
    expect(oneJson(up.stdout)).toEqual({ mechanism: 'uniform-phantom', location: '1/3' });
    expect(JSON.parse((await locate(['zeros.json', '--mechanism', 'median', '--json'])).stdout)).toEqual({ mechanism: 'median', location: 0 });
    // The phantoms sit at k/n of the domain: on [0, 3] the answer is 1.
    expect(JSON.parse((await locate(['scaled.json', '--mechanism', 'up', '--json'])).stdout)).toEqual({ mechanism: 'uniform-phantom', location: 1 });
  });

  it('prints a readable form without --json: the exact location and its decimal', async () => {
    const r = await locate(['zeros.json', '--mechanism', 'UP']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^mechanism\s+uniform-phantom \(Uniform Phantom\)$/m);
    expect(r.stdout).toMatch(/^agents\s+3$/m);
    expect(r.stdout).toMatch(/^domain\s+\[0, 1\]$/m);
    expect(r.stdout).toMatch(/^location\s+1\/3 ≈ 0\.333333$/m);
  });

  it('reads CSV (header, comments and blank lines skipped), bare JSON arrays and standard input', async () => {
    expect(JSON.parse((await locate(['four.csv', '--mechanism', 'median', '--json'])).stdout)).toEqual({ mechanism: 'median', location: '1/10' });
    expect(JSON.parse((await locate(['bare.json', '--mechanism', 'median', '--json'])).stdout)).toEqual({ mechanism: 'median', location: '3/10' });
    const json = await locate(['-', '--mechanism', 'uniform-phantom', '--json'], '{"positions":[0,0,1]}');
    expect(JSON.parse(json.stdout)).toEqual({ mechanism: 'uniform-phantom', location: '1/3' });
    const csv = await locate(['-', '--mechanism', 'median', '--json'], '0.7\n0.1\n0.4\n');
    expect(JSON.parse(csv.stdout)).toEqual({ mechanism: 'median', location: '2/5' });
    const forced = await locate(['reports.txt.bak', '--format', 'csv', '--mechanism', 'median', '--json']);
    expect(JSON.parse(forced.stdout)).toEqual({ mechanism: 'median', location: '1/2' });
  });

  it('passes mechanism options with --param (side, phantoms) and a domain with --domain', async () => {
    const right = await locate(['four.csv', '--mechanism', 'median', '--param', 'side=right', '--json']);
    expect(JSON.parse(right.stdout)).toEqual({ mechanism: 'median', location: '1/5' });
    // Two phantoms at 1/3 and 2/3 with [0, 0, 1]: Uniform Phantom's answer from the generalized median.
    const phantoms = await locate(['zeros.json', '--mechanism', 'generalized-median', '--param', 'phantoms=1/3,2/3', '--json']);
    expect(JSON.parse(phantoms.stdout)).toEqual({ mechanism: 'generalized-median', location: '1/3' });
    const real = await locate(['-', '--mechanism', 'median', '--domain', 'real', '--json'], '[-5, 7, 100]');
    expect(JSON.parse(real.stdout)).toEqual({ mechanism: 'median', location: 7 });
    expect(mechanismParameters(['phantoms=0.2,0.8', 'side=right', 'tolerance=1/1000'])).toEqual({ phantoms: ['0.2', '0.8'], side: 'right', tolerance: '1/1000' });
    expect(mechanismParameters(['phantoms=0.5'])).toEqual({ phantoms: [0.5] });
  });

  it('lists every registered mechanism with its setting, randomization, claims and citation', async () => {
    const r = await locate(['--list', '--json']);
    expect(r.code).toBe(0);
    const { mechanisms } = oneJson(r.stdout) as { mechanisms: { id: string; name: string; setting: string; randomized: boolean; properties: Record<string, unknown>; citation: string; satisfies: string[] }[] };
    expect(mechanisms.map((m) => m.id)).toEqual(locateMechanisms().map((m) => m.info.id));
    for (const m of facility.facilityMechanisms) expect(mechanisms.map((x) => x.id)).toContain(m.info.id);
    for (const m of mechanisms) {
      const info = locateMechanisms().find((x) => x.info.id === m.id)!.info;
      expect(m.citation.length > 0, m.id).toBe(info.citations.length > 0);
      expect(typeof m.randomized).toBe('boolean');
      expect(m.satisfies).toEqual(Object.entries(m.properties).filter(([, v]) => v === true || v === 'in-expectation').map(([k, v]) => (v === true ? k : `${k} (in expectation)`)));
    }
    expect(mechanisms.find((m) => m.id === 'uniform-phantom')).toMatchObject({ name: 'Uniform Phantom', setting: 'line', randomized: false });
    const text = await locate(['--list']);
    expect(text.stdout).toMatch(/^id\s+setting\s+randomized/);
    expect(text.stdout).toContain('uniform-phantom');
  });

  it('prints lotteries with exact probabilities for every randomized line mechanism', async () => {
    const randomized = facility.facilityMechanisms.filter((m) => m.info.randomized);
    for (const m of randomized) {
      const r = await locate(['zeros.json', '--mechanism', m.info.id, '--json']);
      expect(r.code, `${m.info.id}: ${r.stderr}`).toBe(0);
      const out = JSON.parse(r.stdout) as { mechanism: string; lottery: { location: unknown; probability: unknown }[] };
      expect(out.mechanism).toBe(m.info.id);
      const total = out.lottery.reduce((sum, e) => sum.add(Rational.from(e.probability as string | number)), Rational.ZERO);
      expect(total.toString(), m.info.id).toBe('1');
      const text = await locate(['zeros.json', '--mechanism', m.info.id]);
      expect(text.stdout).toMatch(/^location\s+probability\s+≈$/m);
    }
  });

  it('runs every registered line mechanism on a profile, agreeing with the library', async () => {
    const positions = [0.1, 0.4, 0.4, 0.95];
    for (const m of facility.facilityMechanisms) {
      const r = await locate(['-', '--mechanism', m.info.id, '--json'], JSON.stringify({ positions }));
      expect(r.code, `${m.info.id}: ${r.stderr}`).toBe(0);
      const expected = m(positions);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      if (expected.kind === 'location') expect(out['location'], m.info.id).toEqual(JSON.parse(JSON.stringify(expected.location)));
      else expect((out['lottery'] as unknown[]).length, m.info.id).toBe(expected.lottery.entries.length);
    }
  });

  it('runs the registered mechanisms of the other settings: two facilities, obnoxious, points in ℝ^d from CSV rows', async () => {
    const others = locateMechanisms().filter((m) => m.info.setting !== 'line');
    for (const m of others) {
      const stdin = m.info.setting === 'euclidean' ? '0.1,0.2\n0.5,0.9\n0.3,0.3\n' : '0.1\n0.4\n0.8\n';
      const r = await locate(['-', '--mechanism', m.info.id, '--format', 'csv', '--json'], stdin);
      expect(r.code, `${m.info.id}: ${r.stderr}`).toBe(0);
      const out = oneJson(r.stdout) as Record<string, unknown>;
      expect(out['mechanism']).toBe(m.info.id);
      expect(Object.keys(out).length, m.info.id).toBeGreaterThan(1);
      const text = await locate(['-', '--mechanism', m.info.id, '--format', 'csv', '--explain'], stdin);
      expect(text.stdout, m.info.id).toContain('the axiom checkers are for single-facility mechanisms on the line');
    }
    const cwm = others.find((m) => m.info.id === 'coordinate-wise-median');
    if (cwm !== undefined) {
      const r = await locate(['-', '--mechanism', cwm.info.id, '--json'], '{"points":[[0.1,0.2],[0.5,0.9],[0.3,0.3]]}');
      expect(JSON.parse(r.stdout)).toEqual({ mechanism: 'coordinate-wise-median', point: ['3/10', '3/10'] });
    }
  });

  it('gives each --explain check a budget of mechanism calls and reports a check that needs more as not checked', async () => {
    const r = await locate(['zeros.json', '--mechanism', 'median', '--explain', '--budget', '5', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { location: unknown; strategyproofness: { holds?: boolean; note?: string }; axioms: { id: string; note?: string }[] };
    expect(out.location).toBe(0);
    expect(out.strategyproofness.holds).toBeUndefined();
    expect(out.strategyproofness.note).toMatch(/^not checked: .*budget/);
    expect(out.axioms.find((a) => a.id === 'group-strategyproof')?.note).toMatch(/^not checked: .*budget/);
    expect(jsonError(await locate(['zeros.json', '--mechanism', 'median', '--explain', '--budget', 'lots', '--json']))).toMatchObject({ code: 'invalid-input', where: '--budget' });
  });

  it('on the whole real line, explains what it can and says which axioms need a bounded domain', async () => {
    const r = await locate(['-', '--mechanism', 'median', '--domain', 'real', '--explain', '--json'], '[-3, 0.4, 8]');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { location: unknown; strategyproofness: { holds: boolean }; axioms: { id: string; holds?: boolean; note?: string }[] };
    expect(out.location).toBe('2/5');
    expect(out.strategyproofness.holds).toBe(true);
    for (const axiom of facility.lineAxioms.filter((a) => a.needsBoundedDomain)) {
      expect(out.axioms.find((a) => a.id === axiom.id)?.note, axiom.id).toBe('not checked: needs a bounded domain');
    }
  });

  it('explains the outcome: sorted reports, the order statistic, the axioms and a profitable misreport', async () => {
    const r = await locate(['zeros.json', '--mechanism', 'median', '--explain', '--json']);
    expect(r.code).toBe(0);
    const out = oneJson(r.stdout) as {
      location: unknown;
      sorted: unknown[];
      chosen: { location: unknown; orderStatistic: string }[];
      strategyproofness: { holds: boolean };
      axioms: { id: string; holds?: boolean; note?: string; witness?: unknown }[];
    };
    expect(out.location).toBe(0);
    expect(out.sorted).toEqual([0, 0, 1]);
    expect(out.chosen).toEqual([{ location: 0, orderStatistic: 'x_(1) = x_(2)' }]);
    // The median is strategyproof; on [0, 0, 1] the agent at 1 gets utility 0 < 1/3, so UFS and PF fail.
    expect(out.strategyproofness.holds).toBe(true);
    const byId = new Map(out.axioms.map((a) => [a.id, a]));
    // Every registered axiom but strategyproofness (reported on its own, with the witness) is checked.
    expect(out.axioms.map((a) => a.id)).toEqual(facility.lineAxioms.map((a) => a.id).filter((id) => id !== 'strategyproof'));
    expect(out.axioms.every((a) => typeof a.holds === 'boolean'), JSON.stringify(out.axioms)).toBe(true);
    for (const id of ['ufs', 'pf']) {
      expect(byId.get(id)?.holds, id).toBe(false);
      expect(byId.get(id)?.witness, id).toBeDefined();
    }
    // The median is optimal for the social cost; for the maximum cost it pays 1 where 1/2 is possible.
    const ratios = (out as unknown as { ratios: { objective: string; ratio: unknown; optimum: unknown }[] }).ratios;
    expect(ratios.map((r) => r.objective)).toEqual(facility.lineObjectives.map((o) => o.id));
    expect(ratios.find((r) => r.objective === 'social-cost')).toMatchObject({ ratio: 1, optimum: 1 });
    expect(ratios.find((r) => r.objective === 'max-cost')).toMatchObject({ ratio: 2, optimum: '1/2' });
    const up = JSON.parse((await locate(['zeros.json', '--mechanism', 'uniform-phantom', '--explain', '--json'])).stdout) as typeof out;
    expect(up.chosen[0]?.orderStatistic).toBe('between x_(2) = 0 and x_(3) = 1, not a report');
    for (const a of up.axioms) if (['ifs', 'ufs', 'pf', 'proportional'].includes(a.id)) expect(a.holds, a.id).toBe(true);

    const text = await locate(['zeros.json', '--mechanism', 'median', '--explain']);
    expect(text.stdout).toMatch(/^sorted reports\s+0, 0, 1$/m);
    expect(text.stdout).toMatch(/^misreporting: no agent gains by misreporting/m);
    expect(text.stdout).toContain('axioms on this profile:');
    expect(text.stdout).toMatch(/^max-cost\s+1\s+0\.5\s+0\.5\s+2$/m);
  });

  it('finds the profitable misreport of a mechanism that is not strategyproof, agents numbered from 0 as in positions[i]', async () => {
    const manipulable = facility.facilityMechanisms.filter((m) => m.info.properties['strategyproof'] === false && !m.info.randomized && m.info.setting === 'line');
    expect(manipulable.length, 'some registered line mechanism is not strategyproof (average, midpoint, …)').toBeGreaterThan(0);
    const positions = [0.1, 0.4, 0.8];
    for (const m of manipulable) {
      const r = await locate(['-', '--mechanism', m.info.id, '--explain', '--json'], JSON.stringify({ positions }));
      expect(r.code, `${m.info.id}: ${r.stderr}`).toBe(0);
      const { strategyproofness: sp } = JSON.parse(r.stdout) as { strategyproofness: { holds: boolean; witness?: Record<string, unknown> } };
      if (sp.holds) continue; // strategyproofness can hold on a particular profile
      const w = sp.witness as { agent: number; truthful: string | number; misreport: string | number; truthfulCost: string | number; misreportCost: string | number };
      expect(w.agent).toBeGreaterThanOrEqual(0);
      expect(w.agent).toBeLessThanOrEqual(2);
      expect(exactRational(w.truthful).equals(exactRational(positions[w.agent]!))).toBe(true);
      expect(Rational.from(w.misreportCost).lt(Rational.from(w.truthfulCost))).toBe(true);
      // Re-running the mechanism on the misreported profile shows the gain.
      const lied = positions.map((x, i) => (i === w.agent ? String(w.misreport) : x));
      const out = m(lied);
      // (A location known only within a bracket — the Nash-welfare optimum — is judged by the bracket's far end.)
      if (out.kind === 'location' && out.exact) expect(out.location.sub(exactRational(w.truthful)).abs().equals(exactRational(w.misreportCost)), m.info.id).toBe(true);
      const text = await locate(['-', '--mechanism', m.info.id, '--explain'], JSON.stringify({ positions }));
      expect(text.stdout).toMatch(new RegExp(`^misreporting: agent ${w.agent} at \\S+ gains by reporting \\S+: cost .+ → .+$`, 'm'));
    }
  });

  it('follows the error contract: outside the domain, NaN, zero agents, unknown or missing mechanism', async () => {
    const outside = await locate(['outside.csv', '--mechanism', 'median', '--json']);
    expect(outside.code).toBe(2);
    expect(jsonError(outside)).toMatchObject({ code: 'invalid-input', where: 'outside.csv:3' });
    const outsideJson = await locate(['-', '--mechanism', 'median', '--json'], '{"domain":[0,1],"positions":[0.5,2]}');
    expect(jsonError(outsideJson)).toMatchObject({ code: 'invalid-input', where: 'positions[1]' });
    expect(jsonError(outsideJson).message).toMatch(/outside the domain/);

    const nan = await locate(['-', '--mechanism', 'median', '--json'], '0.5\nNaN\n');
    expect(nan.code).toBe(2);
    expect(jsonError(nan)).toMatchObject({ code: 'invalid-number', where: 'stdin:2' });
    const nanJson = await locate(['bad.json', '--mechanism', 'median', '--json']);
    expect(nanJson.code).toBe(2);
    expect(jsonError(nanJson)).toMatchObject({ code: 'parse-error', where: 'bad.json' });
    const nanString = await locate(['-', '--mechanism', 'median', '--json'], '{"positions":[0.5,"NaN"]}');
    expect(jsonError(nanString)).toMatchObject({ code: 'invalid-number', where: 'positions[1]' });

    const empty = await locate(['-', '--mechanism', 'median', '--json'], '{"positions":[]}');
    expect(empty.code).toBe(2);
    expect(jsonError(empty).message).toMatch(/no agents/);
    expect((await locate(['-', '--mechanism', 'median', '--json'], '')).code).toBe(2);

    const unknown = await locate(['zeros.json', '--mechanism', 'nope', '--json']);
    expect(unknown.code).toBe(2);
    const error = jsonError(unknown);
    expect(error.where).toBe('--mechanism');
    for (const m of locateMechanisms()) expect(error.message).toContain(m.info.id);
    expect(jsonError(await locate(['zeros.json', '--json'])).where).toBe('--mechanism');
    expect(jsonError(await locate(['absent.json', '--mechanism', 'median', '--json']))).toMatchObject({ code: 'file-not-found', where: 'absent.json' });
    expect(jsonError(await locate(['-', '--mechanism', 'median', '--domain', '1', '--json'], '[0]')).where).toBe('--domain');
    expect(jsonError(await locate(['zeros.json', '--mechanism', 'median', '--format', 'soc', '--json']))).toMatchObject({ code: 'unsupported-format', where: '--format' });
    // A mechanism that needs a bounded domain says so.
    const real = await locate(['-', '--mechanism', 'uniform-phantom', '--domain', 'real', '--json'], '[0, 1]');
    expect(jsonError(real)).toMatchObject({ code: 'invalid-input', where: 'domain' });

    // Without --json: `error: …` on stderr, nothing on stdout.
    const plain = await locate(['outside.csv', '--mechanism', 'median']);
    expect(plain).toMatchObject({ code: 2, stdout: '' });
    expect(plain.stderr).toMatch(/^error: outside\.csv:3: position 3\/2 lies outside the domain/);
  });
});

describe('locate helpers', () => {
  it('shows exact numbers as short decimals when they are, else as p/q with a decimal', () => {
    expect(showNumber(Rational.of(2, 5))).toBe('0.4');
    expect(showNumber(Rational.of(-3, 1))).toBe('-3');
    expect(showNumber(Rational.of(1, 3))).toBe('1/3 ≈ 0.333333');
    expect(showNumber(Rational.of(1, 1 << 20))).toBe(`1/${1 << 20} ≈ 0.000001`);
    // A bracketed Nash-welfare value: p/q would run to dozens of digits, so only the decimal shows.
    expect(showNumber(Rational.of(10n ** 20n + 1n, 3n * 10n ** 20n))).toBe('≈ 0.333333');
  });
  it('names the order statistic a location is', () => {
    const sorted = [0, 0.2, 0.2, 0.9].map((x) => Rational.from(String(x)));
    expect(orderStatistic(sorted, Rational.of(1, 5))).toBe('x_(2) = x_(3)');
    expect(orderStatistic(sorted, Rational.of(1, 2))).toBe('between x_(3) = 0.2 and x_(4) = 0.9, not a report');
    expect(orderStatistic(sorted, Rational.of(-1, 2))).toBe('left of every report (x_(1) = 0)');
    expect(orderStatistic(sorted, Rational.ONE)).toBe('right of every report (x_(4) = 0.9)');
  });
});
