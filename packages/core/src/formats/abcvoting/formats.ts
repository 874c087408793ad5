import type { ApprovalProfile } from '../../profiles/types.js';
import type { FormatData, FormatSpec } from '../types.js';
import { readAbcYaml } from './read.js';
import type { AbcInstance } from './types.js';
import { writeAbcYaml } from './write.js';

/** abcvoting's `.abc.yaml` approval-based committee instances (reads into `abc`; writes approval profiles too). */
export const abcvotingFormat: FormatSpec<AbcInstance> = Object.freeze({
  id: 'abc',
  name: 'abcvoting approval-based committee instance (YAML)',
  extensions: Object.freeze(['.abc.yaml']),
  kinds: Object.freeze(['abc', 'approval'] as const),
  reference: 'M. Lackner et al., abcvoting, github.com/martinlackner/abcvoting (abcvoting.fileio, .abc.yaml)',
  read: (text: string, options?: Parameters<FormatSpec['read']>[1]) => readAbcYaml(text, options),
  write: (data: FormatData) => writeAbcYaml(data as AbcInstance | ApprovalProfile),
});
