import fc from 'fast-check';
import { ValidationError, type AnonymousProfile, type CandidateIndex, type Ranking } from '@plural/core';
import type { Axiom, AxiomCheck, AxiomOptions, AxiomRule } from './types.js';

/**
 * Counterexample search: random small profiles (fast-check), the axiom checked on each, and the first
 * failing profile shrunk by fast-check to a minimal one (fewer candidates, fewer voters, ballots closer
 * to the identity order). The seed and path returned replay the search exactly.
 */

export interface ProfileArbitraryOptions {
  /** At least this many candidates (default 2). */
  readonly minCandidates?: number;
  /** At most this many candidates (default 4). */
  readonly maxCandidates?: number;
  /** At most this many voters (default 7); each generated voter is one ballot, equal ballots merge. */
  readonly maxVoters?: number;
  /** Generate weak orders (ties) as well as linear orders (default false: strict complete ballots). */
  readonly ties?: boolean;
}

/** The permutation of 0…m−1 with this Lehmer code (all zeros is the identity), so shrinking goes toward the identity order. */
function fromLehmer(code: readonly number[], m: number): CandidateIndex[] {
  const pool = Array.from({ length: m }, (_, i) => i);
  return code.map((k) => pool.splice(k, 1)[0]!);
}

/** The profile of the given ballots, equal ballots merged, candidates labelled a, b, c… */
function profileOfBallots(m: number, ballots: readonly Ranking[]): AnonymousProfile {
  const index = new Map<string, number>();
  const out: Ranking[] = [];
  const counts: number[] = [];
  for (const b of ballots) {
    const key = JSON.stringify(b);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push(b);
      counts.push(1);
    } else counts[at]!++;
  }
  const candidates = Array.from({ length: m }, (_, i) => (i < 26 ? String.fromCharCode(97 + i) : `c${i}`));
  return Object.freeze({ kind: 'anonymous', candidates, ballots: out, counts }) as AnonymousProfile;
}

/**
 * A fast-check arbitrary of small ranking profiles: m candidates (minCandidates…maxCandidates), 1 to
 * maxVoters voters, each a linear order (or, with `ties`, a weak order). It shrinks toward fewer
 * candidates, fewer voters, identity orders and no ties.
 */
export function profileArbitrary(options: ProfileArbitraryOptions = {}): fc.Arbitrary<AnonymousProfile> {
  const minM = options.minCandidates ?? 2;
  const maxM = options.maxCandidates ?? 4;
  const maxVoters = options.maxVoters ?? 7;
  if (!Number.isInteger(minM) || !Number.isInteger(maxM) || minM < 1 || maxM < minM || maxM > 8) {
    throw new ValidationError(`candidates ${minM}…${maxM} is not a range within 1…8.`, { where: 'options.maxCandidates', fix: 'Use 1 ≤ minCandidates ≤ maxCandidates ≤ 8.' });
  }
  if (!Number.isInteger(maxVoters) || maxVoters < 1) throw new ValidationError(`maxVoters ${maxVoters} is not a whole number ≥ 1.`, { where: 'options.maxVoters', fix: 'Use maxVoters ≥ 1.' });
  // Ballots are drawn over maxCandidates and restricted to the first m candidates, so that shrinking m
  // keeps the ballots (a chained arbitrary would redraw them).
  const lehmer = fc.tuple(...Array.from({ length: maxM }, (_, i) => fc.nat(maxM - 1 - i)));
  const ballot = options.ties ? fc.tuple(lehmer, fc.array(fc.boolean(), { minLength: maxM, maxLength: maxM })) : lehmer.map((code) => [code, [] as boolean[]] as const);
  return fc.tuple(fc.integer({ min: minM, max: maxM }), fc.array(ballot, { minLength: 1, maxLength: maxVoters })).map(([m, drawn]) =>
    profileOfBallots(
      m,
      drawn.map(([code, tiedWithPrevious]) => {
        const order = fromLehmer(code, maxM);
        const groups: CandidateIndex[][] = [];
        order.forEach((c, i) => {
          if (c >= m) return;
          if (groups.length > 0 && tiedWithPrevious[i] === true) groups[groups.length - 1]!.push(c);
          else groups.push([c]);
        });
        return groups.map((g): Ranking[number] => (g.length === 1 ? g[0]! : g.sort((x, y) => x - y)));
      }),
    ),
  );
}

export interface CounterexampleSearchOptions<Options extends AxiomOptions = AxiomOptions> extends ProfileArbitraryOptions {
  /** The fast-check seed (default: random); the returned seed replays the search. */
  readonly seed?: number;
  /** With `seed`, the counterexample path returned by an earlier search: replays straight to it. */
  readonly path?: string;
  /** Random profiles to try (default 200). */
  readonly numRuns?: number;
  /** Options for the axiom checker (maxViolations defaults to 1 while searching). */
  readonly axiomOptions?: Options;
}

/** A shrunk counterexample and how to replay it. */
export interface Counterexample {
  /** The minimal profile found (after shrinking). */
  readonly profile: AnonymousProfile;
  /** The axiom checked on it: `satisfied` is false and `violations` show the witnesses. */
  readonly check: AxiomCheck;
  /** Pass `{ seed, path }` back to replay this counterexample. */
  readonly seed: number;
  readonly path: string;
  /** Random profiles tried before the first failure, and shrinking steps after it. */
  readonly numRuns: number;
  readonly numShrinks: number;
}

export type CounterexampleSearch =
  | { readonly found: true; readonly counterexample: Counterexample }
  | { readonly found: false; readonly seed: number; readonly numRuns: number };

/**
 * Searches small random profiles for a violation of `axiom` by `rule`, and returns the shrunk minimal
 * counterexample (fast-check shrinking) with the seed and path that replay it. Profiles the rule
 * refuses (ValidationError) count as passing.
 *
 * @example
 * const r = findCounterexample(votingMethod('borda'), condorcetWinnerAxiom, { maxCandidates: 3, maxVoters: 5, seed: 1 });
 * if (r.found) r.counterexample.check.violations[0]!.explanation;
 */
export function findCounterexample<Options extends AxiomOptions = AxiomOptions>(rule: AxiomRule, axiom: Axiom<Options>, options: CounterexampleSearchOptions<Options> = {}): CounterexampleSearch {
  const axiomOptions = { maxViolations: 1, ...(options.axiomOptions ?? {}) } as Options;
  const holds = (profile: AnonymousProfile): boolean => {
    try {
      return axiom(rule, profile, axiomOptions).satisfied;
    } catch (error) {
      if (error instanceof ValidationError) return true;
      throw error;
    }
  };
  const numRuns = options.numRuns ?? 200;
  const details = fc.check(fc.property(profileArbitrary(options), holds), {
    numRuns,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.path === undefined ? {} : { path: options.path }),
  });
  if (!details.failed) return { found: false, seed: details.seed, numRuns: details.numRuns };
  const profile = details.counterexample?.[0];
  if (profile === undefined) throw details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
  // A failure by exception (not by a found violation) is a bug in the rule or checker: rethrow it.
  const check = axiom(rule, profile, axiomOptions);
  if (check.satisfied) throw details.errorInstance instanceof Error ? details.errorInstance : new Error(`search for ${axiom.info.id} failed without a violation`);
  return {
    found: true,
    counterexample: Object.freeze({ profile, check, seed: details.seed, path: details.counterexamplePath ?? '', numRuns: details.numRuns, numShrinks: details.numShrinks }),
  };
}
