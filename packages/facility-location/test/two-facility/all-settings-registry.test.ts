import { describe, expect, it } from 'vitest';
import { ValidationError } from '@plural/core';
import {
  allFacilityMechanisms,
  anyFacilityMechanism,
  euclideanMechanisms,
  facilityMechanisms,
  obnoxiousMechanisms,
  twoFacilityMechanisms,
} from '../../src/index.js';

const PROPERTY_IDS = new Set(['strategyproof', 'group-strategyproof', 'anonymous', 'unanimous', 'ifs', 'ufs', 'proportional', 'pf', 'strong-proportionality', 'pareto']);

describe('allFacilityMechanisms', () => {
  it('lists every setting, line included, each mechanism once', () => {
    expect(allFacilityMechanisms.length).toBe(facilityMechanisms.length + euclideanMechanisms.length + twoFacilityMechanisms.length + obnoxiousMechanisms.length);
    for (const m of facilityMechanisms) expect(allFacilityMechanisms).toContain(m);
    const settings = new Set(allFacilityMechanisms.map((m) => m.info.setting));
    expect([...settings].sort()).toEqual(['euclidean', 'line', 'line-two-facilities', 'obnoxious-line']);
    expect(new Set(allFacilityMechanisms.map((m) => m.info.id)).size).toBe(allFacilityMechanisms.length);
  });
  it('looks up every id and alias across settings, and rejects unknown names', () => {
    for (const m of allFacilityMechanisms) {
      expect(anyFacilityMechanism(m.info.id)).toBe(m);
      for (const alias of m.info.aliases) expect(anyFacilityMechanism(alias)).toBe(m);
    }
    expect(anyFacilityMechanism('Two Extremes').info.setting).toBe('line-two-facilities');
    expect(() => anyFacilityMechanism('no-such-mechanism')).toThrow(ValidationError);
  });
  it('metadata of the non-line settings is complete and uses the house property ids', () => {
    for (const m of [...euclideanMechanisms, ...twoFacilityMechanisms, ...obnoxiousMechanisms]) {
      const info = m.info;
      expect(info.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.name).toBe(info.id);
      expect(info.description.length).toBeGreaterThan(10);
      expect(info.citations.length).toBeGreaterThan(0);
      for (const c of info.citations) expect(c.year).toBeGreaterThan(1900);
      for (const key of Object.keys(info.properties)) expect(PROPERTY_IDS.has(key)).toBe(true);
      expect(Object.isFrozen(info)).toBe(true);
    }
  });
});
