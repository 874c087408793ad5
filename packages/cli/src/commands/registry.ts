import { formatsCommand } from './formats.js';
import { locateCommand } from './locate.js';
import { voteCommand } from './vote.js';
import type { CommandSpec } from './types.js';

/**
 * The commands of the `plural` shell. This list, not a `switch`, builds the argument parser, the help and
 * `--list`; a command is registered here only once it does real work.
 */
export const commandRegistry: readonly CommandSpec[] = Object.freeze([formatsCommand, voteCommand, locateCommand]);
