import { anonymize, anonymousProfile, marginMatrix, mergeBallots, PluralError, rankingProfile } from '@plural/core';
import type { BenchTask } from './task.js';
import { packBallots, scanPacked, scanPlainRankings, scanRankings } from './floors.js';

/** The floors of one culture: the voters' ballots and the distinct ballots, each read packed, as plain arrays and as core's frozen arrays. */
export function floorNames(culture: string): {
  voters: string;
  plainVoters: string;
  frozenVoters: string;
  anonymous: string;
  plainAnonymous: string;
  frozenAnonymous: string;
} {
  return {
    voters: `profiles.${culture}.floor(read voter ballots, packed)`,
    plainVoters: `profiles.${culture}.floor(read voter ballots, plain arrays)`,
    frozenVoters: `profiles.${culture}.floor(read voter ballots, frozen arrays)`,
    anonymous: `profiles.${culture}.floor(read anonymous ballots, packed)`,
    plainAnonymous: `profiles.${culture}.floor(read anonymous ballots, plain arrays)`,
    frozenAnonymous: `profiles.${culture}.floor(read anonymous ballots, frozen arrays)`,
  };
}

/**
 * Workload 2 for one culture, from the voters' ballots as plain arrays (as a caller or a parser hands
 * them over): build the anonymous profile (`anonymousProfile`: validate and merge), merge the validated
 * voter profile (`mergeBallots`, what `anonymize` does), and compute the margin matrix of the anonymous
 * profile and of the voter profile. Each is divided by a bare read of the ballots it consumes: the plain
 * input arrays for `anonymousProfile`, the packed copy of the profile's ballots (what core's loops read)
 * for the others. The plain-array and frozen-array reads of the same ballots are floors too (see
 * `floors.ts`). Checks once, untimed, that both margin matrices agree.
 *
 * Complexity: O(n·m) per call of each task.
 *
 * @example
 * profileSuite('ic', ballots, 10).map((t) => t.name);
 */
export function profileSuite(culture: string, ballots: readonly (readonly number[])[], m: number): BenchTask[] {
  const profile = rankingProfile({ candidates: m, rankings: ballots });
  const anon = anonymize(profile);
  const viaAnon = marginMatrix(anon).margins;
  const direct = marginMatrix(profile).margins;
  if (viaAnon.some((row, a) => row.some((v, b) => direct[a]![b] !== v))) {
    throw new PluralError('internal', `margins of the ${culture} profile differ between its anonymous and voter forms.`, { where: culture });
  }
  const base = { voters: ballots.length, candidates: m, culture, distinctBallots: anon.ballots.length };
  const anonParameters = { ...base, ballotsRead: anon.ballots.length };
  const floors = floorNames(culture);
  const packedVoters = packBallots(profile.rankings);
  const packedAnon = packBallots(anon.ballots, anon.counts);
  const plainAnonBallots = anon.ballots.map((b) => (b as readonly number[]).slice());
  const plainCounts = anon.counts.slice();
  const task = (
    name: string,
    description: string,
    floor: string,
    run: () => unknown,
    plan: 'heavy' | 'light',
    parameters: BenchTask['parameters'] = base,
  ): BenchTask => ({ name, suite: 'profiles', description, parameters, role: name === floor ? 'floor' : 'workload', floor, plan, run });
  return [
    task(floors.plainVoters, `bare loop reading the ${ballots.length} voters' ballots once, as plain arrays (the input of anonymousProfile)`, floors.plainVoters, () =>
      scanPlainRankings(ballots), 'light'),
    task(floors.voters, `bare loop reading the ${ballots.length} voters' ballots once, packed as core keeps them (one Uint8Array + offsets)`, floors.voters, () =>
      scanPacked(packedVoters), 'light'),
    task(floors.frozenVoters, `bare loop reading the voter profile's public frozen ranking arrays once (information: V8 11.3 does not inline loads from frozen arrays)`, floors.frozenVoters, () =>
      scanRankings(profile.rankings), 'light'),
    task(`profiles.${culture}.anonymousProfile`, 'core anonymousProfile({ candidates, ballots }) on the plain arrays: validate, merge identical ballots, copy the distinct ones', floors.plainVoters, () =>
      anonymousProfile({ candidates: m, ballots }), 'heavy'),
    task(`profiles.${culture}.mergeBallots`, "core mergeBallots(candidates, profile.rankings): merge the voter profile's validated ballots (what anonymize does)", floors.voters, () =>
      mergeBallots(profile.candidates, profile.rankings, undefined, undefined), 'heavy'),
    task(`margins.${culture}.marginMatrix(voters)`, "core marginMatrix(rankingProfile): one pass over the voters' ballots", floors.voters, () => marginMatrix(profile), 'light'),
    task(floors.anonymous, `bare loop reading the ${anon.ballots.length} distinct ballots and their counts once, packed as core keeps them`, floors.anonymous, () =>
      scanPacked(packedAnon), 'light', anonParameters),
    task(floors.plainAnonymous, 'bare loop reading the distinct ballots and their counts once, as plain (unfrozen) arrays', floors.plainAnonymous, () =>
      scanPlainRankings(plainAnonBallots, plainCounts), 'light', anonParameters),
    task(floors.frozenAnonymous, "bare loop reading the anonymous profile's public frozen arrays once (information only)", floors.frozenAnonymous, () =>
      scanRankings(anon.ballots, anon.counts), 'light', anonParameters),
    task(`margins.${culture}.marginMatrix(anonymous)`, 'core marginMatrix(anonymousProfile): one pass over the distinct ballots', floors.anonymous, () =>
      marginMatrix(anon), 'light', anonParameters),
  ];
}
