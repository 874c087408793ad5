import { anonymousProfile, type AnonymousProfile, type Ranking } from '@plural/core';
import fc from 'fast-check';

/** A profile from rankings written with candidate letters, e.g. `['abc', 'b(ac)']`; counts per ballot. */
export function profileOf(m: number, ballots: readonly string[], counts?: readonly number[]): AnonymousProfile {
  const candidates = Array.from({ length: m }, (_, i) => String.fromCharCode(97 + i));
  const parse = (text: string): Ranking => {
    const out: (number | number[])[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '(') {
        const end = text.indexOf(')', i);
        out.push([...text.slice(i + 1, end)].map((ch) => ch.charCodeAt(0) - 97));
        i = end;
      } else out.push(text.charCodeAt(i) - 97);
    }
    return out;
  };
  return anonymousProfile({ candidates, ballots: ballots.map(parse), ...(counts ? { counts } : {}) });
}

/** Random strict complete profiles with 1…`maxM` candidates and 1…`maxBallots` distinct ballot slots. */
export function strictProfileArbitrary(maxM = 5, maxBallots = 8): fc.Arbitrary<AnonymousProfile> {
  return fc.integer({ min: 1, max: maxM }).chain((m) =>
    fc
      .array(fc.tuple(fc.shuffledSubarray(Array.from({ length: m }, (_, i) => i), { minLength: m, maxLength: m }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: maxBallots })
      .map((rows) => anonymousProfile({ candidates: Array.from({ length: m }, (_, i) => i), ballots: rows.map(([r]) => r), counts: rows.map(([, c]) => c) })),
  );
}
