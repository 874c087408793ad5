import { UnsupportedFormatError } from '../../errors/errors.js';
import { approvalProfile, categoricalFromApproval, categoricalProfile } from '../../profiles/approval.js';
import { freezeMetadata } from '../../profiles/ranking-profiles.js';
import type { ApprovalProfile, CandidateIndex, CategoricalProfile } from '../../profiles/types.js';
import type { ReadOptions } from '../types.js';
import { parseError, requireText } from '../text.js';
import { describeIds, headerLines, prefLibIds, resolveAlternatives } from './alternatives.js';
import { MAX_PREFLIB_ALTERNATIVES, parsePrefLibDocument } from './document.js';
import { checkCounts, describeKind, requireExactVoterTotal, wholeVoterCount } from './ordinal.js';

/**
 * Reads a PrefLib categorical file (`.cat`; Mattei & Walsh, "PrefLib: A Library for Preferences",
 * ADT 2013, doi:10.1007/978-3-642-41575-3_20; preflib.org/format) into a categorical profile: each line
 * `count: c1, c2, …` puts alternatives into the ordered categories (a bare id, `{a, b}`, or `{}` for an
 * empty category). Categories come from `NUMBER CATEGORIES` and `CATEGORY NAME k` (without
 * `NUMBER CATEGORIES`, the named categories 1…K; unnamed ones are named by their number). A line may
 * list fewer categories than there are: the remaining ones are empty. Candidates, names and fields are
 * as in {@link readPrefLibOrdinal}.
 *
 * Checked (ParseError at `source:line`): syntax, declared alternatives, no alternative twice in a line,
 * at most the declared number of categories per line, no ballot on two lines, and NUMBER VOTERS /
 * NUMBER UNIQUE PREFERENCES (or ORDERS) equal to the data; `options.lenient` lets the header disagree.
 *
 * Complexity: O(L + n·K + m) for a text of length L, n lines, K categories, m alternatives.
 *
 * @example
 * const p = readPrefLibCategorical('# NUMBER ALTERNATIVES: 3\n# NUMBER CATEGORIES: 2\n# CATEGORY NAME 1: yes\n# CATEGORY NAME 2: no\n2: {1,3}, 2\n');
 * p.categories; // ['yes', 'no']
 * p.ballots[0]; // [[0, 2], [1]]
 */
export function readPrefLibCategorical(text: string, options: ReadOptions = {}): CategoricalProfile {
  const source = options.source;
  requireText(text, source);
  const lenient = options.lenient === true;
  const doc = parsePrefLibDocument(text, 'cat', source);
  const used = new Set<number>();
  let widest = 0;
  for (const l of doc.lines) {
    widest = Math.max(widest, l.entries.length);
    if (lenient) for (const e of l.entries) for (const id of typeof e === 'number' ? [e] : e) used.add(id);
  }
  const alternatives = resolveAlternatives(doc, used, lenient, source);
  const m = alternatives.ids.length;

  const namedCategories = [...doc.categoryNames.keys()];
  let k: number;
  if (doc.categories !== undefined) {
    k = doc.categories.value;
    if (k > MAX_PREFLIB_ALTERNATIVES) {
      throw parseError(`more than ${MAX_PREFLIB_ALTERNATIVES} categories are not supported.`, doc.categories.line, source, 'Check NUMBER CATEGORIES.');
    }
    const beyond = namedCategories.find((c) => c > k);
    if (beyond !== undefined) {
      if (!lenient) {
        throw parseError(`category ${beyond} is named, but NUMBER CATEGORIES is ${k}.`, doc.categoryNames.get(beyond)!.line, source,
          `Number the categories 1…${k}, or correct NUMBER CATEGORIES.`);
      }
      k = Math.max(...namedCategories);
    }
  } else {
    k = namedCategories.length === 0 ? 0 : Math.max(...namedCategories);
  }
  if (lenient) k = Math.max(k, widest);
  if (k === 0) {
    throw parseError('the header declares no categories.', undefined, source,
      'Add `# NUMBER CATEGORIES: K` and one `# CATEGORY NAME k: name` line per category.');
  }
  const categories = Array.from({ length: k }, (_, c) => doc.categoryNames.get(c + 1)?.name ?? String(c + 1));

  const seen = new Int32Array(m);
  const ballots: (readonly CandidateIndex[])[][] = [];
  const counts: number[] = [];
  const firstLine = new Map<string, number>();
  const merged = new Map<string, number>();
  let voters = 0;
  for (let b = 0; b < doc.lines.length; b++) {
    const line = doc.lines[b]!;
    if (line.entries.length > k) {
      throw parseError(`this line lists ${line.entries.length} categories, but there are ${k}.`, line.line, source,
        `Put the alternatives into the ${k} declared categories (write {a, b} for several in one category), or correct NUMBER CATEGORIES.`);
    }
    const ballot: (readonly CandidateIndex[])[] = [];
    for (let c = 0; c < k; c++) {
      const entry = line.entries[c];
      const ids = entry === undefined ? [] : typeof entry === 'number' ? [entry] : entry;
      const set = ids.map((id) => {
        const index = alternatives.indexOf.get(id);
        if (index === undefined) {
          throw parseError(`alternative ${id} is not one of the declared alternatives (${describeIds(alternatives.ids)}).`, line.line, source,
            'Use the numbers of the alternatives the header declares, or correct NUMBER ALTERNATIVES and the ALTERNATIVE NAME lines.');
        }
        if (seen[index] === b + 1) {
          throw parseError(`alternative ${id} appears twice in this ballot.`, line.line, source, 'Put each alternative in at most one category.');
        }
        seen[index] = b + 1;
        return index;
      });
      ballot.push(Object.freeze(set.sort((x, y) => x - y)));
    }
    const key = ballot.map((s) => s.join(',')).join('|');
    const previous = firstLine.get(key);
    voters += line.count;
    if (!Number.isSafeInteger(voters)) {
      throw parseError('the total number of voters is too large to count exactly.', line.line, source, 'Check the counts before the colons.');
    }
    if (previous !== undefined) {
      if (!lenient) {
        throw parseError(`this ballot already appears on line ${previous}.`, line.line, source,
          'Merge the two lines into one, adding their counts (PrefLib lists each ballot once).');
      }
      const at = merged.get(key)!;
      counts[at]! += line.count;
      continue;
    }
    firstLine.set(key, line.line);
    merged.set(key, ballots.length);
    ballots.push(ballot);
    counts.push(line.count);
  }
  if (!lenient) checkCounts(doc, voters, ballots.length, source, 'NUMBER UNIQUE PREFERENCES');
  const metadata = freezeMetadata({
    fields: doc.fields,
    ...(alternatives.names === undefined ? {} : { candidateNames: alternatives.names }),
  });
  return Object.freeze({
    kind: 'categorical' as const,
    candidates: Object.freeze(alternatives.ids.slice()),
    categories: Object.freeze(categories),
    ballots: Object.freeze(ballots.map((b) => Object.freeze(b))),
    counts: Object.freeze(counts),
    ...(metadata === undefined ? {} : { metadata }),
  });
}

/**
 * Writes a categorical profile, or an approval profile as the two categories "Approved" and
 * "Not approved" (as abcvoting does), as a PrefLib `.cat` file with computed counts (identical ballots
 * merged). Candidate ids and names follow {@link writePrefLibOrdinal}. Throws UnsupportedFormatError for
 * a count that is not a whole number.
 *
 * Complexity: O(n·m).
 *
 * @example
 * writePrefLibCategorical(approvalProfile({ candidates: [1, 2, 3], ballots: [[0], [1, 2]] }));
 * // '…# NUMBER CATEGORIES: 2\n# CATEGORY NAME 1: Approved\n# CATEGORY NAME 2: Not approved\n1: 1, {2, 3}\n1: {2, 3}, 1\n'
 */
export function writePrefLibCategorical(data: CategoricalProfile | ApprovalProfile): string {
  if (data === null || typeof data !== 'object' || (data.kind !== 'categorical' && data.kind !== 'approval')) {
    throw new UnsupportedFormatError(`a .cat file holds categorical or approval ballots, not ${describeKind(data)}.`, {
      where: 'data',
      fix: 'Choose a format for the kind of your data.',
    });
  }
  const source = data.kind === 'approval'
    ? categoricalFromApproval(approvalProfile({ candidates: data.candidates, ballots: data.ballots, counts: data.counts }), ['Approved', 'Not approved'])
    : data;
  const valid = categoricalProfile({ candidates: source.candidates, categories: source.categories, ballots: source.ballots, counts: source.counts });
  const keys = new Map<string, number>();
  const ballots: (readonly (readonly number[])[])[] = [];
  const counts: number[] = [];
  let voters = 0;
  valid.ballots.forEach((ballot, i) => {
    const count = wholeVoterCount(valid.counts[i]!, i);
    voters += count;
    const key = ballot.map((s) => s.join(',')).join('|');
    const at = keys.get(key);
    if (at === undefined) {
      keys.set(key, ballots.length);
      ballots.push(ballot);
      counts.push(count);
    } else counts[at]! += count;
  });
  requireExactVoterTotal(voters);
  const { ids, names } = prefLibIds(valid.candidates, data.metadata);
  const out = headerLines(
    'cat',
    data.metadata,
    [
      ['NUMBER ALTERNATIVES', valid.candidates.length],
      ['NUMBER VOTERS', voters],
      ['NUMBER UNIQUE PREFERENCES', ballots.length],
      ['NUMBER CATEGORIES', valid.categories.length],
    ],
    [
      ...valid.categories.map((name, c) => [`CATEGORY NAME ${c + 1}`, name] as const),
      ...(names === undefined ? [] : ids.map((id, i) => [`ALTERNATIVE NAME ${id}`, names[i]!] as const)),
    ],
  );
  ballots.forEach((ballot, i) => {
    const parts = ballot.map((set) => (set.length === 1 ? String(ids[set[0]!]) : `{${set.map((c) => ids[c]).join(', ')}}`));
    out.push(`${counts[i]}: ${parts.join(', ')}`);
  });
  return `${out.join('\n')}\n`;
}
