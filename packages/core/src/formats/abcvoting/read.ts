import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ParseError } from '../../errors/errors.js';
import type { CandidateIndex } from '../../profiles/types.js';
import type { ReadOptions } from '../types.js';
import { parseError, requireText } from '../text.js';
import { ABC_YAML_KEYS, MAX_ABC_DEPTH } from './instance.js';
import type { AbcComputeEntry, AbcInstance, AbcValue } from './types.js';

/** Largest `num_cand` accepted (guards against absurd files). */
export const MAX_ABC_CANDIDATES = 1_000_000;

interface Context {
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly source: string | undefined;
}

function lineOf(ctx: Context, node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] | null } | null | undefined)?.range;
  return range ? ctx.lines.linePos(range[0]!).line : undefined;
}

function fail(ctx: Context, node: unknown, message: string, fix: string): ParseError {
  return parseError(message, lineOf(ctx, node), ctx.source, fix);
}

/** Follows aliases (`*a`) to the node they name, refusing chains that lead nowhere. */
function deref(ctx: Context, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isAlias(current); hops++) {
    if (hops > MAX_ABC_DEPTH) throw fail(ctx, node, 'an alias chain is too long.', 'Write the value out instead of using YAML aliases.');
    const target = current.resolve(ctx.doc);
    if (target === undefined) throw fail(ctx, current, `the alias *${current.source} names no anchor.`, 'Define the anchor before using it, or write the value out.');
    current = target;
  }
  return current;
}

function scalarValue(ctx: Context, node: unknown): { ok: true; value: unknown } | { ok: false } {
  const n = deref(ctx, node);
  if (n === null || n === undefined) return { ok: true, value: null };
  if (isScalar(n)) return { ok: true, value: n.value };
  return { ok: false };
}

/** A whole number ≥ min from a scalar node. */
function integer(ctx: Context, node: unknown, what: string, min: number, fix: string): number {
  const s = scalarValue(ctx, node);
  const value = s.ok ? s.value : undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw fail(ctx, node, `${what} must be a whole number ≥ ${min}, got ${describeNode(ctx, node)}.`, fix);
  }
  return value;
}

function describeNode(ctx: Context, node: unknown): string {
  const n = deref(ctx, node);
  if (n === null || n === undefined) return 'nothing';
  if (isScalar(n)) return typeof n.value === 'string' ? JSON.stringify(n.value.length > 30 ? `${n.value.slice(0, 30)}…` : n.value) : String(n.value);
  if (isSeq(n)) return 'a list';
  if (isMap(n)) return 'a mapping';
  return 'an unknown value';
}

/**
 * A set of candidate numbers: a YAML list `[1, 4]`, or a flow mapping used as a set `{1, 4}` (keys with
 * null values, as abcvoting's files write sets), or a `!!set`. Returns the numbers in file order.
 */
function numberSet(ctx: Context, node: unknown, what: string): { ids: number[]; node: unknown } {
  const n = deref(ctx, node);
  const ids: number[] = [];
  const fix = `Write ${what} as a list of candidate numbers, e.g. [0, 2] or {0, 2}.`;
  if (isSeq(n)) {
    for (const item of n.items) ids.push(integer(ctx, item, `a candidate in ${what}`, 0, fix));
  } else if (isMap(n)) {
    for (const pair of n.items) {
      const v = scalarValue(ctx, pair.value);
      if (!v.ok || v.value !== null) throw fail(ctx, pair.key ?? n, `${what} is a mapping with values; a set {a, b} has keys only.`, fix);
      ids.push(integer(ctx, pair.key, `a candidate in ${what}`, 0, fix));
    }
  } else {
    throw fail(ctx, node, `${what} must be a list of candidates, got ${describeNode(ctx, node)}.`, fix);
  }
  return { ids, node: n };
}

/** A plain data value (for compute options), following aliases with a depth limit. */
function toValue(ctx: Context, node: unknown, depth: number): AbcValue {
  if (depth > MAX_ABC_DEPTH) throw fail(ctx, node, `a value is nested more than ${MAX_ABC_DEPTH} levels deep.`, 'Flatten the value.');
  const n = deref(ctx, node);
  if (n === null || n === undefined) return null;
  if (isScalar(n)) {
    const v = n.value;
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
    throw fail(ctx, n, `unsupported scalar of type ${typeof v}.`, 'Use numbers, strings, booleans or null.');
  }
  if (isSeq(n)) return Object.freeze(n.items.map((item) => toValue(ctx, item, depth + 1)));
  if (isMap(n)) {
    const entries: [string, AbcValue][] = [];
    const seen = new Set<string>();
    for (const pair of n.items) {
      const k = scalarValue(ctx, pair.key);
      if (!k.ok || (typeof k.value !== 'string' && typeof k.value !== 'number' && typeof k.value !== 'boolean')) {
        throw fail(ctx, pair.key ?? n, 'a mapping key must be a plain scalar.', 'Use strings or numbers as keys.');
      }
      const key = String(k.value);
      if (seen.has(key)) throw fail(ctx, pair.key, `key ${JSON.stringify(key)} appears twice.`, 'Give each key once.');
      seen.add(key);
      entries.push([key, toValue(ctx, pair.value, depth + 1)]);
    }
    return Object.freeze(Object.fromEntries(entries));
  }
  throw fail(ctx, n, 'unsupported YAML node.', 'Use plain lists, mappings and scalars.');
}

function keyName(ctx: Context, keyNode: unknown, where: string): string {
  const k = scalarValue(ctx, keyNode);
  if (!k.ok || typeof k.value !== 'string') {
    throw fail(ctx, keyNode, `${where} has a key that is not a name (${describeNode(ctx, keyNode)}).`, 'Use the key names abcvoting defines.');
  }
  return k.value;
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
 * one per voter, a compute entry without rule_id, and committees naming unknown candidates.
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
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }) as Document;
  } catch (error) {
    throw parseError(`the YAML could not be parsed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, undefined, source,
      'Check the YAML syntax.');
  }
  const ctx: Context = { doc, lines, source };
  const error = doc.errors[0];
  if (error !== undefined) {
    throw parseError(`YAML syntax error: ${error.message.split('\n')[0]}`, error.linePos?.[0]?.line, source,
      'Fix the YAML syntax (indentation, brackets, quotes) at this line.');
  }
  const root = deref(ctx, doc.contents);
  if (!isMap(root)) {
    throw parseError(`expected a mapping with the keys ${ABC_YAML_KEYS.join(', ')}, got ${describeNode(ctx, root)}.`, lineOf(ctx, root) ?? 1, source,
      'Write the instance as `profile: [[0, 1], [2]]`, `num_cand: 3`, … (see abcvoting.fileio).');
  }
  const nodes = new Map<string, { key: unknown; value: unknown }>();
  for (const pair of root.items) {
    const key = keyName(ctx, pair.key, 'the instance');
    if (!ABC_YAML_KEYS.includes(key)) {
      throw fail(ctx, pair.key, `key ${JSON.stringify(key)} is not an abcvoting instance key.`, `Use only ${ABC_YAML_KEYS.join(', ')}; remove or rename this key.`);
    }
    nodes.set(key, { key: pair.key, value: pair.value });
  }

  const profileEntry = nodes.get('profile');
  if (profileEntry === undefined) {
    throw parseError('the instance has no profile.', lineOf(ctx, root) ?? 1, source, 'Add `profile:` with one approval set per voter, e.g. [[0, 1], [2]].');
  }
  const profileNode = deref(ctx, profileEntry.value);
  if (!isSeq(profileNode)) {
    throw fail(ctx, profileEntry.value ?? profileEntry.key, `profile must be a list of approval sets, got ${describeNode(ctx, profileEntry.value)}.`,
      'Write the profile as a list such as [[0, 1], [2], []].');
  }
  const sets = profileNode.items.map((item, i) => numberSet(ctx, item, `the approval set of voter ${i}`));
  let largest = -1;
  for (const s of sets) for (const c of s.ids) if (c > largest) largest = c;

  let m: number;
  const numCand = nodes.get('num_cand');
  if (numCand !== undefined) {
    m = integer(ctx, numCand.value ?? numCand.key, 'num_cand', 0, 'Give the number of candidates, e.g. `num_cand: 6`.');
    if (m > MAX_ABC_CANDIDATES) throw fail(ctx, numCand.value, `more than ${MAX_ABC_CANDIDATES} candidates are not supported.`, 'Check num_cand.');
  } else {
    m = largest + 1;
  }
  if (m > MAX_ABC_CANDIDATES) throw fail(ctx, profileEntry.key, `more than ${MAX_ABC_CANDIDATES} candidates are not supported.`, 'Check the candidate numbers.');

  const candidateSetOf = (s: { ids: number[]; node: unknown }, item: unknown, what: string): readonly CandidateIndex[] => {
    const seen = new Set<number>();
    for (const c of s.ids) {
      if (c >= m) {
        throw fail(ctx, item, `candidate ${c} in ${what} is not one of the candidates 0…${m - 1} (num_cand is ${m}).`,
          'Candidates are numbered from 0; raise num_cand or correct the number.');
      }
      if (seen.has(c)) throw fail(ctx, item, `candidate ${c} appears twice in ${what}.`, 'List each candidate once.');
      seen.add(c);
    }
    return Object.freeze(s.ids.slice().sort((a, b) => a - b));
  };
  const ballots = sets.map((s, i) => candidateSetOf(s, profileNode.items[i], `the approval set of voter ${i}`));

  let counts: readonly number[] = ballots.map(() => 1);
  const weights = nodes.get('voter_weights');
  if (weights !== undefined) {
    const node = deref(ctx, weights.value);
    if (!isSeq(node)) throw fail(ctx, weights.value ?? weights.key, 'voter_weights must be a list of positive numbers.', 'Write e.g. `voter_weights: [1, 2.5, 1]`.');
    if (node.items.length !== ballots.length) {
      throw fail(ctx, weights.key, `voter_weights has ${node.items.length} entries, but the profile has ${ballots.length} voters.`,
        'Give exactly one weight per approval set of the profile.');
    }
    counts = node.items.map((item, i) => {
      const v = scalarValue(ctx, item);
      if (!v.ok || typeof v.value !== 'number' || !Number.isFinite(v.value) || v.value <= 0) {
        throw fail(ctx, item ?? node, `the weight of voter ${i} must be a positive number, got ${describeNode(ctx, item)}.`, 'Use positive finite weights.');
      }
      return v.value;
    });
  }

  let committeeSize: number | undefined;
  const size = nodes.get('committeesize');
  if (size !== undefined) committeeSize = integer(ctx, size.value ?? size.key, 'committeesize', 1, 'Give the committee size as a whole number, e.g. `committeesize: 3`.');

  let description: string | undefined;
  const desc = nodes.get('description');
  if (desc !== undefined) {
    const v = scalarValue(ctx, desc.value);
    if (!v.ok || (v.value !== null && typeof v.value !== 'string')) {
      throw fail(ctx, desc.value ?? desc.key, `description must be text, got ${describeNode(ctx, desc.value)}.`, 'Put the description in quotes.');
    }
    if (typeof v.value === 'string') description = v.value;
  }

  const compute: AbcComputeEntry[] = [];
  const computeEntry = nodes.get('compute');
  if (computeEntry !== undefined) {
    const node = deref(ctx, computeEntry.value);
    if (node !== null && node !== undefined && !(isScalar(node) && node.value === null)) {
      if (!isSeq(node)) throw fail(ctx, computeEntry.value, 'compute must be a list of entries.', 'Write `compute:` followed by `- rule_id: pav` items.');
      node.items.forEach((itemNode, e) => {
        const item = deref(ctx, itemNode);
        if (!isMap(item)) throw fail(ctx, itemNode, `compute entry ${e} must be a mapping with a rule_id.`, 'Write entries as `- rule_id: pav`.');
        let ruleId: string | undefined;
        let result: readonly (readonly number[])[] | null | undefined;
        let resolute: boolean | undefined;
        const opts: (readonly [string, AbcValue])[] = [];
        for (const pair of item.items) {
          const key = keyName(ctx, pair.key, `compute entry ${e}`);
          if (key === 'rule_id') {
            const v = scalarValue(ctx, pair.value);
            if (!v.ok || typeof v.value !== 'string' || v.value === '') {
              throw fail(ctx, pair.value ?? pair.key, `rule_id must be a rule name, got ${describeNode(ctx, pair.value)}.`, 'Write e.g. `rule_id: pav`.');
            }
            ruleId = v.value;
          } else if (key === 'result') {
            const r = deref(ctx, pair.value);
            if (r === null || r === undefined || (isScalar(r) && r.value === null)) result = null;
            else {
              if (!isSeq(r)) throw fail(ctx, pair.value, 'result must be a list of committees or null.', 'Write e.g. `result: [[0, 2], [1, 2]]`.');
              result = Object.freeze(r.items.map((c, k) => candidateSetOf(numberSet(ctx, c, `committee ${k} of compute entry ${e}`), c, `committee ${k} of compute entry ${e}`)));
            }
          } else if (key === 'resolute') {
            const v = scalarValue(ctx, pair.value);
            if (!v.ok || typeof v.value !== 'boolean') throw fail(ctx, pair.value ?? pair.key, `resolute must be true or false, got ${describeNode(ctx, pair.value)}.`, 'Write `resolute: true` or `resolute: false`.');
            resolute = v.value;
          } else {
            opts.push(Object.freeze([key, toValue(ctx, pair.value, 0)] as const));
          }
        }
        if (ruleId === undefined) {
          throw fail(ctx, itemNode, `compute entry ${e} has no rule_id.`, 'Every compute entry needs `rule_id:` naming an abcvoting rule, e.g. pav.');
        }
        compute.push(Object.freeze({
          ruleId,
          ...(result === undefined ? {} : { result }),
          ...(resolute === undefined ? {} : { resolute }),
          options: Object.freeze(opts),
        }));
      });
    }
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
