import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkPf, checkUfs, gini, lineProfile, median, nashSolution, nashWelfare, randomRank, uniformPhantom } from '../../src/index.js';
import { corpora, describeCorpus } from '../helpers/corpora.js';
import { at, dist } from '../line/helpers.js';

interface Case {
  agents: number[];
  median_left: string;
  median_right: string;
  uniform_phantom: string;
  uniform_phantom_satisfies_UFS: boolean;
  uniform_phantom_satisfies_PF: boolean;
  left_median_satisfies_UFS: boolean;
  random_rank_distribution: Record<string, string>;
  nash_location: number;
  nash_welfare_product: number;
  gini_at_nash: number;
  gini_at_left_median: number;
}

describeCorpus('facility-location', 'facility-location vectors.json (single facility on [0, 1])', () => {
  const file = path.join(corpora, 'facility-location', 'vectors.json');
  const cases = (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: Case[] }).cases;

  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const c of cases) {
    it(`agents ${JSON.stringify(c.agents)}`, () => {
      const p = lineProfile(c.agents);
      expect(at(median(p))).toBe(c.median_left);
      expect(at(median(p, { side: 'right' }))).toBe(c.median_right);
      expect(at(uniformPhantom(p))).toBe(c.uniform_phantom);
      expect(dist(randomRank(p))).toEqual(c.random_rank_distribution);
      const nash = nashSolution(p);
      if (nash.kind !== 'location') throw new Error('the Nash solution is a location');
      // The corpus used golden-section search to ~1e-8: compare within 1e-6.
      expect(Math.abs(nash.location.toNumber() - c.nash_location)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(nashWelfare(p, nash.location).toNumber() - c.nash_welfare_product)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(gini(p, nash.location).toNumber() - c.gini_at_nash)).toBeLessThanOrEqual(1e-6);
      const leftMedian = median(p);
      if (leftMedian.kind !== 'location') throw new Error('the median is a location');
      expect(Math.abs(gini(p, leftMedian.location).toNumber() - c.gini_at_left_median)).toBeLessThanOrEqual(1e-6);
      expect(checkUfs(uniformPhantom, p).holds).toBe(c.uniform_phantom_satisfies_UFS);
      expect(checkPf(uniformPhantom, p).holds).toBe(c.uniform_phantom_satisfies_PF);
      expect(checkUfs(median, p).holds).toBe(c.left_median_satisfies_UFS);
    });
  }
});
