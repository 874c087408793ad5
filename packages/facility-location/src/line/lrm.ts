import { lottery, mergeLottery, Rational } from '@plural/core';
import { lotteryOutcome } from '../outcome/outcome.js';
import { defineLineMechanism } from '../registry/define.js';
import { PROCACCIA_TENNENHOLTZ_2013 } from './citations.js';

const QUARTER = Rational.of(1, 4);
const HALF = Rational.of(1, 2);

/**
 * Left-Right-Middle (LRM; Procaccia & Tennenholtz 2013, doi:10.1145/2542174.2542175): the leftmost
 * report with probability 1/4, the rightmost with 1/4 and their midpoint with 1/2 (equal locations
 * merged, so a unanimous profile gives one location with probability 1).
 *
 * Strategyproof in expectation, not universally (its midpoint branch is manipulable). It is a
 * 3/2-approximation of the maximum cost, and Procaccia & Tennenholtz show no randomized strategyproof
 * mechanism does better. Anonymous, unanimous, IFS in expectation (an extreme agent expects distance
 * half the spread); it fails UFS and proportionality even in expectation: on (0, 0, 1) the pair at 0
 * expects distance 1/2 > 1/3. Judged by expected costs it is not Pareto efficient: on (0, 1/2, 1) the
 * agents expect (1/2, 1/4, 1/2) while the sure location 1/2 gives (1/2, 0, 1/2).
 *
 * Works on the whole real line. Complexity: O(n log n).
 */
export const lrm = defineLineMechanism(
  {
    id: 'lrm',
    name: 'Left-Right-Middle',
    aliases: ['left-right-middle', 'lrm-mechanism'],
    setting: 'line',
    description: 'Leftmost report w.p. 1/4, rightmost w.p. 1/4, their midpoint w.p. 1/2.',
    citations: [PROCACCIA_TENNENHOLTZ_2013],
    complexity: 'O(n log n)',
    randomized: true,
    domain: 'any',
    convention: 'exact lottery, equal locations merged, listed as leftmost, rightmost, midpoint',
    properties: {
      strategyproof: 'in-expectation',
      'group-strategyproof': null,
      anonymous: true,
      unanimous: true,
      ifs: 'in-expectation',
      ufs: false,
      proportional: false,
      pf: false,
      'strong-proportionality': false,
      pareto: false,
    },
    approximation: { 'max-cost': '3/2' },
  },
  (profile) => {
    const s = profile.sorted;
    const lo = s[0]!;
    const hi = s[s.length - 1]!;
    const l = lottery([
      { outcome: lo, probability: QUARTER },
      { outcome: hi, probability: QUARTER },
      { outcome: lo.add(hi).div(2), probability: HALF },
    ]);
    return lotteryOutcome('lrm', mergeLottery(l, (y) => y.toString()));
  },
);
