import type { ReadOptions } from '../types.js';
import { decimalNumber, digitsNumber, excerpt, parseError, requireText } from '../text.js';
import { semicolonRecords, type SemicolonRecord } from './csv.js';
import { badId, hasPoints, PB_VOTE_TYPES } from './instance.js';
import type { PBField, PBInstance, PBProject, PBVote, PBVoteType } from './types.js';

type Section = 'meta' | 'projects' | 'votes';

function sectionOf(record: SemicolonRecord): Section | undefined {
  if (record.fields.length !== 1 || record.quoted[0]) return undefined;
  const name = record.fields[0]!.toLowerCase();
  return name === 'meta' || name === 'projects' || name === 'votes' ? name : undefined;
}

/**
 * Reads a PabuLib `.pb` file (Stolicki, Szufa & Talmon, "Pabulib: A Participatory Budgeting Library",
 * 2020, arXiv:2012.06539; pabulib.org/format): the sections META (`key;value`), PROJECTS (a header row
 * with `project_id` and `cost`) and VOTES (a header row with `voter_id` and `vote`, plus `points` for
 * `cumulative` and `scoring` votes), `;`-separated with CSV quoting. Every other column is kept as text,
 * in column order. A byte-order mark, CRLF line ends and a META section without its `key;value` header
 * row are accepted.
 *
 * Checked (ParseError at `source:line` with the fix): section order and header rows, row widths, a
 * non-negative finite `budget`, a known `vote_type`, `num_projects` / `num_votes` equal to the data when
 * given, unique project and voter ids, non-negative finite costs, votes naming known projects once each,
 * and one finite point value per voted project (non-negative for `cumulative`).
 *
 * Complexity: O(length of the text).
 *
 * @example
 * const pb = readPabulib('META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n1;60;Park\n2;50;Library\nVOTES\nvoter_id;vote\nv1;1,2\n');
 * pb.projects[0]; // { id: '1', cost: 60, fields: [['name', 'Park']] }
 */
export function readPabulib(text: string, options: ReadOptions = {}): PBInstance {
  const source = options.source;
  requireText(text, source);
  const records = semicolonRecords(text, source);
  const first = records[0];
  if (first === undefined || sectionOf(first) !== 'meta') {
    throw parseError(first === undefined ? 'the file is empty.' : `expected the section title META, got ${excerpt(first.fields.join(';'))}.`, first?.line ?? 1, source,
      'A .pb file starts with a line META, then key;value rows, then PROJECTS and VOTES sections.');
  }
  const bounds: Partial<Record<Section, { start: number; end: number; line: number }>> = {};
  const order: Section[] = ['meta', 'projects', 'votes'];
  let current = 0;
  bounds.meta = { start: 1, end: records.length, line: first.line };
  for (let r = 1; r < records.length; r++) {
    const section = sectionOf(records[r]!);
    if (section === undefined) continue;
    const expected = order[current + 1];
    if (section !== expected) {
      throw parseError(`unexpected section title ${section.toUpperCase()}${expected === undefined ? '' : ` (expected ${expected.toUpperCase()})`}.`, records[r]!.line, source,
        'Give the sections once each, in the order META, PROJECTS, VOTES.');
    }
    bounds[order[current]!]!.end = r;
    bounds[section] = { start: r + 1, end: records.length, line: records[r]!.line };
    current++;
  }
  if (bounds.projects === undefined || bounds.votes === undefined) {
    const missing = bounds.projects === undefined ? 'PROJECTS' : 'VOTES';
    throw parseError(`the file has no ${missing} section.`, undefined, source,
      `Add a line ${missing} followed by its header row (${missing === 'PROJECTS' ? 'project_id;cost;…' : 'voter_id;vote;…'}) and its rows.`);
  }

  // META
  const meta: PBField[] = [];
  const metaLines = new Map<string, number>();
  let budget: number | undefined;
  let voteType: PBVoteType = 'approval';
  const declared: { projects?: [number, number]; votes?: [number, number] } = {};
  for (let r = bounds.meta.start; r < bounds.meta.end; r++) {
    const record = records[r]!;
    if (r === bounds.meta.start && record.fields.length === 2 && record.fields[0]!.toLowerCase() === 'key' && record.fields[1]!.toLowerCase() === 'value') continue;
    if (record.fields.length !== 2) {
      throw parseError(`a META row has ${record.fields.length} fields; expected key;value.`, record.line, source,
        'Write one key;value pair per row; enclose a value containing ; in double quotes.');
    }
    const key = record.fields[0]!;
    const value = record.fields[1]!;
    const lower = key.trim().toLowerCase();
    if (lower === '') throw parseError('a META row has an empty key.', record.line, source, 'Write key;value with a non-empty key.');
    const previous = metaLines.get(key) ?? metaLines.get(lower);
    if (previous !== undefined) throw parseError(`META key ${excerpt(key)} is given twice (also on line ${previous}).`, record.line, source, 'Keep one of the two rows.');
    metaLines.set(key, record.line);
    if (['budget', 'vote_type', 'num_projects', 'num_votes'].includes(lower)) metaLines.set(lower, record.line);
    if (lower === 'budget') {
      budget = decimalNumber(value);
      if (budget === undefined || budget < 0) {
        throw parseError(`the budget must be a non-negative number, got ${excerpt(value)}.`, record.line, source, 'Write the budget limit as a plain number, e.g. budget;1000000.');
      }
    } else if (lower === 'vote_type') {
      const type = value.trim().toLowerCase() as PBVoteType;
      if (!PB_VOTE_TYPES.includes(type)) {
        throw parseError(`unknown vote_type ${excerpt(value)}.`, record.line, source, `Use one of ${PB_VOTE_TYPES.join(', ')}.`);
      }
      voteType = type;
    } else if (lower === 'num_projects' || lower === 'num_votes') {
      const n = digitsNumber(value);
      if (n === undefined) throw parseError(`${lower} must be a whole number, got ${excerpt(value)}.`, record.line, source, 'Write the count in digits.');
      declared[lower === 'num_projects' ? 'projects' : 'votes'] = [n, record.line];
    }
    meta.push(Object.freeze([key, value] as const));
  }
  if (budget === undefined) {
    throw parseError('the META section has no budget.', bounds.meta.line, source, 'Add a row budget;<total amount available>.');
  }

  // PROJECTS
  const projectHeader = headerRow(records, bounds.projects, 'PROJECTS', ['project_id', 'cost'], source);
  const projectIndex = new Map<string, number>();
  const projects: PBProject[] = [];
  for (let r = bounds.projects.start + 1; r < bounds.projects.end; r++) {
    const record = records[r]!;
    const row = rowFields(record, projectHeader, 'PROJECTS', source);
    const id = record.fields[projectHeader.index.project_id!]!;
    const problem = badId(id, 'project');
    if (problem !== undefined) throw parseError(`the project id ${excerpt(id)} ${problem}.`, record.line, source, 'Give every project a plain, non-empty id.');
    const previous = projectIndex.get(id);
    if (previous !== undefined) {
      throw parseError(`project ${excerpt(id)} is listed twice (also on line ${records[previous]!.line}).`, record.line, source, 'Project ids must be unique.');
    }
    projectIndex.set(id, r);
    const costText = record.fields[projectHeader.index.cost!]!;
    const cost = decimalNumber(costText);
    if (cost === undefined || cost < 0) {
      throw parseError(`the cost of project ${excerpt(id)} must be a non-negative number, got ${excerpt(costText)}.`, record.line, source,
        'Write the cost as a plain number, e.g. 125000 or 99.5.');
    }
    projects.push(Object.freeze({ id, cost, fields: row }));
  }
  if (declared.projects !== undefined && declared.projects[0] !== projects.length) {
    throw parseError(`num_projects is ${declared.projects[0]}, but the PROJECTS section lists ${projects.length}.`, declared.projects[1], source,
      `Set num_projects to ${projects.length}.`);
  }

  // VOTES
  const points = hasPoints(voteType);
  const voteHeader = headerRow(records, bounds.votes, 'VOTES', points ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'], source);
  const voterLine = new Map<string, number>();
  const votes: PBVote[] = [];
  for (let r = bounds.votes.start + 1; r < bounds.votes.end; r++) {
    const record = records[r]!;
    const row = rowFields(record, voteHeader, 'VOTES', source);
    const voterId = record.fields[voteHeader.index.voter_id!]!;
    const problem = badId(voterId, 'voter');
    if (problem !== undefined) throw parseError(`the voter id ${excerpt(voterId)} ${problem}.`, record.line, source, 'Give every voter a plain, non-empty id.');
    const previous = voterLine.get(voterId);
    if (previous !== undefined) {
      throw parseError(`voter ${excerpt(voterId)} votes twice (also on line ${previous}).`, record.line, source, 'Voter ids must be unique; merge or remove the repeated vote.');
    }
    voterLine.set(voterId, record.line);
    const voteText = record.fields[voteHeader.index.vote!]!;
    const vote = voteText.trim() === '' ? [] : voteText.split(',').map((s) => s.trim());
    const inVote = new Set<string>();
    for (const id of vote) {
      if (!projectIndex.has(id)) {
        throw parseError(`the vote of ${excerpt(voterId)} names ${excerpt(id)}, which is not a project.`, record.line, source,
          'Vote only for projects listed in the PROJECTS section (ids separated by commas).');
      }
      if (inVote.has(id)) {
        throw parseError(`the vote of ${excerpt(voterId)} names project ${excerpt(id)} twice.`, record.line, source, 'List each project at most once per vote.');
      }
      inVote.add(id);
    }
    let pointValues: number[] | undefined;
    if (points) {
      const pointsText = record.fields[voteHeader.index.points!]!;
      const parts = pointsText.trim() === '' ? [] : pointsText.split(',').map((s) => s.trim());
      if (parts.length !== vote.length) {
        throw parseError(`the vote of ${excerpt(voterId)} names ${vote.length} projects but gives ${parts.length} point values.`, record.line, source,
          'Give one point value per voted project, in the same order.');
      }
      pointValues = parts.map((p) => {
        const x = decimalNumber(p);
        if (x === undefined || (voteType === 'cumulative' && x < 0)) {
          throw parseError(`point value ${excerpt(p)} is not a ${voteType === 'cumulative' ? 'non-negative ' : ''}number.`, record.line, source,
            'Write points as plain numbers separated by commas, e.g. 3,2,1.');
        }
        return x;
      });
    }
    votes.push(Object.freeze({
      voterId,
      vote: Object.freeze(vote),
      ...(pointValues === undefined ? {} : { points: Object.freeze(pointValues) }),
      fields: row,
    }));
  }
  if (declared.votes !== undefined && declared.votes[0] !== votes.length) {
    throw parseError(`num_votes is ${declared.votes[0]}, but the VOTES section has ${votes.length} votes.`, declared.votes[1], source,
      `Set num_votes to ${votes.length}.`);
  }
  return Object.freeze({
    kind: 'pb' as const,
    meta: Object.freeze(meta),
    budget,
    voteType,
    projects: Object.freeze(projects),
    votes: Object.freeze(votes),
  });
}

interface Header {
  readonly columns: readonly string[];
  readonly index: Readonly<Record<string, number>>;
  /** Positions of the columns kept as extra fields. */
  readonly extra: readonly number[];
}

function headerRow(
  records: readonly SemicolonRecord[],
  bounds: { start: number; end: number; line: number },
  section: string,
  required: readonly string[],
  source: string | undefined,
): Header {
  const record = records[bounds.start];
  if (record === undefined || bounds.start >= bounds.end) {
    throw parseError(`the ${section} section has no header row.`, bounds.line, source,
      `Follow the line ${section} with the column names, e.g. ${required.join(';')}.`);
  }
  const columns = record.fields;
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  const seen = new Set<string>();
  const extra: number[] = [];
  columns.forEach((column, c) => {
    if (column.trim() === '') {
      throw parseError(`column ${c + 1} of the ${section} header has no name.`, record.line, source, 'Name every column (or remove the trailing ;).');
    }
    if (seen.has(column)) throw parseError(`column ${excerpt(column)} appears twice in the ${section} header.`, record.line, source, 'Give each column once.');
    seen.add(column);
    const lower = column.trim().toLowerCase();
    if (required.includes(lower)) {
      if (index[lower] !== undefined) throw parseError(`column ${lower} appears twice in the ${section} header.`, record.line, source, 'Give each column once.');
      index[lower] = c;
    } else extra.push(c);
  });
  for (const name of required) {
    if (index[name] === undefined) {
      throw parseError(`the ${section} header has no ${name} column.`, record.line, source, `The ${section} header must name the columns ${required.join(', ')}.`);
    }
  }
  return { columns, index, extra };
}

function rowFields(record: SemicolonRecord, header: Header, section: string, source: string | undefined): readonly PBField[] {
  if (record.fields.length !== header.columns.length) {
    throw parseError(`this ${section} row has ${record.fields.length} fields, but the header has ${header.columns.length} columns.`, record.line, source,
      'Give one value per column (possibly empty); enclose values containing ; in double quotes.');
  }
  return Object.freeze(header.extra.map((c) => Object.freeze([header.columns[c]!, record.fields[c]!] as const)));
}
