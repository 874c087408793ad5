/**
 * core → facility-location → voting: Black's median-voter theorem (Black 1948, doi:10.1086/256633). Voters
 * and candidates are drawn on a line by core's Euclidean generator, so every voter's preferences are
 * single-peaked. With an odd number of voters, the facility that the median mechanism puts at the
 * voters' positions is the median voter's position, and the candidate nearest to it is the Condorcet
 * winner that voting's margin-based rules elect.
 */
import { euclideanElection, marginMatrix } from '@plural/core';
import { median } from '@plural/facility-location';
import { beatPath, condorcetWinner, rankedPairs } from '@plural/voting';
import { describe, expect, it } from 'vitest';

describe("Black's median-voter theorem across core, facility-location and voting", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed}: 101 voters, 7 candidates on a line`, () => {
      const e = euclideanElection(101, 7, { dimension: 1, seed });
      const voterPositions = e.voters.map((p) => p[0]!);
      const facility = median(voterPositions, { domain: 'real' });
      expect(facility.kind).toBe('location');
      if (facility.kind !== 'location') return;
      const medianVoter = facility.location.toNumber();
      const distances = e.candidates.map((p) => Math.abs(p[0]! - medianVoter));
      const nearest = distances.indexOf(Math.min(...distances));

      const margins = marginMatrix(e.profile).margins;
      expect(condorcetWinner(margins)).toBe(nearest);
      expect(beatPath(e.profile).winners).toEqual([nearest]);
      expect(rankedPairs(e.profile).winners).toEqual([nearest]);
    });
  }
});
