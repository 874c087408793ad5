/**
 * Two aligned columns, one `name  value` pair per line: the readable form of a single result.
 *
 * @example
 * renderPairs([['voters', '3'], ['candidates', '4']]); // "voters      3\ncandidates  4\n"
 */
export function renderPairs(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`.trimEnd() + '\n').join('');
}

/**
 * A table with a header line: the readable form of a list (formats, rules). Columns are padded to their
 * widest cell; the last column is not padded.
 *
 * @example
 * renderTable(['id', 'name'], [['soc', 'strict orders']]); // "id   name\nsoc  strict orders\n"
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  return all
    .map((row) =>
      header
        .map((_, c) => (c === header.length - 1 ? (row[c] ?? '') : (row[c] ?? '').padEnd(widths[c] ?? 0)))
        .join('  ')
        .trimEnd() + '\n',
    )
    .join('');
}
