import { Document, isMap, isSeq } from 'yaml';
import { UnsupportedFormatError } from '../../errors/errors.js';
import { approvalProfile } from '../../profiles/approval.js';
import type { ApprovalProfile } from '../../profiles/types.js';
import { describeKind } from '../preflib/ordinal.js';
import { abcInstance } from './instance.js';
import type { AbcInstance } from './types.js';

function setFlow(node: unknown): void {
  if (isSeq(node) || isMap(node)) node.flow = true;
}

/**
 * Writes an abcvoting instance as `.abc.yaml` text in abcvoting's layout (M. Lackner et al., abcvoting,
 * github.com/martinlackner/abcvoting, `write_abcvoting_instance_to_yaml_file`): `description`, `profile`
 * (flow lists), `voter_weights` only when some weight is not 1, `num_cand`, `committeesize`, and
 * `compute` (rule_id, result, resolute, then the other options in order). {@link readAbcYaml} reads it
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
  const root = new Map<string, unknown>();
  if (instance.description !== undefined) root.set('description', instance.description);
  root.set('profile', profile.ballots.map((b) => b.slice()));
  if (profile.counts.some((w) => w !== 1)) root.set('voter_weights', profile.counts.slice());
  root.set('num_cand', profile.candidates.length);
  if (instance.committeeSize !== undefined) root.set('committeesize', instance.committeeSize);
  if (instance.compute.length > 0) {
    root.set('compute', instance.compute.map((entry) => {
      const map = new Map<string, unknown>([['rule_id', entry.ruleId]]);
      if (entry.result !== undefined) map.set('result', entry.result === null ? null : entry.result.map((c) => c.slice()));
      if (entry.resolute !== undefined) map.set('resolute', entry.resolute);
      for (const [key, value] of entry.options) map.set(key, value);
      return map;
    }));
  }
  const doc = new Document(root);
  setFlow(doc.getIn(['profile'], true));
  setFlow(doc.getIn(['voter_weights'], true));
  instance.compute.forEach((_, i) => setFlow(doc.getIn(['compute', i, 'result'], true)));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }) as string;
}
