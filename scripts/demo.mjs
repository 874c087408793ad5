#!/usr/bin/env node
// The main job on bundled data: the `plural` CLI inspects and converts a bundled PrefLib file,
// then a small end-to-end run across the packages: core parses the file and builds the margin matrix,
// lp solves the margin game (its optimal strategy is the maximal lottery) with HiGHS and certifies it;
// voting runs every registered rule; facility-location places a facility with every line mechanism.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = await import(join(root, 'packages/core/dist/index.js'));
const lp = await import(join(root, 'packages/lp/dist/index.js'));
const cli = join(root, 'packages/cli/dist/cli.js');
const file = join(root, 'packages/cli/data/tennessee.soc');
const plural = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

console.log('$ plural formats inspect packages/cli/data/tennessee.soc');
console.log(plural('formats', 'inspect', file));

const work = mkdtempSync(join(tmpdir(), 'plural-demo-'));
try {
  const out = join(work, 'tennessee.json');
  console.log('$ plural formats convert packages/cli/data/tennessee.soc tennessee.json --json');
  console.log(plural('formats', 'convert', file, out, '--json').trim());
  console.log(readFileSync(out, 'utf8').slice(0, 400));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const { data: profile } = core.readFormat(readFileSync(file, 'utf8'), { fileName: 'tennessee.soc' });
const names = profile.metadata?.candidateNames ?? profile.candidates.map(String);
const { margins } = core.marginMatrix(profile);
console.log('\nMargin matrix (row beats column by):');
const width = Math.max(...names.map((n) => n.length)) + 2;
console.log(''.padEnd(width) + names.map((n) => n.padStart(width)).join(''));
margins.forEach((row, a) => console.log(names[a].padEnd(width) + row.map((v) => String(v).padStart(width)).join('')));

const m = names.length;
const solution = await lp.solve({
  variables: [...names.map((_, a) => ({ name: `p${a}` })), { name: 'v', lower: -Infinity }],
  objective: { sense: 'max', coefficients: [['v', 1]] },
  constraints: [
    { name: 'probabilities sum to 1', coefficients: names.map((_, a) => [`p${a}`, 1]), lower: 1, upper: 1 },
    ...names.map((_, b) => ({
      name: `against ${names[b]}`,
      coefficients: [...names.map((_, a) => [`p${a}`, margins[a][b]]).filter(([, c]) => c !== 0), ['v', -1]],
      lower: 0,
    })),
  ],
});
console.log(`\nMargin game solved by ${solution.backend}: status ${solution.status}, value ${solution.objective.toFixed(6)}`);
console.log(`certificate: ${solution.certificate.method}, primal residual ${solution.certificate.primalResidual.toExponential(2)}` +
  (solution.certificate.dualityGap === undefined ? '' : `, duality gap ${solution.certificate.dualityGap.toExponential(2)}`));
console.log('Maximal lottery:');
for (let a = 0; a < m; a++) {
  const p = solution.valuesByName[`p${a}`];
  if (p > 1e-9) console.log(`  ${names[a]}: ${p.toFixed(6)}`);
}

// Voting: the same file through the `plural vote` command, then every registered single-winner rule.
console.log('\n$ plural vote packages/cli/data/tennessee.soc --rule irv --explain');
console.log(plural('vote', file, '--rule', 'irv', '--explain'));
console.log('$ plural vote packages/cli/data/tennessee.soc --rule maximal-lottery');
console.log(plural('vote', file, '--rule', 'maximal-lottery'));

const voting = await import(join(root, 'packages/voting/dist/index.js'));
const e = voting.election(profile);
const byWinner = new Map();
for (const method of voting.votingMethods) {
  const options = method.info.id === 'positional-scoring-rule' ? { vector: [3, 2, 1, 0] } : {};
  const winners = method(e, options).winners.map((c) => names[c]).join(' = ');
  byWinner.set(winners, [...(byWinner.get(winners) ?? []), method.info.id]);
}
console.log(`The ${voting.votingMethods.length} registered single-winner rules on the Tennessee profile, grouped by winner:`);
for (const [winners, ids] of byWinner) console.log(`  ${winners} (${ids.length}): ${ids.join(', ')}`);

// Facility location: three agents on [0, 1], through `plural locate`, then every registered line mechanism.
console.log('\n$ echo \'{"positions":[0,0,1]}\' | plural locate - --mechanism uniform-phantom --explain');
console.log(execFileSync(process.execPath, [cli, 'locate', '-', '--mechanism', 'uniform-phantom', '--explain'], { input: '{"positions":[0,0,1]}', encoding: 'utf8' }));
const facility = await import(join(root, 'packages/facility-location/dist/index.js'));
const reports = ['0.1', '0.4', '0.8'];
/** An exact value as it reads best: the fraction, or its decimal when the fraction is long (a Nash bracket). */
const short = (r) => (String(r).length > 16 ? `≈ ${r.toNumber().toFixed(4)}` : String(r));
console.log(`The ${facility.facilityMechanisms.length} registered line mechanisms on the reports ${reports.join(', ')}:`);
for (const mechanism of facility.facilityMechanisms) {
  const outcome = mechanism(reports);
  const where = outcome.kind === 'location'
    ? short(outcome.location)
    : outcome.lottery.entries.map((e) => `${e.outcome} w.p. ${e.probability}`).join(', ');
  const sp = facility.checkStrategyproofness(mechanism, reports);
  const lie = sp.holds ? 'no profitable misreport found' : `agent ${sp.witness.agent} gains by reporting ${short(sp.witness.misreport)} (cost ${short(sp.witness.truthfulCost)} → ${short(sp.witness.misreportCost)})`;
  console.log(`  ${mechanism.info.id.padEnd(22)} ${where.padEnd(46)} ${lie}`);
}
