import { createRng, ValidationError } from '@plural/core';
import type { LineOutcome } from '../outcome/outcome.js';
import { toLineProfile, type LineInput } from '../profile/line-profile.js';
import type { LineMechanism } from '../registry/types.js';
import { domainInput, MechanismRunner, outcomeKey } from './evaluate.js';
import type { AnonymityWitness, AxiomCheckOptions, PropertyCheck } from './types.js';

function* allPermutations(n: number): Generator<number[]> {
  const p = Array.from({ length: n }, (_, i) => i);
  const c = new Array<number>(n).fill(0);
  yield p.slice();
  let i = 0;
  while (i < n) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [p[j], p[i]] = [p[i]!, p[j]!];
      yield p.slice();
      c[i]!++;
      i = 0;
    } else c[i++] = 0;
  }
}

/** Two outcomes agree: equal locations (or overlapping brackets when a location is only bracketed), or equal lotteries with equal locations merged. */
function sameOutcome(a: LineOutcome, b: LineOutcome): boolean {
  if (a.kind === 'location' && b.kind === 'location' && (!a.exact || !b.exact) && a.bracket !== undefined && b.bracket !== undefined) {
    return a.bracket.lo.le(b.bracket.hi) && b.bracket.lo.le(a.bracket.hi);
  }
  return outcomeKey(a) === outcomeKey(b);
}

function checkPermutation(p: readonly number[], n: number, k: number): void {
  const seen = new Set(p);
  if (p.length !== n || seen.size !== n || p.some((v) => !Number.isInteger(v) || v < 0 || v >= n)) {
    throw new ValidationError(`permutation ${JSON.stringify(p)} is not a permutation of 0…${n - 1}.`, { where: `options.permutations[${k}]`, fix: `Give each permutation as an array holding 0…${n - 1} once each.` });
  }
}

/**
 * Anonymity on one profile: permuting the reports leaves the outcome (location, or lottery with equal
 * locations merged) unchanged. Tries the given `permutations`, else every permutation when n ≤ 6, else
 * `samples` (default 24) random ones drawn from `seed` (default 0). The witness names the permutation
 * (`permutation[k]` = the agent whose report goes to position k) and both outcomes.
 *
 * Budget: one mechanism call per permutation tried, plus one.
 */
export function checkAnonymity(mechanism: LineMechanism, input: LineInput, options: AxiomCheckOptions = {}): PropertyCheck<AnonymityWitness> {
  const profile = toLineProfile(input);
  const n = profile.positions.length;
  const domain = domainInput(profile);
  const runner = new MechanismRunner(mechanism, options, 'checkAnonymity');
  const original = runner.run(profile.positions, domain);
  let perms: Iterable<readonly number[]>;
  if (options.permutations !== undefined) {
    options.permutations.forEach((p, k) => checkPermutation(p, n, k));
    perms = options.permutations;
  } else if (n <= 6) perms = allPermutations(n);
  else {
    const rng = createRng(options.seed ?? 0);
    const identity = Array.from({ length: n }, (_, i) => i);
    perms = Array.from({ length: options.samples ?? 24 }, () => rng.shuffle(identity));
  }
  let tried = 0;
  for (const p of perms) {
    if (p.every((v, k) => v === k)) continue;
    tried++;
    const permuted = runner.run(p.map((a) => profile.positions[a]!), domain);
    if (!sameOutcome(original, permuted)) {
      return {
        property: 'anonymous',
        holds: false,
        witness: Object.freeze({ permutation: Object.freeze([...p]), original: outcomeKey(original), permuted: outcomeKey(permuted) }),
        explanation: `reports reordered as agents [${p.join(', ')}] give ${outcomeKey(permuted)} instead of ${outcomeKey(original)}.`,
      };
    }
  }
  return { property: 'anonymous', holds: true, explanation: `${tried} permutations of the reports give the same outcome.` };
}
