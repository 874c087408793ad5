#!/usr/bin/env node
// Runs every workspace's tests through turbo (building what they depend on first), then adds up the
// vitest JSON reports of all workspaces and prints the skipped count, then one plain closing line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const REPORT = '.vitest-report.json';
const workspaces = ['packages', 'apps', 'tests'].flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, dir, d.name))
    : [],
).filter((dir) => existsSync(join(dir, 'package.json')));

for (const dir of workspaces) rmSync(join(dir, REPORT), { force: true });

const turbo = spawnSync('npx', ['turbo', 'run', 'test', '--concurrency=2', '--continue', '--output-logs=new-only', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of workspaces) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  const file = join(dir, REPORT);
  if (!existsSync(file)) {
    missing.push(pkg.name);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that failed to load counts as a failure even when it declared no tests.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
}
if (missing.length > 0) {
  console.log(`no test report from: ${missing.join(', ')} (its test run did not finish)`);
  failed += missing.length;
}
const ok = turbo.status === 0 && failed === 0;
if (turbo.status !== 0 && failed === 0) failed = 1; // turbo failed before any test could report
console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
