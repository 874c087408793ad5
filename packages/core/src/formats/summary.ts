import { UnsupportedFormatError } from '../errors/errors.js';
import { rankingKey, rankedCount, isStrictRanking } from '../profiles/ranking.js';
import { rankingProfileShape } from '../profiles/ranking-profiles.js';
import type { ApprovalProfile } from '../profiles/types.js';
import type { FormatData, FormatSummary } from './types.js';

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function approvalShape(profile: ApprovalProfile): FormatSummary {
  const m = profile.candidates.length;
  return {
    voters: sum(profile.counts),
    candidates: m,
    unique: new Set(profile.ballots.map((b) => b.join(','))).size,
    complete: profile.ballots.every((b) => b.length === m),
    strict: true,
  };
}

/**
 * What `plural formats inspect` reports about parsed data: the number (total weight) of voters, of
 * candidates (items, projects), of distinct ballots, and whether every ballot is complete and strict.
 *
 * - Rankings (`anonymous`, `kwise`): complete = every ballot ranks every candidate; strict = no ties
 *   (for ordinal profiles this is core's `rankingProfileShape`).
 * - Approval, `abc`, PabuLib `pb`: a ballot is complete when it names every candidate (approves every
 *   candidate; votes for every project) — so `complete` is almost always false; strict is true (these
 *   ballots have no ties to speak of). `pb` adds `budget`, `projects`, `voteType`; `abc` adds
 *   `committeeSize` when the file gives one.
 * - Categorical: complete = every ballot puts every candidate into a category; strict is true; adds
 *   `categories`.
 * - Cardinal: voters are agents; complete is true (every agent values every candidate); strict = no agent
 *   values two candidates equally.
 * - Pairwise: voters = total record weight; complete = every pair of items is compared; strict = no tied
 *   comparison; adds `records`.
 *
 * Complexity: linear in the size of the data (pairwise: plus O(items²) for completeness).
 *
 * @example
 * summarizeData(readPrefLibOrdinal(text, 'soi')); // { voters: 436, candidates: 5, unique: 101, complete: false, strict: true }
 */
export function summarizeData(data: FormatData): FormatSummary {
  switch (data?.kind) {
    case 'anonymous':
      return { ...rankingProfileShape(data) };
    case 'approval':
      return approvalShape(data);
    case 'abc':
      return { ...approvalShape(data.profile), ...(data.committeeSize === undefined ? {} : { committeeSize: data.committeeSize }) };
    case 'categorical': {
      const m = data.candidates.length;
      return {
        voters: sum(data.counts),
        candidates: m,
        unique: new Set(data.ballots.map((b) => b.map((s) => s.join(',')).join('|'))).size,
        complete: data.ballots.every((b) => b.reduce((n, s) => n + s.length, 0) === m),
        strict: true,
        categories: data.categories.length,
      };
    }
    case 'cardinal':
      return {
        voters: data.agents.length,
        candidates: data.candidates.length,
        unique: new Set(data.utilities.map((row) => row.join(','))).size,
        complete: true,
        strict: data.utilities.every((row) => new Set(row).size === row.length),
      };
    case 'pairwise': {
      const n = data.items.length;
      const compared = new Set<number>();
      const distinct = new Set<string>();
      let voters = 0;
      let strict = true;
      for (const r of data.records) {
        const lo = Math.min(r.a, r.b);
        const hi = Math.max(r.a, r.b);
        compared.add(lo * n + hi);
        const winner = r.outcome === 'tie' ? 'tie' : (r.outcome === 'a' ? r.a : r.b);
        distinct.add(`${lo},${hi},${winner}`);
        voters += r.weight ?? 1;
        if (r.outcome === 'tie') strict = false;
      }
      return { voters, candidates: n, unique: distinct.size, complete: compared.size === (n * (n - 1)) / 2, strict, records: data.records.length };
    }
    case 'kwise': {
      const n = data.items.length;
      return {
        voters: data.records.reduce((s, r) => s + (r.weight ?? 1), 0),
        candidates: n,
        unique: new Set(data.records.map((r) => rankingKey(r.ranking, n))).size,
        complete: data.records.every((r) => rankedCount(r.ranking) === n),
        strict: data.records.every((r) => isStrictRanking(r.ranking)),
      };
    }
    case 'pb': {
      const withPoints = data.voteType === 'cumulative' || data.voteType === 'scoring';
      const key = (v: (typeof data.votes)[number]): string => {
        if (data.voteType === 'ordinal') return JSON.stringify(v.vote);
        if (!withPoints) return JSON.stringify(v.vote.slice().sort());
        const pairs = v.vote.map((id, i) => [id, v.points?.[i] ?? 0] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
        return JSON.stringify(pairs);
      };
      return {
        voters: data.votes.length,
        candidates: data.projects.length,
        unique: new Set(data.votes.map(key)).size,
        complete: data.votes.every((v) => v.vote.length === data.projects.length),
        strict: true,
        budget: data.budget,
        projects: data.projects.length,
        voteType: data.voteType,
      };
    }
    default:
      throw new UnsupportedFormatError(`cannot summarise data of kind ${JSON.stringify((data as { kind?: unknown } | null)?.kind)}.`, {
        where: 'data.kind',
        fix: 'Pass data read by one of the registered formats.',
      });
  }
}
