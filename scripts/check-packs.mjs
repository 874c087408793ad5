#!/usr/bin/env node
// Packs every publishable package on its own (`pnpm pack`), installs each alone (with only the tarballs
// of the workspace packages it depends on) into its own empty npm project, and checks that each imports and runs under both `import` and `require`; then runs publint
// and @arethetypeswrong/cli on each tarball. Prints one line per check; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pnpm = ['-y', 'pnpm@10.20.0'];

/** What each package must be able to do once installed alone: the same code runs under import and require. */
const smoke = {
  '@plural/core': `
    const p = m.anonymousProfile({ candidates: ['a', 'b', 'c'], ballots: [[0, 1, 2], [2, 1, 0], [0, 1, 2]] });
    const margins = m.marginMatrix(p).margins;
    if (margins[0][2] !== 1) throw new Error('margins wrong: ' + JSON.stringify(margins));
    if (m.Rational.of(1, 3).add('1/6').toString() !== '1/2') throw new Error('rational wrong');
    const parsed = m.readFormat('# NUMBER ALTERNATIVES: 2\\n# NUMBER VOTERS: 1\\n# NUMBER UNIQUE ORDERS: 1\\n1: 1,2\\n', { format: 'soc' });
    if (parsed.data.counts[0] !== 1) throw new Error('soc parse wrong');
    return 'margins ' + JSON.stringify(margins);`,
  '@plural/lp': `
    const solution = await m.solve({
      variables: [{ name: 'x', upper: 4 }, { name: 'y', upper: 4 }],
      objective: { sense: 'max', coefficients: [['x', 1], ['y', 1]] },
      constraints: [{ coefficients: [['x', 1], ['y', 2]], upper: 6 }],
    });
    if (solution.status !== 'optimal' || Math.abs(solution.objective - 5) > 1e-9) throw new Error('lp wrong: ' + JSON.stringify(solution));
    return 'objective ' + solution.objective + ' by ' + solution.backend;`,
  '@plural/voting': `
    const profile = { kind: 'anonymous', candidates: ['a', 'b', 'c'], ballots: [[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 2, 1]], counts: [3, 2, 2, 1] };
    const winners = m.votingMethod('schulze')(profile).winners;
    if (JSON.stringify(winners) !== '[0]') throw new Error('schulze wrong: ' + JSON.stringify(winners));
    return 'schulze winners ' + JSON.stringify(winners) + ' of ' + m.votingMethods.length + ' rules';`,
  '@plural/facility-location': `
    const up = m.uniformPhantom([0, 0, 1]);
    if (up.kind !== 'location' || up.location.toString() !== '1/3') throw new Error('uniform phantom wrong: ' + JSON.stringify(up));
    const sp = m.checkStrategyproofness(m.facilityMechanism('average'), [0, 0.5]);
    if (sp.holds || sp.witness.agent !== 1) throw new Error('strategyproofness check wrong: ' + JSON.stringify(sp));
    return 'uniform-phantom(0, 0, 1) = ' + up.location + ' of ' + m.allFacilityMechanisms.length + ' mechanisms, ' + m.lineAxioms.length + ' axioms';`,
  '@plural/cli': `
    let out = '';
    const io = { stdout: { write: (t) => { out += t; } }, stderr: { write: () => {} }, readStdin: async () => '# NUMBER ALTERNATIVES: 2\\n1: 1,2\\n2: 2,1\\n', cwd: process.cwd() };
    const code = await m.run(['formats', 'inspect', '-', '--format', 'soc', '--json'], io);
    if (code !== 0 || JSON.parse(out).voters !== 3) throw new Error('cli run wrong: ' + code + ' ' + out);
    return 'run(formats inspect -) ' + out.trim();`,
};

const packages = readdirSync(join(root, 'packages'))
  .map((d) => join(root, 'packages', d))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const work = mkdtempSync(join(tmpdir(), 'plural-packs-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
let failures = 0;
const report = (ok, what, detail = '') => {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const files = {};
  for (const { dir, pkg } of packages) {
    const out = run('npx', [...pnpm, 'pack', '--pack-destination', tarballs], dir).trim().split('\n').pop();
    files[pkg.name] = out.startsWith('/') ? out : join(tarballs, out.split('/').pop());
    report(existsSync(files[pkg.name]), `pack ${pkg.name}`, files[pkg.name].split('/').pop());
  }

  // The workspace packages a package needs, transitively (they are not on the registry yet, so their
  // tarballs are installed beside it); everything else comes from the registry as a user would get it.
  const byName = Object.fromEntries(packages.map((p) => [p.pkg.name, p.pkg]));
  const closure = (name, seen = new Set()) => {
    if (seen.has(name)) return seen;
    seen.add(name);
    for (const dep of Object.keys(byName[name]?.dependencies ?? {})) if (byName[dep]) closure(dep, seen);
    return seen;
  };

  const projects = {};
  for (const { pkg } of packages) {
    // One empty npm project per package: only its own tarball and its workspace dependencies', so a
    // dependency it uses but does not declare is caught here.
    const project = join(work, `consumer-${pkg.name.replace(/[@/]/g, '_')}`);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const needed = [...closure(pkg.name)].map((name) => files[name]);
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...needed], project);
    report(true, `npm install ${pkg.name} alone into an empty project`, [...closure(pkg.name)].join(' + '));
    projects[pkg.name] = project;
  }

  for (const { pkg } of packages) {
    const project = projects[pkg.name];
    const body = smoke[pkg.name];
    if (!body) {
      report(false, `smoke ${pkg.name}`, 'no smoke check defined in scripts/check-packs.mjs');
      continue;
    }
    const esm = `const m = await import(${JSON.stringify(pkg.name)}); const f = async () => { ${body} }; console.log(await f());`;
    const cjs = `const m = require(${JSON.stringify(pkg.name)}); (async () => { ${body} })().then((r) => console.log(r), (e) => { console.error(e); process.exit(1); });`;
    for (const [mode, args] of [['import', ['--input-type=module', '-e', esm]], ['require', ['-e', cjs]]]) {
      try {
        report(true, `${mode} ${pkg.name}`, run('node', args, project).trim());
      } catch (error) {
        report(false, `${mode} ${pkg.name}`, String(error.stderr || error.message).split('\n').slice(0, 6).join(' | '));
      }
    }
    for (const [tool, args] of [['publint', ['publint', '--strict', files[pkg.name]]], ['attw', ['attw', '--format', 'ascii', files[pkg.name]]]]) {
      try {
        run('npx', args, root);
        report(true, `${tool} ${pkg.name}`);
      } catch (error) {
        report(false, `${tool} ${pkg.name}`, String(error.stdout || '') + String(error.stderr || error.message));
      }
    }
  }
  for (const { pkg } of packages.filter((p) => p.pkg.bin)) {
    const project = projects[pkg.name];
    try {
      report(true, 'bin plural --version', run(join(project, 'node_modules', '.bin', 'plural'), ['--version'], project).trim());
    } catch (error) {
      report(false, 'bin plural --version', String(error.stderr || error.message));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures === 0 ? 'pack check: all packages pack, install alone and run' : `pack check: ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
