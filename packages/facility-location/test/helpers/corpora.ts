import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = path.resolve(here, '../../../..');
/** The shared conformance corpora, beside the repository. */
export const corpora = path.resolve(repoRoot, '../shared/corpora');

/** `describe` when the corpus folder exists, else `describe.skip` with one line saying so. */
export function describeCorpus(relative: string, name: string, body: () => void): void {
  const dir = path.join(corpora, relative);
  if (fs.existsSync(dir)) describe(name, body);
  else {
    console.log(`[facility-location] corpus ${dir} is absent: skipping "${name}".`);
    describe.skip(name, body);
  }
}
