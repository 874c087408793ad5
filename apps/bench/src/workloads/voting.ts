import { anonymize, marginMatrix, PluralError, rankingProfile, type AnonymousProfile } from '@plural/core';
import { election, votingMethod, type VotingMethod, type VotingResult } from '@plural/voting';
import { packBallots, scanPacked } from './floors.js';
import { votersLabel } from './plans.js';
import type { BenchTask } from './task.js';

/** The profile the voting-rule suites of one culture and size time the rules on. */
export interface VotingInput {
  /** `ic` or `mallows0.5`. */
  readonly culture: string;
  readonly voters: number;
  readonly candidates: number;
  /** The anonymous profile core builds from the voters' ballots (frozen, with core's packed copy). */
  readonly profile: AnonymousProfile;
}

/**
 * The anonymous profile of the voters' ballots, as a user gets it from core (`rankingProfile`, then
 * `anonymize`): the input every voting-rule task starts from.
 *
 * Complexity: O(n·m).
 */
export function votingInput(culture: string, ballots: readonly (readonly number[])[], m: number): VotingInput {
  return { culture, voters: ballots.length, candidates: m, profile: anonymize(rankingProfile({ candidates: m, rankings: ballots })) };
}

/** A rule the suites time: a name the registry knows it by, its family's suite, and what it does after `election()`. */
export interface TimedRule {
  /** Looked up with `votingMethod` (ids and aliases); the row is named after the registered id. */
  readonly name: string;
  readonly family: 'margin rules' | 'iterative rules' | 'positional rules';
  /** What the rule computes, for the row's description. */
  readonly what: string;
  /** Whether it reads only the margins (so pays for them in every call, from the profile). */
  readonly marginsOnly: boolean;
}

/** The rules of the issue, and Plurality and Borda, in report order; ranked pairs when registered. */
export const TIMED_RULES: readonly TimedRule[] = Object.freeze([
  { name: 'Schulze', family: 'margin rules', what: "Schulze's strongest paths (widest paths over the margins, O(m³))", marginsOnly: true },
  { name: 'copeland', family: 'margin rules', what: 'Copeland scores (pairwise wins and ties, O(m²))', marginsOnly: true },
  { name: 'minimax', family: 'margin rules', what: 'minimax scores (largest defeat margin, O(m²))', marginsOnly: true },
  { name: 'ranked-pairs', family: 'margin rules', what: 'ranked pairs, irresolute (locks majorities from the largest margin; a search over the orders of tied margins, O(m³) when none tie)', marginsOnly: true },
  { name: 'ranked-pairs-tb', family: 'margin rules', what: 'ranked pairs with a fixed tie-break order (O(m⁴/32))', marginsOnly: true },
  { name: 'instant-runoff', family: 'iterative rules', what: 'Instant Runoff: first places bucketed once, then only the ballots of eliminated candidates moved on (RunoffTally, on the packed ballots)', marginsOnly: false },
  { name: 'instant-runoff-tb', family: 'iterative rules', what: 'Instant Runoff TB (one elimination per round, majority stop), on the same tally', marginsOnly: false },
  { name: 'plurality', family: 'positional rules', what: "Plurality: each packed ballot's first entry", marginsOnly: false },
  { name: 'borda', family: 'positional rules', what: 'Borda: one pass over the packed ballots adding count × (m − 1 − k)', marginsOnly: false },
]);

/** The timed rules registered in @plural/voting (ranked pairs may not be yet), with the rule and its id. */
export function timedRules(): { rule: TimedRule; id: string; method: VotingMethod<AnonymousProfile> }[] {
  const out: { rule: TimedRule; id: string; method: VotingMethod<AnonymousProfile> }[] = [];
  for (const rule of TIMED_RULES) {
    let method: VotingMethod<AnonymousProfile>;
    try {
      method = votingMethod(rule.name) as unknown as VotingMethod<AnonymousProfile>;
    } catch {
      continue;
    }
    out.push({ rule, id: method.info.id, method });
  }
  return out;
}

/** Names of the rows of one culture and size: `voting.<culture>.<voters>.…`. */
export function votingNames(culture: string, voters: number): { floor: string; margins: string; election: string; rule: (id: string) => string } {
  const prefix = `voting.${culture}.${votersLabel(voters)}`;
  return {
    floor: `${prefix}.floor(read anonymous ballots, packed)`,
    margins: `${prefix}.margins`,
    election: `${prefix}.election(first call)`,
    rule: (id) => `${prefix}.${id}`,
  };
}

function parametersOf(input: VotingInput): BenchTask['parameters'] {
  return { voters: input.voters, candidates: input.candidates, culture: input.culture, distinctBallots: input.profile.ballots.length };
}

/**
 * The margins of a voting suite and their floor: a bare read of the profile's distinct ballots and
 * counts, packed as core keeps them (what `marginMatrix` reads), and core's `marginMatrix` of the
 * profile — the margins every margin rule starts from and the baseline of the rules' "× margins". Also
 * the first `election()` call on a profile: checking and packing its ballots, which a rule's first call
 * on a profile pays once (timed on an unfrozen copy of the ballot list, so that nothing is kept between
 * calls). Checks once, untimed, that the Election's margins are core's.
 *
 * Complexity: O(n·m) per call of each task.
 */
export function marginsTasks(input: VotingInput): BenchTask[] {
  const { profile } = input;
  const names = votingNames(input.culture, input.voters);
  const parameters = parametersOf(input);
  const packed = packBallots(profile.ballots, profile.counts);
  const core = marginMatrix(profile).margins;
  const viaElection = election(profile).margins();
  if (core.some((row, a) => row.some((v, b) => viaElection[a]![b] !== v))) {
    throw new PluralError('internal', `the Election's margins of the ${input.culture} profile differ from core's marginMatrix.`, { where: names.margins });
  }
  const unfrozen = { kind: 'anonymous' as const, candidates: profile.candidates, ballots: profile.ballots.slice(), counts: profile.counts.slice() };
  const task = (name: string, description: string, run: () => unknown, margins?: string): BenchTask => ({
    name,
    suite: 'margin rules',
    description,
    parameters,
    role: name === names.floor ? 'floor' : 'workload',
    floor: names.floor,
    ...(margins === undefined ? {} : { margins }),
    plan: 'light',
    run,
  });
  return [
    task(names.floor, `bare loop reading the ${profile.ballots.length} distinct ballots and their counts once, packed as core keeps them (what marginMatrix reads)`, () => scanPacked(packed)),
    task(names.margins, 'core marginMatrix(anonymous profile): the margins every margin rule starts from, and the baseline of the rules\' "× margins"', () => marginMatrix(profile)),
    task(
      names.election,
      "election(profile) on a profile it has not seen: check every ballot and pack ballots and counts into typed arrays, reading core's frozen arrays (timed on an unfrozen copy of the ballot list, so nothing is kept between calls); a rule's first call on a profile pays this once, later calls find the packed copy kept with the frozen profile",
      () => election(unfrozen),
      names.margins,
    ),
  ];
}

/**
 * The tasks of one family of rules on a profile: each rule called on the profile as a user calls it,
 * end to end — `election(profile)` (whose checked, packed ballots are kept with the frozen profile after
 * the first call, see the `election(first call)` row), then, for a rule that reads only margins, the
 * margins (core's `marginMatrix`, paid in every call) and the rule on them; for a rule that reads
 * ballots, its loops over the packed ballots. Each is divided by the floor and by the margins of the
 * profile, timed in alternation with the rule (`runMargins`). Calls every rule once, untimed, which
 * also makes the profile's packed copy.
 *
 * Complexity: O(n·m) per call of each task (O(m³) after the margins for the margin rules).
 */
export function ruleTasks(input: VotingInput, family: TimedRule['family']): BenchTask[] {
  const names = votingNames(input.culture, input.voters);
  const parameters = parametersOf(input);
  return timedRules()
    .filter(({ rule }) => rule.family === family)
    .map(({ rule, id, method }) => {
      const result: VotingResult = method(input.profile);
      if (result.method !== id || result.winners.length === 0) {
        throw new PluralError('internal', `${id} returned no winner on the ${input.culture} profile.`, { where: names.rule(id) });
      }
      return {
        name: names.rule(id),
        suite: family,
        description: rule.marginsOnly
          ? `${id}(profile) end to end: election(profile), the margins (core marginMatrix, in every call: the rule reads only margins), then ${rule.what}`
          : `${id}(profile) end to end: election(profile), then ${rule.what}`,
        parameters,
        role: 'workload' as const,
        floor: names.floor,
        margins: names.margins,
        runMargins: () => marginMatrix(input.profile),
        plan: 'light' as const,
        run: () => method(input.profile),
      };
    });
}
