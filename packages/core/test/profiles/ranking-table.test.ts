import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymize,
  anonymousProfile,
  expandProfile,
  mergeBallots,
  normalizeRanking,
  rankingKey,
  rankingProfile,
  rankingProfileShape,
  isStrictRanking,
  rankedCount,
  type Ranking,
} from '../../src/index.js';
import { IntegerKeyIndex } from '../../src/profiles/integer-key-index.js';
import { frozenNumbers, numbersOf } from '../../src/profiles/packed-numbers.js';
import { rankingTableOf, type RankingTable } from '../../src/profiles/ranking-table.js';
import { weakRanking } from './arbitraries.js';

/** Ranking i of a packed table, decoded back to the normal form. */
function decode(table: RankingTable, i: number): Ranking {
  const out: (number | number[])[] = [];
  let group: number[] = [];
  for (let j = table.starts[i]!; j < table.starts[i + 1]!; j++) {
    const v = table.entries[j]!;
    group.push(v & (table.tie - 1));
    if ((v & table.tie) === 0) {
      out.push(group.length === 1 ? group[0]! : group);
      group = [];
    }
  }
  return out;
}

/** Checks that `table` describes exactly `rankings`, flags included. */
function expectTableOf(table: RankingTable | undefined, rankings: readonly Ranking[], m: number): void {
  expect(table).toBeDefined();
  expect(table!.count).toBe(rankings.length);
  expect(rankings.map((_, i) => decode(table!, i))).toEqual(rankings);
  expect(table!.strict).toBe(rankings.every(isStrictRanking));
  expect(table!.complete).toBe(rankings.every((r) => rankedCount(r) === m));
}

/** A user's ranking in any order of tie members, with singleton groups allowed: what constructors accept. */
const loose = (m: number) =>
  weakRanking(m).chain((r) =>
    fc.tuple(...r.map((e) => (typeof e === 'number' ? fc.constantFrom<number | number[]>(e, [e]) : fc.shuffledSubarray(e as number[], { minLength: e.length })))),
  );

const profileRows = fc.integer({ min: 0, max: 8 }).chain((m) =>
  fc.tuple(fc.constant(m), fc.array(fc.tuple(m === 0 ? fc.constant([]) : loose(m), fc.integer({ min: 1, max: 9 }).map((q) => q / 2)), { maxLength: 40 })),
);

/** The reference merge: first appearance order, counts added, keyed by the normal form. */
function naiveMerge(rankings: readonly Ranking[], counts: readonly number[]): { ballots: Ranking[]; counts: number[] } {
  const at = new Map<string, number>();
  const ballots: Ranking[] = [];
  const merged: number[] = [];
  rankings.forEach((r, i) => {
    const key = JSON.stringify(r);
    const slot = at.get(key);
    if (slot === undefined) {
      at.set(key, ballots.length);
      ballots.push(r);
      merged.push(counts[i]!);
    } else merged[slot]! += counts[i]!;
  });
  return { ballots, counts: merged };
}

describe('constructors and the packed ranking table', () => {
  it('rankingProfile normalises every ranking as normalizeRanking does, and its table holds them (property)', () => {
    fc.assert(
      fc.property(profileRows, ([m, rows]) => {
        const rankings = rows.map((r) => r[0]);
        const p = rankingProfile({ candidates: m, rankings });
        expect(p.rankings).toEqual(rankings.map((r) => normalizeRanking(r, m)));
        for (const r of p.rankings) {
          expect(Object.isFrozen(r)).toBe(true);
          for (const e of r) if (typeof e !== 'number') expect(Object.isFrozen(e)).toBe(true);
        }
        expectTableOf(rankingTableOf(p.rankings, m), p.rankings, m);
      }),
    );
  });

  it('anonymousProfile, anonymize and mergeBallots merge like the reference and keep a table of the distinct ballots (property)', () => {
    fc.assert(
      fc.property(profileRows, ([m, rows]) => {
        const rankings = rows.map((r) => r[0]);
        const counts = rows.map((r) => r[1]);
        const normal = rankings.map((r) => normalizeRanking(r, m));
        const expected = naiveMerge(normal, counts);
        const fromInput = anonymousProfile({ candidates: m, ballots: rankings, counts });
        const viaVoters = anonymize(rankingProfile({ candidates: m, rankings, weights: counts }));
        const viaArrays = mergeBallots(fromInput.candidates, normal, counts, undefined);
        for (const p of [fromInput, viaVoters, viaArrays]) {
          expect({ ballots: p.ballots, counts: p.counts }).toEqual(expected);
          expect(Object.isFrozen(p.ballots) && Object.isFrozen(p.counts)).toBe(true);
          expectTableOf(rankingTableOf(p.ballots, m), p.ballots, m);
          expect(numbersOf(p.counts)).toEqual(Float64Array.from(expected.counts));
        }
      }),
    );
  });

  it('expandProfile repeats the table rows with the ballots', () => {
    const anon = anonymousProfile({ candidates: 3, ballots: [[2, [0, 1]], [1, 0, 2]], counts: [2, 3] });
    const voters = expandProfile(anon);
    expect(voters.rankings).toEqual([[2, [0, 1]], [2, [0, 1]], [1, 0, 2], [1, 0, 2], [1, 0, 2]]);
    expectTableOf(rankingTableOf(voters.rankings, 3), voters.rankings, 3);
  });

  it('reports the same shape from the table as from the rankings (property)', () => {
    fc.assert(
      fc.property(profileRows, ([m, rows]) => {
        const p = anonymousProfile({ candidates: m, ballots: rows.map((r) => r[0]) });
        const bare = { ...p, ballots: p.ballots.slice() };
        expect(rankingTableOf(bare.ballots, m)).toBeUndefined();
        expect(rankingProfileShape(p)).toEqual(rankingProfileShape(bare));
      }),
    );
  });

  it('throws the same error as normalizeRanking for any bad ballot, at the same position (property)', () => {
    const junk = fc.oneof(
      fc.integer({ min: -2, max: 6 }),
      fc.constantFrom(Number.NaN, 1.5, -0, '1', null),
      fc.array(fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(2.5)), { maxLength: 3 }),
    );
    const arbitrary = fc.tuple(
      fc.array(fc.oneof(fc.array(junk, { maxLength: 6 }), fc.constant('x')), { minLength: 1, maxLength: 6 }),
      fc.record({ strict: fc.boolean(), complete: fc.boolean() }),
    );
    fc.assert(
      fc.property(arbitrary, ([ballots, require]) => {
        const m = 4;
        let expected: unknown = null;
        try {
          ballots.forEach((b, i) => normalizeRanking(b, m, `ballots[${i}]`, require));
        } catch (error) {
          expected = error;
        }
        const outcome = (f: () => unknown): unknown => {
          try {
            f();
            return null;
          } catch (error) {
            return error;
          }
        };
        for (const got of [
          outcome(() => anonymousProfile({ candidates: m, ballots: ballots as never, require })),
          outcome(() => rankingProfile({ candidates: m, rankings: ballots as never, require })),
        ]) {
          if (expected === null) expect(got).toBeNull();
          else {
            expect(got).toBeInstanceOf((expected as Error).constructor);
            // rankingProfile names its voters rankings[i], anonymousProfile its ballots ballots[i].
            const text = (e: unknown) => [(e as Error).message, (e as { where?: string }).where].map((t) => t?.replace(/^rankings/, 'ballots'));
            expect(text(got)).toEqual(text(expected));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never mutates its input: tie groups are sorted in copies', () => {
    const group = Object.freeze([3, 1, 2]);
    const ballots = Object.freeze([Object.freeze([group, 0]), Object.freeze([0, group])]);
    const p = anonymousProfile({ candidates: 4, ballots });
    expect(group).toEqual([3, 1, 2]);
    expect(p.ballots).toEqual([[[1, 2, 3], 0], [0, [1, 2, 3]]]);
  });

  it('has no table for arrays core did not build, or for another number of candidates', () => {
    const p = rankingProfile({ candidates: 3, rankings: [[0, 1, 2]] });
    expect(rankingTableOf(p.rankings, 3)).toBeDefined();
    expect(rankingTableOf(p.rankings, 4)).toBeUndefined();
    expect(rankingTableOf(p.rankings.slice(), 3)).toBeUndefined();
  });
});

describe('IntegerKeyIndex', () => {
  it('gives every key the slot of its first insertion, like a Map, through growth (property)', () => {
    const keys = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.maxSafeNat(), fc.constantFrom(0, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1)), { maxLength: 400 });
    fc.assert(
      fc.property(keys, fc.integer({ min: 0, max: 50 }), (list, expected) => {
        const index = new IntegerKeyIndex(expected);
        const reference = new Map<number, number>();
        for (const key of list) {
          const slot = index.slotOf(key, reference.size);
          expect(slot).toBe(reference.get(key) ?? -1);
          if (!reference.has(key)) reference.set(key, reference.size);
        }
        expect(index.size).toBe(reference.size);
      }),
    );
  });
});

describe('packed numbers', () => {
  it('keeps a copy of the lists core freezes, and reads other lists afresh', () => {
    const values = [1, 2.5, 3];
    const frozen = frozenNumbers(values);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(numbersOf(frozen)).toBe(numbersOf(frozen));
    expect(Array.from(numbersOf(frozen))).toEqual([1, 2.5, 3]);
    const other = [4, 5];
    expect(numbersOf(other)).not.toBe(numbersOf(other));
    expect(Array.from(numbersOf(other))).toEqual([4, 5]);
  });
});

describe('rankingKey is unchanged', () => {
  it('packs strict rankings in base m + 1 and writes ties as text', () => {
    expect(rankingKey([2, 0, 1], 3)).toBe((3 * 4 + 1) * 4 + 2);
    expect(rankingKey([2, [0, 3], 1], 4)).toBe('2,{0,3},1');
  });
});
