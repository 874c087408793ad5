import { ValidationError, type Ranking } from '@plural/core';

/**
 * The floors of the profile workloads: bare loops that read every entry of every ballot once (and each
 * ballot's count, when given) and fold them into a number, so the loop cannot be removed. The entries are
 * added as 32-bit integers and the counts as doubles: the cheapest fold that still reads everything.
 * The same ballots are read in three representations:
 *
 * - packed ({@link scanPacked}): one `Uint8Array` of candidate indices, ballot after ballot, an
 *   `Int32Array` of offsets and a `Float64Array` of counts — the layout in which core keeps, privately,
 *   a copy of every profile it builds, and what `marginMatrix` reads;
 * - plain arrays ({@link scanPlainRankings}): unfrozen arrays of numbers, the cheapest read of the public
 *   data shape;
 * - core's frozen arrays ({@link scanRankings}): the public `profile.ballots` as a caller reads them. In
 *   Node 20 (V8 11.3) optimised code does not inline element loads of frozen arrays — each is an
 *   inline-cache call — so this loop is several times slower than the others.
 *
 * Each reader is a separate function so that each load site sees one kind of array (V8 specialises a
 * loop to the array shapes it meets).
 */

/** Ballots packed as core packs strict ballots: entries of ballot i at `entries[starts[i] … starts[i+1])`. */
export interface PackedBallots {
  readonly entries: Uint8Array;
  readonly starts: Int32Array;
  readonly counts: Float64Array | undefined;
}

/**
 * Packs strict ballots (arrays of candidate indices below 128) and their counts.
 *
 * Complexity: O(total ballot length).
 *
 * @example
 * packBallots([[0, 1], [1, 0]]).entries; // Uint8Array [0, 1, 1, 0]
 */
export function packBallots(ballots: readonly Ranking[], counts?: readonly number[]): PackedBallots {
  let total = 0;
  for (const b of ballots) total += b.length;
  const entries = new Uint8Array(total);
  const starts = new Int32Array(ballots.length + 1);
  let at = 0;
  ballots.forEach((ballot, i) => {
    for (const entry of ballot) {
      if (typeof entry !== 'number' || entry < 0 || entry > 127) {
        throw new ValidationError('packBallots reads strict ballots of candidate indices 0…127.', { where: `ballots[${i}]` });
      }
      entries[at++] = entry;
    }
    starts[i + 1] = at;
  });
  return { entries, starts, counts: counts === undefined ? undefined : Float64Array.from(counts) };
}

/**
 * Floor over packed ballots: Σ entries (as a 32-bit integer) + Σ counts (the number of ballots without counts).
 *
 * Complexity: O(total ballot length).
 *
 * @example
 * scanPacked(packBallots([[0, 1], [1, 0]], [2, 3])); // 2 + 5 = 7
 */
export function scanPacked(packed: PackedBallots): number {
  const { entries, starts, counts } = packed;
  return counts === undefined ? sumEntries(entries, starts) + (starts.length - 1) : sumEntries(entries, starts) + sumCounts(counts);
}

/** Σ entries as a 32-bit integer: the inner loop of {@link scanPacked}, with no per-ballot branch. */
function sumEntries(entries: Uint8Array, starts: Int32Array): number {
  const n = starts.length - 1;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const end = starts[i + 1]!;
    for (let j = starts[i]!; j < end; j++) sum = (sum + entries[j]!) | 0;
  }
  return sum;
}

function sumCounts(counts: Float64Array): number {
  let weight = 0;
  for (let i = 0; i < counts.length; i++) weight += counts[i]!;
  return weight;
}

/**
 * Floor over core's frozen rankings (strict ballots): the same fold as {@link scanPacked}.
 *
 * Complexity: O(total ballot length).
 *
 * @example
 * scanRankings(profile.rankings); // a checksum
 */
export function scanRankings(ballots: readonly Ranking[], counts?: readonly number[]): number {
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i] as readonly number[];
    weight += counts === undefined ? 1 : counts[i]!;
    for (let k = 0; k < ballot.length; k++) sum = (sum + ballot[k]!) | 0;
  }
  return sum + weight;
}

/**
 * Floor over plain (unfrozen) arrays of numbers: the same fold as {@link scanPacked}.
 *
 * Complexity: O(total ballot length).
 *
 * @example
 * scanPlainRankings([[0, 1], [1, 0]]); // 2 + 2 = 4
 */
export function scanPlainRankings(ballots: readonly (readonly number[])[], counts?: readonly number[]): number {
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < ballots.length; i++) {
    const ballot = ballots[i]!;
    weight += counts === undefined ? 1 : counts[i]!;
    for (let k = 0; k < ballot.length; k++) sum = (sum + ballot[k]!) | 0;
  }
  return sum + weight;
}
