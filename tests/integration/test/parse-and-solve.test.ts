import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { anonymize, marginMatrix, readFormat, type AnonymousProfile } from '@plural/core';
import { describe, expect, it } from 'vitest';
import { maximalLotteryLp } from './maximal-lottery.js';
import { bundledData, corpora, haveCorpora } from './paths.js';

function readProfile(path: string): AnonymousProfile {
  const { data } = readFormat(readFileSync(path, 'utf8'), { fileName: path });
  if (data.kind !== 'anonymous') throw new Error(`expected a ranking profile in ${path}, got ${data.kind}`);
  return data;
}

/** p is a maximal lottery iff pᵀM ≥ 0 column by column (no candidate beats it in expectation). */
function expectMaximalLottery(p: readonly number[], margins: readonly (readonly number[])[]): void {
  const m = margins.length;
  for (let b = 0; b < m; b++) {
    let column = 0;
    for (let a = 0; a < m; a++) column += p[a]! * margins[a]![b]!;
    expect(column).toBeGreaterThanOrEqual(-1e-7);
  }
  expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
}

describe('core → lp: a real file parsed, its margin game solved and certified', () => {
  it('Tennessee (bundled): Nashville is the Condorcet winner, so the maximal lottery is Nashville for sure', async () => {
    const profile = readProfile(resolve(bundledData, 'tennessee.soc'));
    expect(profile.candidates).toEqual([1, 2, 3, 4]);
    expect(profile.metadata?.candidateNames).toEqual(['Memphis', 'Nashville', 'Chattanooga', 'Knoxville']);
    const margins = marginMatrix(profile);
    // Nashville (index 1) beats Memphis 58–42, Chattanooga 68–32 and Knoxville 68–32.
    expect(margins.margins[1]).toEqual([16, 0, 36, 36]);
    const solution = await maximalLotteryLp(margins);
    expect(solution.status).toBe('optimal');
    expect(solution.certificate.checked).toBe(true);
    expect(solution.objective).toBeCloseTo(0, 9);
    const p = [0, 1, 2, 3].map((a) => solution.valuesByName[`p${a}`]!);
    expect(p[1]).toBeCloseTo(1, 9);
    expectMaximalLottery(p, margins.margins);
  });

  it.skipIf(!haveCorpora)('Debian 2002-style truncated ballots from PrefLib (corpus): the margin game has value 0 and a certified maximal lottery', async () => {
    const file = resolve(corpora, 'preflib-data/datasets/00002 - debian/00002-00000006.soi');
    const profile = anonymize(readProfile(file));
    expect(profile.counts.reduce((s, c) => s + c, 0)).toBe(436);
    const margins = marginMatrix(profile, { unranked: 'bottom' });
    const solution = await maximalLotteryLp(margins);
    expect(solution.status).toBe('optimal');
    expect(solution.backend).toBe('highs');
    expect(solution.certificate.checked).toBe(true);
    expect(Math.abs(solution.objective)).toBeLessThan(1e-7);
    const p = margins.candidates.map((_, a) => solution.valuesByName[`p${a}`]!);
    expectMaximalLottery(p, margins.margins);
  });
});

if (!haveCorpora) console.log(`integration: ${corpora} is absent; corpus-based integration tests skip.`);
