import fc from 'fast-check';
import {
  anonymousProfile,
  ParseError,
  type AnonymousProfile,
  type Label,
  type ProfileMetadata,
  type Ranking,
} from '../../src/index.js';
import { weakRanking } from '../profiles/arbitraries.js';

/** Distinct labels drawn from an arbitrary. */
export function distinctLabels(label: fc.Arbitrary<Label>, min: number, max: number): fc.Arbitrary<Label[]> {
  return fc.uniqueArray(label, { minLength: min, maxLength: max, selector: (l) => `${typeof l}:${String(l)}` });
}

/** Any non-empty string (ASCII with control characters, or Unicode graphemes). */
export const anyText = fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 8 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }));

/** Candidate names valid in Condorcet text: letters, digits, inner spaces and a few punctuation marks. */
export const condorcetName = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9](?:[A-Za-zÀ-ÿ0-9 _.:'-]{0,8}[A-Za-zÀ-ÿ0-9])?$/);

export interface ProfileShape {
  readonly labels: fc.Arbitrary<Label[]>;
  readonly counts?: fc.Arbitrary<number>;
  readonly strict?: boolean;
  readonly complete?: boolean;
  readonly maxBallots?: number;
  readonly metadata?: fc.Arbitrary<ProfileMetadata | undefined>;
  /** Keep only ballots satisfying this (e.g. at most 9 ranks). */
  readonly ballotFilter?: (ranking: Ranking) => boolean;
}

/** An arbitrary anonymous profile (ballots merged by the constructor). */
export function anonymousProfileArb(shape: ProfileShape): fc.Arbitrary<AnonymousProfile> {
  return shape.labels.chain((candidates) =>
    fc
      .array(
        fc.tuple(
          weakRanking(candidates.length, {
            ...(shape.strict === undefined ? {} : { strict: shape.strict }),
            ...(shape.complete === undefined ? {} : { complete: shape.complete }),
          }),
          shape.counts ?? fc.integer({ min: 1, max: 9 }),
        ),
        { maxLength: shape.maxBallots ?? 8 },
      )
      .chain((pairs) =>
        (shape.metadata ?? fc.constant(undefined)).map((metadata) => {
          const kept = pairs.filter(([b]) => (shape.ballotFilter ? shape.ballotFilter(b) : true));
          return anonymousProfile({
            candidates,
            ballots: kept.map(([b]) => b),
            counts: kept.map(([, c]) => c),
            ...(metadata === undefined ? {} : { metadata }),
          });
        }),
      ),
  );
}

/** Positive counts: whole numbers and fractions. */
export const anyCount = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));

/**
 * A profile in label form, independent of candidate order and ballot order: the candidate set and the
 * total count of each ballot (tie groups sorted).
 */
export function canonical(profile: AnonymousProfile): { candidates: string[]; ballots: Map<string, number> } {
  const labels = profile.candidates.map(String);
  const ballots = new Map<string, number>();
  profile.ballots.forEach((b, i) => {
    const key = JSON.stringify(b.map((e) => (typeof e === 'number' ? [labels[e]!] : e.map((c) => labels[c]!).sort())));
    ballots.set(key, (ballots.get(key) ?? 0) + profile.counts[i]!);
  });
  return { candidates: [...labels].sort(), ballots };
}

/** Total count (number of voters) of a profile. */
export function total(profile: AnonymousProfile): number {
  return profile.counts.reduce((s, c) => s + c, 0);
}

/** Runs a reader on text; the outcome must be data or a ParseError, never another exception. */
export function readsOrParseError(read: (text: string) => unknown, text: string): void {
  try {
    read(text);
  } catch (error) {
    if (!(error instanceof ParseError)) {
      throw new Error(`reader threw ${String(error)} (${(error as Error)?.constructor?.name}) instead of a ParseError on ${JSON.stringify(text)}`);
    }
  }
}

/** Random edits (insert, delete, replace characters) of a valid text, to fuzz readers. */
export function mutated(text: string, alphabet: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...alphabet.split(''))), { minLength: 1, maxLength: 6 })
    .map((edits) => {
      let s = text;
      for (const [at, op, ch] of edits) {
        const i = s.length === 0 ? 0 : at % (s.length + 1);
        if (op === 0) s = s.slice(0, i) + ch + s.slice(i);
        else if (op === 1) s = s.slice(0, i) + s.slice(i + 1);
        else s = s.slice(0, i) + ch + s.slice(i + 1);
      }
      return s;
    });
}
