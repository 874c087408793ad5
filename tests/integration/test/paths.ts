import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** The shared conformance corpora beside the clone (absent on a user's fresh clone). */
export const corpora = resolve(repoRoot, '../shared/corpora');
export const haveCorpora = existsSync(corpora);
export const cliBin = resolve(repoRoot, 'packages/cli/dist/cli.js');
export const bundledData = resolve(repoRoot, 'packages/cli/data');
