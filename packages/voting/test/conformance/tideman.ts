import fs from 'node:fs';
import path from 'node:path';
import { readFormat, type AnonymousProfile } from '@plural/core';
import { corpora } from '../helpers/corpora.js';

/** The Tideman collection as converted and computed by Condorcet PHP (see the corpus README). */
export const tidemanRoot = path.join(corpora, 'condorcet-tideman-collection');

/** Condorcet PHP's two ways of reading truncated ballots. */
export type TidemanMode = 'implicit' | 'explicit';

const modeKey = { implicit: 'implicitRankingEvaluationOfVotes', explicit: 'explicitRankingEvaluationOfVotes' } as const;

interface RankingsJson {
  results: Record<string, Record<string, Record<string, { ranking: string | null; seats: number | null }>>>;
}

let cache: RankingsJson | undefined;
function rankings(): RankingsJson {
  cache ??= JSON.parse(fs.readFileSync(path.join(tidemanRoot, 'rankings.json'), 'utf8')) as RankingsJson;
  return cache;
}

/** The election ids (A01 …, D…), sorted. */
export function tidemanElections(): string[] {
  return Object.keys(rankings().results).sort();
}

/** The aggregated profile of an election in a mode, read with @plural/core's CEF reader. */
export function tidemanProfile(id: string, mode: TidemanMode): AnonymousProfile {
  const file = path.join(tidemanRoot, 'Output_Results', id, modeKey[mode], `${id}-aggregated-votes-${mode}.cvotes`);
  const { data } = readFormat(fs.readFileSync(file, 'utf8'), { format: 'cvotes', fileName: file });
  if (data.kind !== 'anonymous') throw new Error(`${file}: expected rankings, got ${data.kind}`);
  return data;
}

/** Condorcet PHP's ranking for a method, as tiers of candidate labels; undefined when it has none. */
export function tidemanRanking(id: string, mode: TidemanMode, method: string): string[][] | undefined {
  const entry = rankings().results[id]?.[modeKey[mode]]?.[method];
  if (entry?.ranking == null) return undefined;
  return entry.ranking.split(' > ').map((tier) => tier.split(' = ').map((s) => s.trim()).sort());
}

/** The labels of candidate indices, sorted, in the same spelling as the rankings. */
export function labelsOf(profile: AnonymousProfile, indices: readonly number[]): string[] {
  return indices.map((c) => String(profile.candidates[c]).trim()).sort();
}
