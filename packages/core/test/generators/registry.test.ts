import { describe, expect, it } from 'vitest';
import * as generators from '../../src/generators/index.js';
import { GENERATORS, generate, generatorById, SEED_PARAMETER, type GeneratedData } from '../../src/generators/index.js';
import { BudgetExceededError, createRng, InvalidNumberError, isPluralError, ValidationError } from '../../src/index.js';

/** A small instance of every registered generator (the test fails when a generator is added without one). */
const SAMPLE_ARGS: Record<string, Record<string, unknown>> = {
  'impartial-culture': { voters: 20, candidates: 4 },
  'impartial-anonymous-culture': { voters: 20, candidates: ['a', 'b', 'c', 'd'] },
  mallows: { voters: 20, candidates: 5, phi: 0.6, center: [4, 2, 0, 1, 3] },
  'normalized-mallows': { voters: 20, candidates: 5, normPhi: 0.5 },
  'plackett-luce': { voters: 20, candidates: 4, weights: [1, 2, 3, 4] },
  urn: { voters: 20, candidates: 4, alpha: 0.2 },
  'single-peaked-walsh': { voters: 20, candidates: 5, axis: [2, 0, 4, 1, 3] },
  'single-peaked-conitzer': { voters: 20, candidates: 5 },
  euclidean: { voters: 20, candidates: 5, dimension: 2, distribution: 'gaussian' },
  'p-impartial': { voters: 20, candidates: 6, p: 0.4 },
  resampling: { voters: 20, candidates: 6, p: 0.5, phi: 0.5, central: [1, 3, 5] },
  'disjoint-resampling': { voters: 20, candidates: 9, p: 0.3, phi: 0.3, groups: 3 },
  'bradley-terry': { items: 4, strengths: [0, 1, -1, 0.5], comparisons: 30, pairs: [[0, 1], [2, 3]] },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

/** Calls the exported function directly (not through the registry). */
function callDirect(functionName: string, args: Record<string, unknown>): GeneratedData {
  const fn = (generators as unknown as Record<string, (...a: unknown[]) => GeneratedData>)[functionName];
  expect(typeof fn).toBe('function');
  if (functionName === 'bradleyTerry') {
    const { items, ...rest } = args;
    return fn!(items, rest);
  }
  const { voters, candidates, ...rest } = args;
  return fn!(voters, candidates, rest);
}

describe('generator registry', () => {
  it('has unique kebab-case ids and aliases, citations and documented parameters', () => {
    const names = new Set<string>();
    for (const g of GENERATORS) {
      for (const id of [g.id, ...g.aliases]) {
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(names.has(id)).toBe(false);
        names.add(id);
      }
      expect(g.citation.length).toBeGreaterThan(20);
      expect(g.description.length).toBeGreaterThan(10);
      expect(['ranking', 'approval', 'pairwise']).toContain(g.output);
      for (const p of g.parameters) expect(p.description.length).toBeGreaterThan(5);
      expect(Object.keys(SAMPLE_ARGS)).toContain(g.id);
      expect(generatorById(g.id)).toBe(g);
      for (const alias of g.aliases) expect(generatorById(alias)).toBe(g);
    }
    expect(SEED_PARAMETER.name).toBe('seed');
    expect(generatorById('ic').id).toBe('impartial-culture');
  });

  for (const g of GENERATORS) {
    describe(g.id, () => {
      const args = SAMPLE_ARGS[g.id]!;

      it('is deterministic for a seed, differs across seeds, and matches the exported function', () => {
        const a = generate(g.id, { ...args, seed: 7 });
        const b = generate(g.id, { ...args, seed: 7 });
        const c = generate(g.id, { ...args, seed: 8 });
        expect(a.kind).toBe(g.output);
        expect(b).toEqual(a);
        expect(c).not.toEqual(a);
        expect(generate(g.id, { ...args, seed: 'text seed' })).toEqual(generate(g.id, { ...args, seed: 'text seed' }));
        expect(callDirect(g.functionName, { ...args, seed: 7 })).toEqual(a);
        // without a seed: seed 0
        expect(generate(g.id, args)).toEqual(generate(g.id, { ...args, seed: 0 }));
      });

      it('draws from a given Rng, advancing it', () => {
        const rng = createRng(5);
        const first = generate(g.id, { ...args, seed: rng });
        const second = generate(g.id, { ...args, seed: rng });
        expect(first).toEqual(generate(g.id, { ...args, seed: createRng(5) }));
        expect(second).not.toEqual(first);
      });

      it('returns frozen output and never mutates its inputs', () => {
        const frozenArgs = deepFreeze(structuredClone({ ...args, seed: 3 }));
        const before = JSON.stringify(frozenArgs);
        const out = generate(g.id, frozenArgs);
        expect(JSON.stringify(frozenArgs)).toBe(before);
        expect(isDeepFrozen(out)).toBe(true);
      });

      it('rejects unknown and missing parameters with typed errors naming them', () => {
        expect(() => generate(g.id, { ...args, bogus: 1 })).toThrowError(ValidationError);
        expect(() => generate(g.id, { ...args, bogus: 1 })).toThrow(/bogus/);
        for (const p of g.parameters.filter((q) => q.required)) {
          const { [p.name]: _omitted, ...rest } = args;
          expect(() => generate(g.id, rest)).toThrow(new RegExp(p.name));
        }
      });
    });
  }

  it('rejects an unknown generator id listing the known ones', () => {
    expect(() => generatorById('impartial')).toThrowError(ValidationError);
    expect(() => generatorById('impartial')).toThrow(/impartial-culture/);
  });
});

describe('bad parameters → typed errors naming the parameter', () => {
  const rankingIds = GENERATORS.filter((g) => g.id !== 'bradley-terry').map((g) => g.id);

  function expectError(fn: () => unknown, where: RegExp, type: typeof ValidationError = ValidationError): void {
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(isPluralError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(type);
    expect((caught as ValidationError).where ?? '').toMatch(where);
  }

  it.each(rankingIds)('%s: voters < 0, fractional or NaN; candidates < 1 or duplicated; bad seed', (id) => {
    const args = SAMPLE_ARGS[id]!;
    expectError(() => generate(id, { ...args, voters: -1 }), /^voters$/);
    expectError(() => generate(id, { ...args, voters: 2.5 }), /^voters$/, InvalidNumberError);
    expectError(() => generate(id, { ...args, voters: NaN }), /^voters$/, InvalidNumberError);
    expectError(() => generate(id, { ...args, candidates: 0 }), /^candidates$/);
    expectError(() => generate(id, { ...args, candidates: [] }), /^candidates$/);
    expectError(() => generate(id, { ...args, candidates: ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g', 'h'] }), /^candidates\[2\]$/);
    expectError(() => generate(id, { ...args, seed: 1.5 }), /^seed$/, InvalidNumberError);
    expectError(() => generate(id, { ...args, seed: {} }), /^seed$/);
    expectError(() => generate(id, { ...args, seed: true }), /^seed$/);
  });

  it('probabilities and dispersions outside [0, 1] or NaN', () => {
    for (const [id, field] of [
      ['mallows', 'phi'],
      ['normalized-mallows', 'normPhi'],
      ['p-impartial', 'p'],
      ['resampling', 'p'],
      ['resampling', 'phi'],
      ['disjoint-resampling', 'phi'],
    ] as const) {
      for (const bad of [-0.01, 1.01, NaN, Infinity]) expectError(() => generate(id, { ...SAMPLE_ARGS[id]!, [field]: bad }), new RegExp(`^${field}$`));
    }
  });

  it('position count mismatch, non-positive weights, too large a request', () => {
    expectError(() => generate('euclidean', { voters: 3, candidates: 2, voterPositions: [[0, 0]] }), /^voterPositions$/);
    expectError(() => generate('euclidean', { voters: 1, candidates: 2, candidatePositions: [[0, 0]] }), /^candidatePositions$/);
    expectError(() => generate('plackett-luce', { voters: 3, candidates: 3, weights: [1, 0, 1] }), /^weights\[1\]$/);
    expectError(() => generate('plackett-luce', { voters: 3, candidates: 3, weights: 'heavy' }), /^weights$/);
    expectError(() => generate('impartial-culture', { voters: 2 ** 20, candidates: 64 }), /^voters$/, BudgetExceededError as unknown as typeof ValidationError);
    expectError(() => generators.impartialCulture(3, 3, 'fast' as never), /^options$/);
  });
});
