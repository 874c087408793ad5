/** Turns the citation strings of core's registries into text and links (URLs, DOIs, arXiv ids). */

export interface ReferencePart {
  readonly text: string;
  readonly href?: string;
}

const PATTERN =
  /(https?:\/\/[^\s;,)]+[^\s;,.)])|doi:(10\.\d{4,9}\/[^\s;,)]+[^\s;,.)])|arXiv:(\d{4}\.\d{4,5})|\b((?:[a-z0-9-]+\.)+(?:org|com|io|net)\/[^\s;,)]*[^\s;,.)])/g;

/**
 * Splits a reference into parts, linking `https://…` URLs, `doi:10.…` (to doi.org), `arXiv:2105.07815`
 * (to arxiv.org) and bare `host.org/path` addresses.
 *
 * @example
 * linkify('Mattei & Walsh 2013, doi:10.1007/978-3-642-41575-3_20; preflib.org/format')
 */
export function linkify(reference: string): ReferencePart[] {
  const parts: ReferencePart[] = [];
  let last = 0;
  for (const match of reference.matchAll(PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: reference.slice(last, start) });
    const [whole, url, doi, arxiv, bare] = match;
    const href = url ?? (doi ? `https://doi.org/${doi}` : arxiv ? `https://arxiv.org/abs/${arxiv}` : `https://${bare}`);
    parts.push({ text: whole, href });
    last = start + whole.length;
  }
  if (last < reference.length) parts.push({ text: reference.slice(last) });
  return parts;
}
