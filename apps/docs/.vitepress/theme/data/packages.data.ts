/**
 * Build-time data: the publishable packages of the workspace, read from their package.json files, so
 * the home page's package table follows the repository (names, versions, descriptions).
 */
import { readFileSync } from 'node:fs';
import { defineLoader } from 'vitepress';

export interface WorkspacePackage {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  /** Folder in the repository, e.g. `packages/core`. */
  readonly folder: string;
}

declare const data: WorkspacePackage[];
export { data };

export default defineLoader({
  watch: ['../../../../../packages/*/package.json'],
  load(files: string[]): WorkspacePackage[] {
    return files
      .map((file) => {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as Partial<WorkspacePackage> & { private?: boolean };
        const folder = file.replace(/\\/g, '/').replace(/^.*\/(packages\/[^/]+)\/package\.json$/, '$1');
        return { pkg, folder };
      })
      .filter(({ pkg }) => pkg.private !== true && typeof pkg.name === 'string')
      .map(({ pkg, folder }) => ({
        name: pkg.name as string,
        version: pkg.version ?? '0.0.0',
        description: pkg.description ?? '',
        folder,
      }))
      .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
  },
});

/** core first, then lp, then the rest alphabetically. */
function order(name: string): number {
  return name === '@plural/core' ? 0 : name === '@plural/lp' ? 1 : 2;
}
