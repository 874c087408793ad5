import type { ParseError } from '../../errors/errors.js';
import type { CandidateIndex } from '../../profiles/types.js';
import type { ReadOptions } from '../types.js';
import { parseError, requireText } from '../text.js';
import { ABC_YAML_KEYS, MAX_ABC_DEPTH } from './instance.js';
import { simpleYamlTree } from './simple-yaml.js';
import type { AbcComputeEntry, AbcInstance, AbcValue } from './types.js';
import { yamlTree, type YamlNode } from './yaml-tree.js';

/** Largest `num_cand` accepted (guards against absurd files). */
export const MAX_ABC_CANDIDATES = 1_000_000;

type Fail = (node: YamlNode, message: string, fix: string) => ParseError;

/** The value of a scalar node (null for a missing value), or `undefined` for a collection. */
function scalarOf(node: YamlNode): unknown {
  return node.type === 'scalar' ? node.value : undefined;
}

function isNull(node: YamlNode): boolean {
  return node.type === 'scalar' && node.value === null;
}

function describeNode(node: YamlNode): string {
  if (node.type === 'seq') return 'a list';
  if (node.type === 'map') return 'a mapping';
  const v = node.value;
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v);
  return typeof v === 'object' ? 'an unknown value' : String(v);
}

/** A whole number ≥ min from a scalar node. */
function integer(fail: Fail, node: YamlNode, what: string, min: number, fix: string): number {
  const value = scalarOf(node);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw fail(node, `${what} must be a whole number ≥ ${min}, got ${describeNode(node)}.`, fix);
  }
  return value + 0; // YAML's -0 is 0
}

/**
 * A set of candidate numbers: a YAML list `[1, 4]`, or a flow mapping used as a set `{1, 4}` (keys with
 * null values, as abcvoting's files write sets), or a `!!set`. Returns the numbers in file order.
 */
function numberSet(fail: Fail, node: YamlNode, what: string): number[] {
  const ids: number[] = [];
  const fix = `Write ${what} as a list of candidate numbers, e.g. [0, 2] or {0, 2}.`;
  if (node.type === 'seq') {
    for (const item of node.items) ids.push(integer(fail, item, `a candidate in ${what}`, 0, fix));
  } else if (node.type === 'map') {
    for (const [key, value] of node.pairs) {
      if (!isNull(value)) throw fail(key, `${what} is a mapping with values; a set {a, b} has keys only.`, fix);
      ids.push(integer(fail, key, `a candidate in ${what}`, 0, fix));
    }
  } else {
    throw fail(node, `${what} must be a list of candidates, got ${describeNode(node)}.`, fix);
  }
  return ids;
}

/** A plain data value (for compute options), with a depth limit. */
function toValue(fail: Fail, node: YamlNode, depth: number): AbcValue {
  if (depth > MAX_ABC_DEPTH) throw fail(node, `a value is nested more than ${MAX_ABC_DEPTH} levels deep.`, 'Flatten the value.');
  if (node.type === 'scalar') {
    const v = node.value;
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v ?? null;
    throw fail(node, `unsupported scalar of type ${typeof v}.`, 'Use numbers, strings, booleans or null.');
  }
  if (node.type === 'seq') return Object.freeze(node.items.map((item) => toValue(fail, item, depth + 1)));
  const entries: [string, AbcValue][] = [];
  const seen = new Set<string>();
  for (const [keyNode, valueNode] of node.pairs) {
    const k = scalarOf(keyNode);
    if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean') {
      throw fail(keyNode, 'a mapping key must be a plain scalar.', 'Use strings or numbers as keys.');
    }
    const key = String(k);
    if (seen.has(key)) throw fail(keyNode, `key ${JSON.stringify(key)} appears twice.`, 'Give each key once.');
    seen.add(key);
    entries.push([key, toValue(fail, valueNode, depth + 1)]);
  }
  return Object.freeze(Object.fromEntries(entries));
}

function keyName(fail: Fail, keyNode: YamlNode, where: string): string {
  const k = scalarOf(keyNode);
  if (typeof k !== 'string') {
    throw fail(keyNode, `${where} has a key that is not a name (${describeNode(keyNode)}).`, 'Use the key names abcvoting defines.');
  }
  return k;
}

/**
 * Reads an abcvoting `.abc.yaml` instance (M. Lackner et al., abcvoting, github.com/martinlackner/abcvoting,
 * `abcvoting.fileio.read_abcvoting_yaml_file`): `profile` (a list of approval sets of candidates
 * 0…num_cand−1, as lists `[0, 2]` or sets `{0, 2}`), optional `num_cand` (else the largest candidate + 1),
 * `committeesize`, `voter_weights`, `description`, and `compute` (entries with `rule_id`, optional
 * `result` — all winning committees, or null — `resolute`, and further options kept in order).
 *
 * Rejected with a ParseError at `source:line`: YAML syntax errors, keys abcvoting does not define, a
 * missing profile, candidates outside 0…num_cand−1 or repeated in a set, voter_weights not positive or not
 * one per voter, a compute entry without rule_id, committees naming unknown candidates, and YAML nested
 * too deeply or whose aliases expand it beyond a multiple of its length ("billion laughs").
 *
 * Files in the plain layout abcvoting writes are read by a fast subset reader ({@link simpleYamlTree});
 * anything else by the full YAML parser, with the same result.
 *
 * Complexity: O(length of the text).
 *
 * @example
 * const inst = readAbcYaml('profile: [[0, 1], [2], []]\nnum_cand: 3\ncommitteesize: 2\n');
 * inst.profile.ballots; // [[0, 1], [2], []]
 * inst.committeeSize; // 2
 */
export function readAbcYaml(text: string, options: ReadOptions = {}): AbcInstance {
  const source = options.source;
  requireText(text, source);
  const fail: Fail = (node, message, fix) => parseError(message, node.line, source, fix);
  const root = simpleYamlTree(text) ?? yamlTree(text, source) ?? ({ type: 'scalar', value: null, line: 1 } as const);
  if (root.type !== 'map') {
    throw parseError(`expected a mapping with the keys ${ABC_YAML_KEYS.join(', ')}, got ${describeNode(root)}.`, root.line, source,
      'Write the instance as `profile: [[0, 1], [2]]`, `num_cand: 3`, … (see abcvoting.fileio).');
  }
  const nodes = new Map<string, { key: YamlNode; value: YamlNode }>();
  for (const [keyNode, value] of root.pairs) {
    const key = keyName(fail, keyNode, 'the instance');
    if (!ABC_YAML_KEYS.includes(key)) {
      throw fail(keyNode, `key ${JSON.stringify(key)} is not an abcvoting instance key.`, `Use only ${ABC_YAML_KEYS.join(', ')}; remove or rename this key.`);
    }
    nodes.set(key, { key: keyNode, value });
  }

  const profileEntry = nodes.get('profile');
  if (profileEntry === undefined) {
    throw parseError('the instance has no profile.', root.line, source, 'Add `profile:` with one approval set per voter, e.g. [[0, 1], [2]].');
  }
  const profileNode = profileEntry.value;
  if (profileNode.type !== 'seq') {
    throw fail(profileNode, `profile must be a list of approval sets, got ${describeNode(profileNode)}.`, 'Write the profile as a list such as [[0, 1], [2], []].');
  }
  const sets = profileNode.items.map((item, i) => numberSet(fail, item, `the approval set of voter ${i}`));
  let largest = -1;
  for (const ids of sets) for (const c of ids) if (c > largest) largest = c;

  let m: number;
  const numCand = nodes.get('num_cand');
  if (numCand !== undefined) {
    m = integer(fail, numCand.value, 'num_cand', 0, 'Give the number of candidates, e.g. `num_cand: 6`.');
    if (m > MAX_ABC_CANDIDATES) throw fail(numCand.value, `more than ${MAX_ABC_CANDIDATES} candidates are not supported.`, 'Check num_cand.');
  } else {
    m = largest + 1;
  }
  if (m > MAX_ABC_CANDIDATES) throw fail(profileEntry.key, `more than ${MAX_ABC_CANDIDATES} candidates are not supported.`, 'Check the candidate numbers.');

  const candidateSetOf = (ids: readonly number[], item: YamlNode, what: string): readonly CandidateIndex[] => {
    const seen = new Set<number>();
    for (const c of ids) {
      if (c >= m) {
        throw fail(item, `candidate ${c} in ${what} is not one of the candidates 0…${m - 1} (num_cand is ${m}).`,
          'Candidates are numbered from 0; raise num_cand or correct the number.');
      }
      if (seen.has(c)) throw fail(item, `candidate ${c} appears twice in ${what}.`, 'List each candidate once.');
      seen.add(c);
    }
    return Object.freeze(ids.slice().sort((a, b) => a - b));
  };
  const ballots = sets.map((ids, i) => candidateSetOf(ids, profileNode.items[i]!, `the approval set of voter ${i}`));

  let counts: readonly number[] = ballots.map(() => 1);
  const weights = nodes.get('voter_weights');
  if (weights !== undefined) {
    const node = weights.value;
    if (node.type !== 'seq') throw fail(node, 'voter_weights must be a list of positive numbers.', 'Write e.g. `voter_weights: [1, 2.5, 1]`.');
    if (node.items.length !== ballots.length) {
      throw fail(weights.key, `voter_weights has ${node.items.length} entries, but the profile has ${ballots.length} voters.`,
        'Give exactly one weight per approval set of the profile.');
    }
    counts = node.items.map((item, i) => {
      const v = scalarOf(item);
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw fail(item, `the weight of voter ${i} must be a positive number, got ${describeNode(item)}.`, 'Use positive finite weights.');
      }
      return v;
    });
  }

  let committeeSize: number | undefined;
  const size = nodes.get('committeesize');
  if (size !== undefined) committeeSize = integer(fail, size.value, 'committeesize', 1, 'Give the committee size as a whole number, e.g. `committeesize: 3`.');

  let description: string | undefined;
  const desc = nodes.get('description');
  if (desc !== undefined) {
    const v = scalarOf(desc.value);
    if (v !== null && typeof v !== 'string') {
      throw fail(desc.value, `description must be text, got ${describeNode(desc.value)}.`, 'Put the description in quotes.');
    }
    if (typeof v === 'string') description = v;
  }

  const compute: AbcComputeEntry[] = [];
  const computeEntry = nodes.get('compute');
  if (computeEntry !== undefined && !isNull(computeEntry.value)) {
    const node = computeEntry.value;
    if (node.type !== 'seq') throw fail(node, 'compute must be a list of entries.', 'Write `compute:` followed by `- rule_id: pav` items.');
    node.items.forEach((item, e) => {
      if (item.type !== 'map') throw fail(item, `compute entry ${e} must be a mapping with a rule_id.`, 'Write entries as `- rule_id: pav`.');
      let ruleId: string | undefined;
      let result: readonly (readonly number[])[] | null | undefined;
      let resolute: boolean | undefined;
      const opts: (readonly [string, AbcValue])[] = [];
      for (const [keyNode, value] of item.pairs) {
        const key = keyName(fail, keyNode, `compute entry ${e}`);
        if (key === 'rule_id') {
          const v = scalarOf(value);
          if (typeof v !== 'string' || v === '') {
            throw fail(value, `rule_id must be a rule name, got ${describeNode(value)}.`, 'Write e.g. `rule_id: pav`.');
          }
          ruleId = v;
        } else if (key === 'result') {
          if (isNull(value)) result = null;
          else {
            if (value.type !== 'seq') throw fail(value, 'result must be a list of committees or null.', 'Write e.g. `result: [[0, 2], [1, 2]]`.');
            result = Object.freeze(value.items.map((c, k) => {
              const what = `committee ${k} of compute entry ${e}`;
              return candidateSetOf(numberSet(fail, c, what), c, what);
            }));
          }
        } else if (key === 'resolute') {
          const v = scalarOf(value);
          if (typeof v !== 'boolean') throw fail(value, `resolute must be true or false, got ${describeNode(value)}.`, 'Write `resolute: true` or `resolute: false`.');
          resolute = v;
        } else {
          opts.push(Object.freeze([key, toValue(fail, value, 0)] as const));
        }
      }
      if (ruleId === undefined) {
        throw fail(item, `compute entry ${e} has no rule_id.`, 'Every compute entry needs `rule_id:` naming an abcvoting rule, e.g. pav.');
      }
      compute.push(Object.freeze({
        ruleId,
        ...(result === undefined ? {} : { result }),
        ...(resolute === undefined ? {} : { resolute }),
        options: Object.freeze(opts),
      }));
    });
  }
  return Object.freeze({
    kind: 'abc' as const,
    profile: Object.freeze({
      kind: 'approval' as const,
      candidates: Object.freeze(Array.from({ length: m }, (_, i) => i)),
      ballots: Object.freeze(ballots),
      counts: Object.freeze(counts.slice()),
    }),
    ...(committeeSize === undefined ? {} : { committeeSize }),
    ...(description === undefined ? {} : { description }),
    compute: Object.freeze(compute),
  });
}
