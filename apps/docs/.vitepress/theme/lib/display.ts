/** Small formatting helpers shared by the live examples. */
import { isPluralError, type Citation, type Label, type Ranking } from '@plural/core';

/**
 * A number for display: integers as they are, other finite numbers rounded to `digits` significant
 * digits (so HiGHS's 2.7999999999999994 shows as 2.8), values within 1e-12 of zero as 0, and
 * ±Infinity and NaN spelled out.
 */
export function showNumber(x: number, digits = 6): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (Math.abs(x) < 1e-12) return '0';
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(digits)));
}

/** A probability with six decimals; rounding noise around 0 (such as −1e-17) shows as 0.000000. */
export function showProbability(x: number): string {
  return (Math.abs(x) < 5e-7 ? 0 : x).toFixed(6);
}

/** A number in scientific notation with three digits, for residuals and gaps. */
export function showResidual(x: number | undefined): string {
  if (x === undefined) return '—';
  if (Number.isNaN(x)) return 'NaN';
  return x === 0 ? '0' : x.toExponential(2);
}

/** `[2, [0, 3], 1]` with labels `a…d` as `c ≻ a ~ d ≻ b`. */
export function showRanking(ranking: Ranking, names: readonly string[]): string {
  return ranking
    .map((entry) => (typeof entry === 'number' ? [entry] : entry).map((c) => names[c] ?? String(c)).join(' ~ '))
    .join(' ≻ ');
}

/** Display names of a profile's candidates: its metadata names when present, else its labels. */
export function candidateNames(candidates: readonly Label[], metadataNames?: readonly string[]): string[] {
  return candidates.map((label, i) => metadataNames?.[i] ?? String(label));
}

/** What an example shows for a thrown error: Plural's `code`, `where` and `fix` when it has them. */
export interface ErrorReport {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly where?: string;
  readonly fix?: string;
}

export function errorReport(error: unknown): ErrorReport {
  if (isPluralError(error)) {
    return {
      name: error.name,
      message: error.message,
      code: error.code,
      ...(error.where === undefined ? {} : { where: error.where }),
      ...(error.fix === undefined ? {} : { fix: error.fix }),
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Reads a seed typed into a text field: an integer when it looks like one, else the string itself. */
export function parseSeed(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** A link of a citation. */
export interface CitationLink {
  readonly text: string;
  readonly href: string;
}

/** A citation as text (`Authors (year). Title.`) and its links: DOI, arXiv, URL (any registry's Citation from @plural/core). */
export function citationParts(c: Citation): { readonly text: string; readonly links: readonly CitationLink[] } {
  const links: CitationLink[] = [];
  if (c.doi !== undefined) links.push({ text: `doi:${c.doi}`, href: `https://doi.org/${c.doi}` });
  if (c.arxiv !== undefined) links.push({ text: `arXiv:${c.arxiv}`, href: `https://arxiv.org/abs/${c.arxiv}` });
  if (c.url !== undefined) links.push({ text: c.url.replace(/^https?:\/\//, ''), href: c.url });
  return { text: `${c.authors} (${c.year}). ${c.title.replace(/\.$/, '')}.`, links };
}
