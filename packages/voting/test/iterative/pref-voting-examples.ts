import fs from 'node:fs';
import path from 'node:path';
import { anonymousProfile, type AnonymousProfile, type Label, type Ranking, type RankingEntry } from '@plural/core';
import { fileURLToPath } from 'node:url';

/** The shared corpora beside the repository (as in ../helpers/corpora.ts, without importing vitest). */
const corpora = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpora');

/**
 * pref_voting's axiom-violation pages (corpus `pref_voting/axiom_tables/violation_examples.json`,
 * extracted from pref_voting v1.18.1's HTML pages): each page prints profiles as Python constructors
 * followed by the winners pref_voting computed for the page's method. This module turns them into
 * (profile, method display name, winners) claims our rules must reproduce.
 */
export interface PrefVotingClaim {
  /** The page, e.g. `profile_Coombs_IPDA_3c_4v.html`. */
  readonly file: string;
  /** pref_voting's display name of the method. */
  readonly method: string;
  readonly profile: AnonymousProfile;
  /** `Profile` (linear orders) or `ProfileWithTies`. */
  readonly type: 'Profile' | 'ProfileWithTies';
  /** pref_voting's winners, as candidate labels (numbers), sorted. */
  readonly winners: readonly number[];
}

interface ViolationRecord {
  file: string;
  profile_type: string;
  method: string;
  text: string;
}

export const violationExamplesPath = path.join(corpora, 'pref_voting/axiom_tables/violation_examples.json');

/** Parses `Profile([[1, 2, 0], …], rcounts=[…], cmap={…})` or `ProfileWithTies([{0: 2, …}, …], …)`. */
export function parsePrefVotingProfile(line: string): { profile: AnonymousProfile; type: 'Profile' | 'ProfileWithTies' } {
  const type = line.startsWith('ProfileWithTies(') ? 'ProfileWithTies' : 'Profile';
  // Some pages print numpy integers: np.int64(3) → 3.
  const body = line.slice(type.length + 1).replace(/np\.int64\((-?\d+)\)/g, '$1');
  const rankingsEnd = body.indexOf('], rcounts=');
  const rankingsText = body.slice(0, rankingsEnd + 1);
  const rcounts = JSON.parse(/rcounts=(\[[^\]]*\])/.exec(body)![1]!) as number[];
  const cmap = /cmap=\{([^}]*)\}/.exec(body)![1]!;
  const labels = [...cmap.matchAll(/(\d+):/g)].map((x) => Number(x[1]));
  const index = new Map(labels.map((l, i) => [l, i]));
  let ballots: Ranking[];
  if (type === 'Profile') {
    ballots = (JSON.parse(rankingsText) as number[][]).map((r) => r.map((c) => index.get(c)!));
  } else {
    const dicts = JSON.parse(rankingsText.replace(/(\d+):/g, '"$1":')) as Record<string, number>[];
    ballots = dicts.map((d) => {
      const byRank = new Map<number, number[]>();
      for (const [c, r] of Object.entries(d)) byRank.set(r, [...(byRank.get(r) ?? []), index.get(Number(c))!]);
      return [...byRank.keys()].sort((a, b) => a - b).map((r) => {
        const group = byRank.get(r)!.sort((a, b) => a - b);
        return group.length === 1 ? group[0]! : group;
      });
    });
  }
  // pref_voting keeps rankings with count 0; core's profiles do not.
  const keep = rcounts.map((c) => c > 0);
  return { profile: anonymousProfile({ candidates: labels, ballots: ballots.filter((_, i) => keep[i]), counts: rcounts.filter((_, i) => keep[i]) }), type };
}

/** The profile without one candidate (by label), as pref_voting's "election without N". */
export function withoutCandidate(profile: AnonymousProfile, label: Label): AnonymousProfile {
  const gone = profile.candidates.indexOf(label);
  const map = (c: number) => (c > gone ? c - 1 : c);
  const ballots = profile.ballots.map((b): Ranking =>
    b.flatMap((entry): RankingEntry[] => {
      if (typeof entry === 'number') return entry === gone ? [] : [map(entry)];
      const g = entry.filter((c) => c !== gone).map(map);
      return g.length === 0 ? [] : g.length === 1 ? [g[0]!] : [g];
    }),
  );
  return anonymousProfile({ candidates: profile.candidates.filter((_, i) => i !== gone), ballots, counts: profile.counts });
}

const numbers = (text: string): number[] => (text.trim() === '' ? [] : text.split(',').map((s) => Number(s.trim()))).sort((a, b) => a - b);

let cache: PrefVotingClaim[] | undefined;

/** Every claim on every page (for all methods). */
export function prefVotingClaims(): PrefVotingClaim[] {
  if (cache !== undefined) return cache;
  const records = JSON.parse(fs.readFileSync(violationExamplesPath, 'utf8')) as ViolationRecord[];
  const out: PrefVotingClaim[] = [];
  for (const r of records) {
    let current: { profile: AnonymousProfile; type: 'Profile' | 'ProfileWithTies' } | undefined;
    const escaped = r.method.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = new RegExp(`^${escaped} winners? (?:is|are) \\{([\\d, ]*)\\}`);
    const clone = new RegExp(`^${escaped} winners (in full profile|without clone (\\d+)): \\[([\\d, ]*)\\]`);
    for (const line of r.text.split('\n')) {
      if (line.startsWith('Profile(') || line.startsWith('ProfileWithTies(')) {
        current = parsePrefVotingProfile(line);
        continue;
      }
      if (current === undefined) continue;
      const push = (profile: AnonymousProfile, winners: number[]) => out.push({ file: r.file, method: r.method, profile, type: current!.type, winners });
      let x = named.exec(line);
      if (x) {
        push(current.profile, numbers(x[1]!));
        continue;
      }
      x = /^Winners in full election: \[([\d, ]*)\]/.exec(line);
      if (x) {
        push(current.profile, numbers(x[1]!));
        continue;
      }
      x = /^Winners in election without (\d+): \[([\d, ]*)\]/.exec(line);
      if (x) {
        push(withoutCandidate(current.profile, Number(x[1])), numbers(x[2]!));
        continue;
      }
      x = clone.exec(line);
      if (x) push(x[2] === undefined ? current.profile : withoutCandidate(current.profile, Number(x[2])), numbers(x[3]!));
    }
  }
  cache = out;
  return out;
}

/** The claims about one pref_voting method (by display name). */
export function claimsFor(method: string): PrefVotingClaim[] {
  return prefVotingClaims().filter((c) => c.method === method);
}

/**
 * pref_voting's minimal profile on which `method` fails the Condorcet winner criterion, if shipped. The
 * files are PrefLib `.soc` with 0-based alternatives (pref_voting's writer), so they are read here, not
 * by core's PrefLib reader (which, as PrefLib specifies, numbers alternatives from 1).
 */
export function condorcetWinnerFailure(method: string, resolute = false): AnonymousProfile | undefined {
  const file = path.join(corpora, 'pref_voting/pref_voting/data/examples/condorcet_winner', `minimal_${resolute ? 'resolute_' : ''}${method.replace(/ /g, '_')}.soc`);
  if (!fs.existsSync(file)) return undefined;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const m = Number(/# NUMBER ALTERNATIVES: (\d+)/.exec(lines.join('\n'))![1]);
  const ballots: number[][] = [];
  const counts: number[] = [];
  for (const line of lines) {
    const x = /^(\d+):\s*(.*)$/.exec(line.trim());
    if (!x) continue;
    counts.push(Number(x[1]));
    ballots.push(x[2]!.split(',').map((c) => Number(c.trim())));
  }
  return anonymousProfile({ candidates: Array.from({ length: m }, (_, i) => i), ballots, counts });
}
