import { anonymousProfile, marginMatrix, mergeBallots, PluralError, type Ranking, type RankingProfile } from '@plural/core';
import { measure } from '../measure/measure.js';
import type { TimedWorkload } from '../report/types.js';
import type { BenchSizes } from './plans.js';

/**
 * The floor of any computation over ballots: one pass that reads every entry of every ballot (and the
 * ballot's count, when given) and folds them into a number so the loop cannot be removed. The ballots
 * must be strict (arrays of candidate indices).
 *
 * Complexity: O(total ballot length).
 *
 * @example
 * scanBallots([[0, 1], [1, 0]]); // a checksum
 */
export function scanBallots(ballots: readonly Ranking[], counts?: readonly number[]): number {
  let acc = 0;
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i] as readonly number[];
    const w = counts === undefined ? 1 : counts[i]!;
    for (let k = 0; k < ballot.length; k++) acc += (ballot[k]! + k) * w;
  }
  return acc;
}

/**
 * The same bare loop as {@link scanBallots}, kept as a separate function so that each sees one kind of
 * array: V8 specialises a loop to the array shapes it has met, and a loop that met both core's frozen
 * rankings and plain arrays would be slower on both.
 *
 * Complexity: O(total ballot length).
 *
 * @example
 * scanPlainBallots([[0, 1], [1, 0]]); // a checksum
 */
export function scanPlainBallots(ballots: readonly (readonly number[])[], counts?: readonly number[]): number {
  let acc = 0;
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i]!;
    const w = counts === undefined ? 1 : counts[i]!;
    for (let k = 0; k < ballot.length; k++) acc += (ballot[k]! + k) * w;
  }
  return acc;
}

/** Floor names of one culture: reads of core's own ranking arrays, and of plain (unfrozen) copies of them. */
export function floorNames(culture: string): { voters: string; anonymous: string; plainVoters: string; plainAnonymous: string } {
  return {
    voters: `profiles.${culture}.floor(read voter ballots)`,
    anonymous: `profiles.${culture}.floor(read anonymous ballots)`,
    plainVoters: `profiles.${culture}.floor(read voter ballots, plain arrays)`,
    plainAnonymous: `profiles.${culture}.floor(read anonymous ballots, plain arrays)`,
  };
}

/**
 * Workload 2 for one culture: build the anonymous profile from the voters' ballots (validating
 * `anonymousProfile`, and core's internal `mergeBallots`), then the margin matrix of the anonymous
 * profile (`marginMatrix(anon)`) and of the voter profile directly. Each is divided by a bare read of
 * the ballots it consumes — the voters' ballots, or the distinct ballots of the anonymous profile — as
 * core holds them (frozen arrays). Two more floors read plain, unfrozen copies of the same ballots: V8
 * reads frozen arrays several times slower, and these floors show what that costs.
 * Checks once, untimed, that both margin matrices agree.
 *
 * Complexity: O(sizes.heavy.iterations · n·m + sizes.light.iterations · n·m).
 *
 * @example
 * profileSuite('ic', impartialProfile, QUICK_SIZES).map((w) => w.name);
 */
export function profileSuite(culture: string, profile: RankingProfile, sizes: BenchSizes): TimedWorkload[] {
  const m = profile.candidates.length;
  const ballots = profile.rankings;
  const anon = anonymousProfile({ candidates: m, ballots });
  const viaAnon = marginMatrix(anon).margins;
  const direct = marginMatrix(profile).margins;
  if (viaAnon.some((row, a) => row.some((v, b) => direct[a]![b] !== v))) {
    throw new PluralError('internal', `margins of the ${culture} profile differ between its anonymous and voter forms.`, { where: culture });
  }
  const base = { voters: ballots.length, candidates: m, culture, distinctBallots: anon.ballots.length };
  const floors = floorNames(culture);
  const votersFloor = floors.voters;
  const anonFloor = floors.anonymous;
  const plainBallots = ballots.map((b) => (b as readonly number[]).slice());
  const plainAnonBallots = anon.ballots.map((b) => (b as readonly number[]).slice());
  const row = (
    name: string,
    description: string,
    role: 'floor' | 'workload',
    floor: string,
    fn: () => unknown,
    plan: 'heavy' | 'light',
    extra: Record<string, number | string> = {},
  ): TimedWorkload => ({
    name,
    suite: 'profiles',
    description,
    parameters: { ...base, ...extra },
    role,
    floor,
    measurement: measure(name, fn, sizes[plan]),
  });
  return [
    row(votersFloor, `bare loop reading the ${ballots.length} voters' ballots once`, 'floor', votersFloor, () => scanBallots(ballots), 'light'),
    row(`profiles.${culture}.anonymousProfile`, 'core anonymousProfile({ candidates, ballots }): validate and merge identical ballots', 'workload', votersFloor, () =>
      anonymousProfile({ candidates: m, ballots }), 'heavy'),
    row(`profiles.${culture}.mergeBallots`, 'core mergeBallots(candidates, ballots): merge only, no validation', 'workload', votersFloor, () =>
      mergeBallots(profile.candidates, ballots, undefined, undefined), 'heavy'),
    row(`margins.${culture}.marginMatrix(voters)`, 'core marginMatrix(rankingProfile): one pass over the voters\' ballots', 'workload', votersFloor, () =>
      marginMatrix(profile), 'light'),
    row(anonFloor, `bare loop reading the ${anon.ballots.length} distinct ballots and their counts once`, 'floor', anonFloor, () =>
      scanBallots(anon.ballots, anon.counts), 'light', { ballotsRead: anon.ballots.length }),
    row(`margins.${culture}.marginMatrix(anonymous)`, 'core marginMatrix(anonymousProfile)', 'workload', anonFloor, () => marginMatrix(anon), 'light', {
      ballotsRead: anon.ballots.length,
    }),
    row(floors.plainVoters, 'bare loop reading plain (unfrozen) copies of the voters\' ballots once', 'floor', floors.plainVoters, () =>
      scanPlainBallots(plainBallots), 'light'),
    row(floors.plainAnonymous, 'bare loop reading plain (unfrozen) copies of the distinct ballots and their counts once', 'floor', floors.plainAnonymous, () =>
      scanPlainBallots(plainAnonBallots, anon.counts), 'light', { ballotsRead: anon.ballots.length }),
  ];
}
