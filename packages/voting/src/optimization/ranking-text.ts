import type { CandidateIndex, Label } from '@plural/core';

/** "a > b > c": a ranking written with the candidates' labels, for notes. */
export function rankingText(candidates: readonly Label[], ranking: readonly CandidateIndex[]): string {
  return ranking.map((c) => String(candidates[c])).join(' > ');
}
