import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // `index` is the programmatic API (ESM + CJS + types); `cli` is the `plural` bin (its source starts with
  // the `#!/usr/bin/env node` line, which esbuild keeps at the top of the built file).
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  define: { __PLURAL_CLI_VERSION__: JSON.stringify(version) },
});
