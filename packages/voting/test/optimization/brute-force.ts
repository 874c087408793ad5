import { anonymousProfile, type AnonymousProfile } from '@plural/core';
import fc from 'fast-check';

/**
 * Brute-force reference implementations, straight from the definitions, for small instances: every
 * ranking (Kemeny, Slater), every way of moving the candidate up in every ballot (Dodgson), every subset
 * of voters (Young).
 */

/** All permutations of 0…m−1. */
export function permutations(m: number): number[][] {
  if (m === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(m - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), m - 1, ...p.slice(i)]);
  return out;
}

/** The optimal rankings of Σ_{i<j} w[r_i][r_j] by enumeration. */
export function bruteOrderings(w: readonly (readonly number[])[]): { optimum: number; rankings: number[][]; tops: number[] } {
  let optimum = -Infinity;
  let rankings: number[][] = [];
  for (const r of permutations(w.length)) {
    let s = 0;
    for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) s += w[r[i]!]![r[j]!]!;
    if (s > optimum) {
      optimum = s;
      rankings = [r];
    } else if (s === optimum) rankings.push(r);
  }
  rankings.sort((x, y) => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  });
  return { optimum, rankings, tops: [...new Set(rankings.map((r) => r[0]!))].sort((a, b) => a - b) };
}

/** The voters of a strict complete profile, one ranking each. */
function voters(p: AnonymousProfile): number[][] {
  const out: number[][] = [];
  p.ballots.forEach((b, i) => {
    for (let k = 0; k < (p.counts?.[i] ?? 1); k++) out.push(b as number[]);
  });
  return out;
}

/** Dodgson scores by trying every lift of the candidate in every ballot (strict complete ballots). */
export function bruteDodgson(p: AnonymousProfile, variant: 'strict' | 'weak'): number[] {
  const m = p.candidates.length;
  const vs = voters(p);
  return Array.from({ length: m }, (_, a) => {
    let best = Infinity;
    const lifts = new Array<number>(vs.length).fill(0);
    const walk = (i: number, cost: number): void => {
      if (cost >= best) return;
      if (i === vs.length) {
        const margin = new Array<number>(m).fill(0);
        vs.forEach((v, k) => {
          const moved = v.filter((c) => c !== a);
          moved.splice(v.indexOf(a) - lifts[k]!, 0, a);
          const pa = moved.indexOf(a);
          for (let b = 0; b < m; b++) if (b !== a) margin[b]! += moved.indexOf(b) > pa ? 1 : -1;
        });
        if (margin.every((x, b) => b === a || (variant === 'strict' ? x > 0 : x >= 0))) best = cost;
        return;
      }
      for (let j = 0; j <= vs[i]!.indexOf(a); j++) {
        lifts[i] = j;
        walk(i + 1, cost + j);
      }
      lifts[i] = 0;
    };
    walk(0, 0);
    return best;
  });
}

/** Young scores (voters kept) by trying every non-empty subset of voters; ballots may have ties. */
export function bruteYoung(p: AnonymousProfile, variant: 'strict' | 'weak'): number[] {
  const m = p.candidates.length;
  const vs: number[][] = [];
  p.ballots.forEach((b, i) => {
    const tier = new Array<number>(m).fill(Infinity);
    b.forEach((entry, k) => {
      for (const c of typeof entry === 'number' ? [entry] : entry) tier[c] = k;
    });
    for (let k = 0; k < (p.counts?.[i] ?? 1); k++) vs.push(tier);
  });
  const best = new Array<number>(m).fill(0);
  for (let mask = 1; mask < 2 ** vs.length; mask++) {
    let size = 0;
    const margin = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    vs.forEach((tier, i) => {
      if (((mask >> i) & 1) === 0) return;
      size++;
      for (let x = 0; x < m; x++) for (let y = 0; y < m; y++) if (tier[x]! < tier[y]!) margin[x]![y]! += 1;
    });
    for (let a = 0; a < m; a++) {
      const ok = margin[a]!.every((_, b) => b === a || (variant === 'strict' ? margin[a]![b]! > margin[b]![a]! : margin[a]![b]! >= margin[b]![a]!));
      if (ok && size > best[a]!) best[a] = size;
    }
  }
  return best;
}

/** Small strict complete profiles with at most `maxVoters` voters in all. */
export function smallStrictProfile(maxM: number, maxVoters: number): fc.Arbitrary<AnonymousProfile> {
  return fc.integer({ min: 1, max: maxM }).chain((m) =>
    fc
      .array(fc.tuple(fc.shuffledSubarray(Array.from({ length: m }, (_, i) => i), { minLength: m, maxLength: m }), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: maxVoters })
      .filter((rows) => rows.reduce((s, [, c]) => s + c, 0) <= maxVoters)
      .map((rows) => anonymousProfile({ candidates: Array.from({ length: m }, (_, i) => i), ballots: rows.map(([r]) => r), counts: rows.map(([, c]) => c) })),
  );
}

/** Small profiles whose ballots may have ties and be truncated. */
export function smallWeakProfile(maxM: number, maxVoters: number): fc.Arbitrary<AnonymousProfile> {
  return fc.integer({ min: 1, max: maxM }).chain((m) =>
    fc
      .array(
        fc.tuple(
          fc.shuffledSubarray(Array.from({ length: m }, (_, i) => i), { minLength: 1, maxLength: m }),
          fc.array(fc.boolean(), { minLength: m, maxLength: m }),
          fc.integer({ min: 1, max: 2 }),
        ),
        { minLength: 1, maxLength: maxVoters },
      )
      .filter((rows) => rows.reduce((s, [, , c]) => s + c, 0) <= maxVoters)
      .map((rows) =>
        anonymousProfile({
          candidates: Array.from({ length: m }, (_, i) => i),
          ballots: rows.map(([order, join]) => {
            // join[k]: candidate k of the order ties with the previous one.
            const groups: number[][] = [];
            order.forEach((c, k) => {
              if (k > 0 && join[k]) groups[groups.length - 1]!.push(c);
              else groups.push([c]);
            });
            return groups.map((g) => (g.length === 1 ? g[0]! : g));
          }),
          counts: rows.map(([, , c]) => c),
        }),
      ),
  );
}
