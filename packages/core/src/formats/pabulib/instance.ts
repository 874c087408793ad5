import { DuplicateCandidateError, UnknownCandidateError, ValidationError } from '../../errors/errors.js';
import { assertFinite, assertNonNegative } from '../../validation/numbers.js';
import { decimalNumber, digitsNumber } from '../text.js';
import type { PBField, PBInstance, PBProject, PBVote, PBVoteType } from './types.js';

/** The PabuLib vote types. */
export const PB_VOTE_TYPES: readonly PBVoteType[] = Object.freeze(['approval', 'ordinal', 'cumulative', 'scoring']);

/** True for the vote types whose ballots carry points. */
export function hasPoints(voteType: PBVoteType): boolean {
  return voteType === 'cumulative' || voteType === 'scoring';
}

export interface PBProjectInput {
  readonly id: string;
  readonly cost: number;
  readonly fields?: readonly PBField[];
}

export interface PBVoteInput {
  readonly voterId: string;
  readonly vote: readonly string[];
  readonly points?: readonly number[];
  readonly fields?: readonly PBField[];
}

export interface PBInstanceInput {
  readonly meta?: readonly PBField[];
  readonly budget: number;
  readonly voteType?: PBVoteType;
  readonly projects: readonly PBProjectInput[];
  readonly votes: readonly PBVoteInput[];
}

function fieldList(value: unknown, reserved: readonly string[], where: string): readonly PBField[] {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) throw new ValidationError('fields must be an array of [column, value] pairs.', { where });
  const seen = new Set<string>();
  return Object.freeze(value.map((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      throw new ValidationError('a field must be a [column, value] pair of strings.', { where: `${where}[${i}]` });
    }
    const column = pair[0];
    if (column.trim() === '' || reserved.includes(column.trim().toLowerCase()) || seen.has(column)) {
      throw new ValidationError(`column ${JSON.stringify(column)} cannot be an extra field here.`, {
        where: `${where}[${i}]`,
        fix: `Use a non-empty column name, once per row, other than ${reserved.join(', ')}.`,
      });
    }
    seen.add(column);
    return Object.freeze([column, pair[1]] as const);
  }));
}

/** Why a text cannot be a project or voter id, or `undefined` when it can. */
export function badId(value: unknown, what: 'project' | 'voter'): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'is empty';
  if (value !== value.trim()) return 'has blanks around it';
  if (what === 'project' && value.includes(',')) return 'contains a comma (votes list project ids separated by commas)';
  return undefined;
}

function idText(value: unknown, where: string, what: 'project' | 'voter'): string {
  const problem = badId(value, what);
  if (problem !== undefined) {
    throw new ValidationError(`this ${what} id ${problem}.`, {
      where,
      fix: `Give every ${what} a plain, non-empty id such as "17" or "W030MI".`,
    });
  }
  return value as string;
}

/**
 * The META pairs with `budget`, `vote_type`, `num_projects` and `num_votes` made to agree with the
 * instance (a disagreeing value is replaced in place; `budget`, and `vote_type` unless it is `approval`,
 * are appended when missing). Values that already agree keep their text (`1e6` stays `1e6`).
 */
function consistentMeta(meta: readonly PBField[], budget: number, voteType: PBVoteType, projects: number, votes: number): readonly PBField[] {
  let hasBudget = false;
  let hasVoteType = false;
  const out = meta.map((pair): PBField => {
    const [key, value] = pair;
    const lower = key.trim().toLowerCase();
    let fixed = value;
    if (lower === 'budget') {
      hasBudget = true;
      if (decimalNumber(value) !== budget) fixed = String(budget);
    } else if (lower === 'vote_type') {
      hasVoteType = true;
      if (value.trim().toLowerCase() !== voteType) fixed = voteType;
    } else if (lower === 'num_projects') {
      if (digitsNumber(value) !== projects) fixed = String(projects);
    } else if (lower === 'num_votes') {
      if (digitsNumber(value) !== votes) fixed = String(votes);
    }
    return fixed === value ? pair : Object.freeze([key, fixed] as const);
  });
  if (!hasBudget) out.push(Object.freeze(['budget', String(budget)] as const));
  if (!hasVoteType && voteType !== 'approval') out.push(Object.freeze(['vote_type', voteType] as const));
  return Object.freeze(out);
}

/**
 * A validated, frozen PabuLib instance (Stolicki, Szufa & Talmon 2020, arXiv:2012.06539): the budget is
 * non-negative and finite, project ids and voter ids are unique, costs are non-negative and finite, votes
 * name known projects at most once each, and `cumulative`/`scoring` votes carry one finite point value per
 * project (non-negative for `cumulative`). The META pairs `budget`, `vote_type`, `num_projects` and
 * `num_votes` are made to agree with the instance (replaced in place, `budget` appended when missing).
 *
 * Complexity: O(P + total vote length).
 *
 * @example
 * const pb = pbInstance({ budget: 10, projects: [{ id: 'a', cost: 6 }, { id: 'b', cost: 5 }], votes: [{ voterId: '1', vote: ['a', 'b'] }] });
 * pb.voteType; // 'approval'
 */
export function pbInstance(input: PBInstanceInput): PBInstance {
  if (input === null || typeof input !== 'object') throw new ValidationError('expected a PabuLib instance object.', { where: 'instance' });
  assertNonNegative(input.budget, 'budget');
  const voteType = input.voteType ?? 'approval';
  if (!PB_VOTE_TYPES.includes(voteType)) {
    throw new ValidationError(`unknown vote type ${JSON.stringify(voteType)}.`, { where: 'voteType', fix: `Use one of ${PB_VOTE_TYPES.join(', ')}.` });
  }
  const meta = fieldList(input.meta, [], 'meta');
  if (!Array.isArray(input.projects)) throw new ValidationError('projects must be an array.', { where: 'projects' });
  if (!Array.isArray(input.votes)) throw new ValidationError('votes must be an array.', { where: 'votes' });
  const projectIndex = new Map<string, number>();
  const projects: PBProject[] = input.projects.map((p: PBProjectInput, i) => {
    const where = `projects[${i}]`;
    if (p === null || typeof p !== 'object') throw new ValidationError('a project must be an object {id, cost}.', { where });
    const id = idText(p.id, `${where}.id`, 'project');
    if (projectIndex.has(id)) {
      throw new DuplicateCandidateError(`project ${JSON.stringify(id)} is listed twice (also projects[${projectIndex.get(id)}]).`, {
        where: `${where}.id`,
        fix: 'Project ids must be unique.',
      });
    }
    projectIndex.set(id, i);
    assertNonNegative(p.cost, `${where}.cost`);
    return Object.freeze({ id, cost: p.cost, fields: fieldList(p.fields, ['project_id', 'cost'], `${where}.fields`) });
  });
  const points = hasPoints(voteType);
  const voterIndex = new Map<string, number>();
  const votes: PBVote[] = input.votes.map((v: PBVoteInput, i) => {
    const where = `votes[${i}]`;
    if (v === null || typeof v !== 'object') throw new ValidationError('a vote must be an object {voterId, vote}.', { where });
    const voterId = idText(v.voterId, `${where}.voterId`, 'voter');
    if (voterIndex.has(voterId)) {
      throw new ValidationError(`voter ${JSON.stringify(voterId)} votes twice (also votes[${voterIndex.get(voterId)}]).`, {
        where: `${where}.voterId`,
        fix: 'Voter ids must be unique.',
      });
    }
    voterIndex.set(voterId, i);
    if (!Array.isArray(v.vote)) throw new ValidationError('vote must be an array of project ids.', { where: `${where}.vote` });
    const inVote = new Set<string>();
    const vote = v.vote.map((id: unknown, j) => {
      if (typeof id !== 'string' || !projectIndex.has(id)) {
        throw new UnknownCandidateError(`${JSON.stringify(id)} is not a project of this instance.`, {
          where: `${where}.vote[${j}]`,
          fix: 'Vote only for projects listed in projects.',
        });
      }
      if (inVote.has(id)) {
        throw new DuplicateCandidateError(`project ${JSON.stringify(id)} appears twice in one vote.`, { where: `${where}.vote[${j}]` });
      }
      inVote.add(id);
      return id;
    });
    let pts: readonly number[] | undefined;
    if (points) {
      if (!Array.isArray(v.points) || v.points.length !== vote.length) {
        throw new ValidationError(`a ${voteType} vote needs one point value per project in the vote.`, {
          where: `${where}.points`,
          fix: 'Give points parallel to vote.',
        });
      }
      pts = Object.freeze(v.points.map((x: unknown, j) => {
        if (voteType === 'cumulative') assertNonNegative(x, `${where}.points[${j}]`);
        else assertFinite(x, `${where}.points[${j}]`);
        return x;
      }));
    } else if (v.points !== undefined) {
      throw new ValidationError(`${voteType} votes carry no points.`, { where: `${where}.points`, fix: 'Remove points, or use a cumulative or scoring vote type.' });
    }
    const reserved = points ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'];
    return Object.freeze({
      voterId,
      vote: Object.freeze(vote),
      ...(pts === undefined ? {} : { points: pts }),
      fields: fieldList(v.fields, reserved, `${where}.fields`),
    });
  });
  return Object.freeze({
    kind: 'pb' as const,
    meta: consistentMeta(meta, input.budget, voteType, projects.length, votes.length),
    budget: input.budget,
    voteType,
    projects: Object.freeze(projects),
    votes: Object.freeze(votes),
  });
}
