import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facilityMechanisms, lineAxioms, lineProfileArbitrary, type AxiomCheckOptions, type GridProfile, type LineAxiom, type LineMechanism, type PropertyClaim } from '../../src/index.js';
import { recordedCounterexamples } from './counterexample-table.js';

/**
 * Every claim of the registry, checked: each `true` or 'in-expectation' property by a fast-check search
 * over small grid profiles (of the shape the axiom constrains, on two domains), each `false` by a
 * recorded counterexample (counterexample-table.ts, re-run in counterexamples.test.ts). New mechanisms
 * are covered as soon as they are registered.
 *
 * Readings: a `true` claim of a randomized mechanism is checked ex post for the fairness axioms (every
 * location of the lottery satisfies it), an 'in-expectation' claim with expected distances;
 * strategyproofness is always judged on expected costs.
 */

const RUNS: Record<string, number> = { strategyproof: 40, 'group-strategyproof': 12, anonymous: 30 };
const AGENTS: Record<string, number> = { 'group-strategyproof': 3, anonymous: 4 };

function profiles(axiom: LineAxiom): fc.Arbitrary<GridProfile> {
  const maxAgents = AGENTS[axiom.id] ?? 5;
  return fc.oneof(
    lineProfileArbitrary(axiom.profiles, { maxAgents, gridDenominator: 6 }),
    lineProfileArbitrary(axiom.profiles, { maxAgents, gridDenominator: 4, domain: ['-2', '4'] }),
  );
}

function optionsFor(axiom: LineAxiom, claim: PropertyClaim): AxiomCheckOptions {
  return {
    lottery: claim === true ? 'ex-post' : 'expected',
    gridDenominator: axiom.id === 'group-strategyproof' ? 6 : 12,
    maxCoalition: 2,
  };
}

const claimsOf = (m: LineMechanism) => Object.entries(m.info.properties) as [string, PropertyClaim][];

describe('registry property claims', () => {
  it('every claimed property id is a registered axiom', () => {
    const ids = new Set(lineAxioms.map((a) => a.id));
    const unknown = facilityMechanisms.flatMap((m) => claimsOf(m).filter(([p]) => !ids.has(p)).map(([p]) => `${m.info.id}.${p}`));
    expect(unknown).toEqual([]);
  });

  it('every false claim has a recorded counterexample', () => {
    const recorded = new Set(recordedCounterexamples.map((c) => `${c.mechanism}.${c.property}`));
    const missing = facilityMechanisms.flatMap((m) => claimsOf(m).filter(([p, v]) => v === false && !recorded.has(`${m.info.id}.${p}`)).map(([p]) => `${m.info.id}.${p}`));
    expect(missing, 'add these to test/axioms/counterexample-table.ts').toEqual([]);
  });

  for (const mechanism of facilityMechanisms) {
    for (const [property, claim] of claimsOf(mechanism)) {
      if (claim !== true && claim !== 'in-expectation') continue;
      const axiom = lineAxioms.find((a) => a.id === property);
      if (axiom === undefined) continue;
      it(`${mechanism.info.id} is ${property}${claim === 'in-expectation' ? ' (in expectation)' : ''}`, () => {
        const options = optionsFor(axiom, claim);
        fc.assert(
          fc.property(profiles(axiom), (profile) => {
            const check = axiom.check(mechanism, profile, options);
            if (!check.holds) throw new Error(`${check.explanation} (profile ${profile.positions.join(', ')} on [${profile.domain.join(', ')}])`);
            return true;
          }),
          { numRuns: RUNS[property] ?? 100 },
        );
      });
    }
  }
});
