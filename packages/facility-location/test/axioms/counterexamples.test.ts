import { describe, expect, it } from 'vitest';
import { facilityMechanism, facilityMechanisms, lineAxiom } from '../../src/index.js';
import { fieldText, recordedCounterexamples } from './counterexample-table.js';

describe('recorded counterexamples (re-run on the mechanisms of the registry)', () => {
  const registered = new Set(facilityMechanisms.map((m) => m.info.id));
  for (const c of recordedCounterexamples) {
    it(`${c.mechanism} is not ${c.property}: [${c.positions.join(', ')}]`, () => {
      expect(registered.has(c.mechanism), `${c.mechanism} is not in the registry`).toBe(true);
      const mechanism = facilityMechanism(c.mechanism);
      expect(mechanism.info.properties[c.property], 'the registry claims the property fails').toBe(false);
      const input = { positions: c.positions, ...(c.domain === undefined ? {} : { domain: c.domain }) };
      const check = lineAxiom(c.property).check(mechanism, input, c.mechanismOptions === undefined ? {} : { mechanismOptions: c.mechanismOptions });
      expect(check.holds, c.note).toBe(false);
      expect(check.explanation).toBeTruthy();
      const witness = check.witness as Record<string, unknown>;
      for (const [field, text] of Object.entries(c.witness)) expect(fieldText(witness[field]), `witness.${field}`).toBe(text);
    });
  }
});
