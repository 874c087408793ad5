import type { Citation } from '@plural/core';

/** The sources of a registry entry on one line, as `--list` prints them: `Authors (year), doi:… ; …`. */
export function citationsText(citations: readonly Citation[]): string {
  return citations.map((c) => `${c.authors} (${c.year})${c.doi ? `, doi:${c.doi}` : c.arxiv ? `, arXiv:${c.arxiv}` : ''}`).join('; ');
}
