import { BudgetExceededError, throwIfAborted, ValidationError, type AnonymousProfile, type CandidateIndex, type Label, type UnrankedPolicy } from '@plural/core';
import type { VotingResult } from '../result/result.js';
import { profFromInput, profKey, toAnonymous, withoutCandidates, type Prof } from './profile-ops.js';
import type { Axiom, AxiomCheck, AxiomInfo, AxiomOptions, AxiomProfile, AxiomRule, Witness, WitnessProfile } from './types.js';

/** Default number of rule evaluations a check may spend. */
export const DEFAULT_AXIOM_BUDGET = 200_000;

/** Thrown inside a check when `maxViolations` is reached; caught by the checker. */
class StopSearch extends Error {}

/** Winners of one evaluated profile, with what the witness needs. */
export interface Evaluated {
  readonly prof: Prof;
  readonly unranked: UnrankedPolicy;
  /** Winners as indices of the checked profile. */
  readonly winners: readonly CandidateIndex[];
  /** Present for sub-profiles: index in the checked profile of each candidate. */
  readonly map?: readonly CandidateIndex[];
}

/**
 * What a checker body gets: the checked profile and its winners, an evaluator with a cache, a budget and
 * the signal, and `report` to record a violation.
 */
export interface CheckContext {
  readonly prof: Prof;
  readonly m: number;
  readonly labels: readonly Label[];
  /** The policy for unranked candidates the checked profile is evaluated with. */
  readonly unranked: UnrankedPolicy;
  /** The rule's winners on the checked profile. */
  readonly winners: readonly CandidateIndex[];
  readonly original: Evaluated;
  /** The rule's winners on a profile over the same candidates, or undefined when the rule refuses it. */
  evaluate(p: Prof, unranked?: UnrankedPolicy): Evaluated | undefined;
  /** The rule's winners once the given candidates are removed (as indices of the checked profile), or undefined. */
  evaluateWithout(removed: readonly CandidateIndex[], unranked?: UnrankedPolicy): Evaluated | undefined;
  /** Records a violation; stops the search when `maxViolations` is reached. */
  report(explanation: string, candidates: readonly CandidateIndex[], profiles: readonly (readonly [string, Evaluated])[]): void;
  /** Candidate labels as text: `{a, b}`. */
  text(cs: Iterable<CandidateIndex>): string;
}

function callRule(rule: AxiomRule, profile: AnonymousProfile, unranked: UnrankedPolicy, signal: AbortSignal | undefined): VotingResult {
  const fn = rule as (p: AnonymousProfile, o: { unranked: UnrankedPolicy; signal?: AbortSignal }) => VotingResult;
  return fn(profile, signal === undefined ? { unranked } : { unranked, signal });
}

function methodName(rule: AxiomRule): string {
  const info = (rule as { info?: { id?: string } }).info;
  return info?.id ?? (rule.name || 'rule');
}

/**
 * Makes a registered axiom from its metadata and its checker body. The returned function reads the
 * profile (whole-number counts), runs the rule on it, then lets the body walk the neighbourhood the
 * axiom quantifies over; every distinct profile is evaluated once (cached), the evaluations are counted
 * against `budget`, and `signal` is honoured between evaluations.
 */
export function defineAxiom<Options extends AxiomOptions = AxiomOptions>(info: AxiomInfo, body: (ctx: CheckContext, options: Options) => void): Axiom<Options> {
  const check = (rule: AxiomRule, profile: AxiomProfile, options: Options = {} as Options): AxiomCheck => {
    const unranked = options.unranked ?? 'bottom';
    if (unranked !== 'bottom' && unranked !== 'ignore') {
      throw new ValidationError(`unknown unranked policy ${JSON.stringify(unranked)}.`, { where: 'options.unranked', fix: 'Use "bottom" or "ignore".' });
    }
    const budget = options.budget ?? DEFAULT_AXIOM_BUDGET;
    const maxViolations = options.maxViolations ?? Infinity;
    const prof = profFromInput(profile);
    const m = prof.candidates.length;
    const labels = prof.candidates;
    const cache = new Map<string, Evaluated | null>();
    let evaluations = 0;
    let skipped = 0;
    const violations: Witness[] = [];

    const run = (p: Prof, policy: UnrankedPolicy, map: readonly CandidateIndex[] | undefined, strict: boolean): Evaluated | undefined => {
      const key = `${policy}#${map === undefined ? '' : map.join(',')}#${profKey(p)}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit ?? undefined;
      throwIfAborted(options.signal, `axiom ${info.id}`);
      if (evaluations >= budget) {
        throw new BudgetExceededError(`checking ${info.id} needed more than ${budget} rule evaluations.`, {
          where: `axiom ${info.id}`,
          fix: 'Raise options.budget, check a smaller profile, or pass maxViolations: 1 to stop at the first violation.',
        });
      }
      evaluations++;
      let result: VotingResult;
      try {
        result = callRule(rule, toAnonymous(p), policy, options.signal);
      } catch (error) {
        if (!strict && error instanceof ValidationError) {
          skipped++;
          cache.set(key, null);
          return undefined;
        }
        throw error;
      }
      const local = [...result.winners].sort((a, b) => a - b);
      const evaluated: Evaluated = map === undefined ? { prof: p, unranked: policy, winners: local } : { prof: p, unranked: policy, winners: local.map((c) => map[c]!), map };
      cache.set(key, evaluated);
      return evaluated;
    };

    const original = run(prof, unranked, undefined, true)!;
    const text = (cs: Iterable<CandidateIndex>): string => `{${[...cs].map((c) => String(labels[c])).join(', ')}}`;
    const ctx: CheckContext = {
      prof,
      m,
      labels,
      unranked,
      winners: original.winners,
      original,
      evaluate: (p, policy = unranked) => run(p, policy, undefined, false),
      evaluateWithout: (removed, policy = unranked) => {
        const sub = withoutCandidates(prof, new Set(removed));
        return run(sub.prof, policy, sub.map, false);
      },
      report: (explanation, candidates, profiles) => {
        const shown: WitnessProfile[] = profiles.map(([role, e]) => ({
          role,
          profile: toAnonymous(e.prof),
          unranked: e.unranked,
          winners: e.winners,
          ...(e.map === undefined ? {} : { candidateMap: e.map }),
        }));
        violations.push(Object.freeze({ axiom: info.id, explanation, candidates: Object.freeze([...candidates]), profiles: Object.freeze(shown) }));
        if (violations.length >= maxViolations) throw new StopSearch();
      },
      text,
    };
    try {
      body(ctx, options);
    } catch (error) {
      if (!(error instanceof StopSearch)) throw error;
    }
    return Object.freeze({ axiom: info.id, method: methodName(rule), satisfied: violations.length === 0, violations: Object.freeze(violations), evaluations, skipped });
  };
  Object.defineProperty(check, 'name', { value: info.id });
  Object.defineProperty(check, 'info', {
    value: Object.freeze({ ...info, aliases: Object.freeze([...info.aliases]), inputs: Object.freeze([...info.inputs]), citations: Object.freeze(info.citations.map((c) => Object.freeze({ ...c }))) }),
    enumerable: true,
  });
  return check as Axiom<Options>;
}
