import { UnsupportedFormatError } from '../../errors/errors.js';
import { describeKind } from '../preflib/ordinal.js';
import { semicolonField } from './csv.js';
import { hasPoints, pbInstance } from './instance.js';
import type { PBField, PBInstance } from './types.js';

function row(values: readonly string[]): string {
  return values.map(semicolonField).join(';');
}

/** Column names of the extra fields of some rows, in order of first appearance. */
function extraColumns(rows: readonly { readonly fields: readonly PBField[] }[]): string[] {
  const seen = new Set<string>();
  const columns: string[] = [];
  for (const r of rows) {
    for (const [column] of r.fields) {
      if (!seen.has(column)) {
        seen.add(column);
        columns.push(column);
      }
    }
  }
  return columns;
}

function extraValues(fields: readonly PBField[], columns: readonly string[]): string[] {
  const byColumn = new Map(fields);
  return columns.map((c) => byColumn.get(c) ?? '');
}

/**
 * Writes a PabuLib instance as `.pb` text (Stolicki, Szufa & Talmon 2020, arXiv:2012.06539;
 * pabulib.org/format) that {@link readPabulib} reads back to the same instance. The instance is first
 * validated by {@link pbInstance} (which also makes `budget`, `vote_type`, `num_projects`, `num_votes`
 * in META agree with the data); META rows are written in order. PROJECTS starts with
 * `project_id;cost`, VOTES with `voter_id;vote` (and `points`), then every other column; fields are
 * quoted when they hold `;`, quotes, line breaks or surrounding blanks.
 *
 * Complexity: O(size of the instance).
 *
 * @example
 * writePabulib(pbInstance({ budget: 10, projects: [{ id: 'a', cost: 6 }], votes: [{ voterId: '1', vote: ['a'] }] }));
 * // 'META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;6\nVOTES\nvoter_id;vote\n1;a\n'
 */
export function writePabulib(data: PBInstance): string {
  if (data === null || typeof data !== 'object' || data.kind !== 'pb') {
    throw new UnsupportedFormatError(`a .pb file holds a participatory-budgeting instance, not ${describeKind(data)}.`, {
      where: 'data',
      fix: 'Build a PabuLib instance (pbInstance) or choose a format for your data.',
    });
  }
  const pb = pbInstance(data);
  const out: string[] = ['META', 'key;value'];
  for (const [key, value] of pb.meta) out.push(row([key, value]));

  const projectColumns = extraColumns(pb.projects);
  out.push('PROJECTS', row(['project_id', 'cost', ...projectColumns]));
  for (const p of pb.projects) out.push(row([p.id, String(p.cost), ...extraValues(p.fields, projectColumns)]));

  const points = hasPoints(pb.voteType);
  const voteColumns = extraColumns(pb.votes);
  out.push('VOTES', row(['voter_id', 'vote', ...(points ? ['points'] : []), ...voteColumns]));
  for (const v of pb.votes) {
    out.push(row([
      v.voterId,
      v.vote.join(','),
      ...(points ? [(v.points ?? []).map(String).join(',')] : []),
      ...extraValues(v.fields, voteColumns),
    ]));
  }
  return `${out.join('\n')}\n`;
}
