import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { parseError } from '../text.js';

/**
 * A YAML document reduced to what the abcvoting reader needs: scalars (with their core-schema value),
 * sequences and mappings, each with the 1-based line where it starts. Aliases are resolved; a missing
 * value (`key:` with nothing, the keys of a set `{1, 2}`) is a null scalar on its key's line.
 */
export type YamlNode =
  | { readonly type: 'scalar'; readonly value: unknown; readonly line: number }
  | { readonly type: 'seq'; readonly items: readonly YamlNode[]; readonly line: number }
  | { readonly type: 'map'; readonly pairs: readonly (readonly [YamlNode, YamlNode])[]; readonly line: number };

/** Deepest nesting of YAML collections accepted (guards against stack overflows and alias cycles). */
export const MAX_YAML_NESTING = 48;

/** The most nodes a text of `length` characters may expand to through aliases (guards against "billion laughs"). */
export function maxYamlNodes(length: number): number {
  return 4 * length + 1000;
}

/**
 * Parses YAML with the `yaml` package (YAML 1.2, core schema, unique keys) into a {@link YamlNode} tree.
 * Throws a ParseError at `source:line` for syntax errors, aliases without anchors, nesting deeper than
 * {@link MAX_YAML_NESTING} and aliases expanding beyond {@link maxYamlNodes}.
 *
 * Complexity: O(length of the text) (the expansion of aliases is bounded by the text's length).
 *
 * @example
 * yamlTree('a: [1, {2}]\n', undefined); // {type: 'map', line: 1, pairs: [[a, [1, {2: null}]]]}
 */
export function yamlTree(text: string, source: string | undefined): YamlNode | undefined {
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }) as Document;
  } catch (error) {
    throw parseError(`the YAML could not be parsed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, undefined, source,
      'Check the YAML syntax.');
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    throw parseError(`YAML syntax error: ${error.message.split('\n')[0]}`, lines.linePos(error.pos[0]).line, source,
      'Fix the YAML syntax (indentation, brackets, quotes) at this line.');
  }
  const budget = maxYamlNodes(text.length);
  let count = 0;
  const lineOf = (node: unknown, fallback: number): number => {
    const range = (node as { range?: readonly number[] | null } | null | undefined)?.range;
    return range ? lines.linePos(range[0]!).line : fallback;
  };
  const convert = (node: unknown, depth: number, fallbackLine: number): YamlNode => {
    let current = node;
    for (let hops = 0; isAlias(current); hops++) {
      const target = hops > MAX_YAML_NESTING ? undefined : current.resolve(doc);
      if (target === undefined) {
        throw parseError(`the alias *${current.source} names no anchor.`, lineOf(current, fallbackLine), source,
          'Define the anchor before using it, or write the value out.');
      }
      current = target;
    }
    const line = lineOf(current, fallbackLine);
    if (++count > budget) {
      throw parseError(`aliases expand the document to more than ${budget} values.`, line, source, 'Write the values out instead of repeating YAML aliases.');
    }
    if (depth > MAX_YAML_NESTING) {
      throw parseError(`the YAML is nested more than ${MAX_YAML_NESTING} levels deep.`, line, source, 'Flatten the value (or remove the alias that refers to itself).');
    }
    if (current === null || current === undefined) return { type: 'scalar', value: null, line };
    if (isScalar(current)) return { type: 'scalar', value: current.value, line };
    if (isSeq(current)) return { type: 'seq', items: current.items.map((item) => convert(item, depth + 1, line)), line };
    if (isMap(current)) {
      return {
        type: 'map',
        pairs: current.items.map((pair) => {
          const key = convert(pair.key, depth + 1, line);
          return [key, convert(pair.value, depth + 1, key.line)] as const;
        }),
        line,
      };
    }
    throw parseError('unsupported YAML node.', line, source, 'Use plain lists, mappings and scalars.');
  };
  return doc.contents === null ? undefined : convert(doc.contents, 0, 1);
}
