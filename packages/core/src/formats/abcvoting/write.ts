import { Document, isMap, isSeq } from 'yaml';
import { UnsupportedFormatError } from '../../errors/errors.js';
import { approvalProfile } from '../../profiles/approval.js';
import type { ApprovalProfile } from '../../profiles/types.js';
import { describeKind } from '../preflib/ordinal.js';
import { abcInstance } from './instance.js';
import { resolvePlainScalar } from './simple-yaml.js';
import type { AbcInstance, AbcValue } from './types.js';

/** The text of a string as a plain YAML scalar, when YAML reads that text back as the same string. */
function plainString(s: string): string | undefined {
  return /^[A-Za-z_][A-Za-z0-9_./()=+-]*(?: [A-Za-z0-9_./()=+-]+)*$/.test(s) && resolvePlainScalar(s) === s ? s : undefined;
}

/**
 * A string as a YAML double-quoted scalar: JSON's escapes are YAML escapes too, so JSON text is YAML
 * text when every character is one YAML may hold (c-printable, YAML 1.2 §5.1) — else undefined.
 */
function quotedString(s: string): string | undefined {
  return /[\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/.test(s) ? undefined : JSON.stringify(s);
}

/** The YAML text of a scalar that reads back as itself, or undefined when the yaml package must write it. */
function scalarText(value: AbcValue): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  return typeof value === 'string' ? plainString(value) ?? quotedString(value) : undefined;
}

/**
 * `key: value` as YAML lines (collections in flow style), the yaml package quoting what needs quoting;
 * lines after the first are indented by `indent` spaces.
 */
function pairLines(key: string, value: AbcValue, indent: string): string {
  const k = plainString(key) ?? quotedString(key);
  const v = scalarText(value);
  if (k !== undefined && v !== undefined) return `${k}: ${v}\n`;
  const doc = new Document(new Map([[key, value]]));
  const node = doc.get(key, true);
  if (isSeq(node) || isMap(node)) node.flow = true;
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return text.replace(/\n(?=.)/g, `\n${indent}`);
}

function numberList(values: readonly number[]): string {
  return `[${values.join(', ')}]`;
}

/**
 * Writes an abcvoting instance as `.abc.yaml` text in abcvoting's layout (M. Lackner et al., abcvoting,
 * github.com/martinlackner/abcvoting, `write_abcvoting_instance_to_yaml_file`): `description`, `profile`
 * (flow lists), `voter_weights` only when some weight is not 1, `num_cand`, `committeesize`, and
 * `compute` (rule_id, result, resolute, then the other options in order, lists and maps in flow style;
 * strings that are not plain words double-quoted). {@link readAbcYaml} reads it
 * back to the same instance. An approval profile is written as an instance without committee size;
 * its candidates become 0…m−1 by position (the format has no candidate names).
 *
 * Complexity: O(size of the instance).
 *
 * @example
 * writeAbcYaml(abcInstance({ profile: { candidates: 3, ballots: [[0, 1], [2]] }, committeeSize: 2 }));
 * // 'profile: [[0, 1], [2]]\nnum_cand: 3\ncommitteesize: 2\n'
 */
export function writeAbcYaml(data: AbcInstance | ApprovalProfile): string {
  if (data === null || typeof data !== 'object' || (data.kind !== 'abc' && data.kind !== 'approval')) {
    throw new UnsupportedFormatError(`an .abc.yaml file holds an approval-based committee instance, not ${describeKind(data)}.`, {
      where: 'data',
      fix: 'Give an abcvoting instance or an approval profile.',
    });
  }
  let instance: AbcInstance;
  if (data.kind === 'approval') {
    const valid = approvalProfile({ candidates: data.candidates, ballots: data.ballots, counts: data.counts });
    instance = abcInstance({ profile: { candidates: valid.candidates.length, ballots: valid.ballots, counts: valid.counts } });
  } else {
    instance = abcInstance({
      profile: data.profile,
      ...(data.committeeSize === undefined ? {} : { committeeSize: data.committeeSize }),
      ...(data.description === undefined ? {} : { description: data.description }),
      compute: data.compute,
    });
  }
  const profile = instance.profile;
  let out = instance.description === undefined ? '' : pairLines('description', instance.description, '');
  out += `profile: [${profile.ballots.map(numberList).join(', ')}]\n`;
  if (profile.counts.some((w) => w !== 1)) out += `voter_weights: ${numberList(profile.counts)}\n`;
  out += `num_cand: ${profile.candidates.length}\n`;
  if (instance.committeeSize !== undefined) out += `committeesize: ${instance.committeeSize}\n`;
  if (instance.compute.length > 0) {
    out += 'compute:\n';
    for (const entry of instance.compute) {
      out += `- ${pairLines('rule_id', entry.ruleId, '  ')}`;
      if (entry.result !== undefined) out += `  result: ${entry.result === null ? 'null' : `[${entry.result.map(numberList).join(', ')}]`}\n`;
      if (entry.resolute !== undefined) out += `  resolute: ${entry.resolute}\n`;
      for (const [key, value] of entry.options) out += `  ${pairLines(key, value, '  ')}`;
    }
  }
  return out;
}
