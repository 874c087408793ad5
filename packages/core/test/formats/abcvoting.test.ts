import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError, UnsupportedFormatError, ValidationError, anonymousProfile, approvalProfile } from '../../src/index.js';
import {
  abcInstance,
  abcvotingFormat,
  detectFormat,
  readAbcYaml,
  summarizeData,
  writeAbcYaml,
  type AbcInstance,
} from '../../src/formats/index.js';
import { resolvePlainScalar, simpleYamlTree } from '../../src/formats/abcvoting/simple-yaml.js';
import { yamlTree } from '../../src/formats/abcvoting/yaml-tree.js';
import {
  corpora,
  corpusFiles,
  describeCorpus,
  expectParseErrorAt,
  expectPluralError,
  expectRoundTrip,
  expectSameData,
  ownFixture,
  ownFixtures,
  readFile,
} from './conformance-helpers.js';
import { corpusSeeds, escaped, fixtureSeeds, mutatedSeed } from './fuzz-inputs.js';

const read = (text: string) => () => readAbcYaml(text, { source: 'x.abc.yaml' });

describe('abcvoting .abc.yaml (hand-written fixtures)', () => {
  it('reads weights, sets written as {…}, and compute entries with their options in order', () => {
    const inst = readAbcYaml(ownFixture('abcvoting/committee.abc.yaml'), { source: 'committee.abc.yaml' });
    expect(inst.kind).toBe('abc');
    expect(inst.description).toBe('hand-written instance: weights, sets and compute entries');
    expect(inst.profile.candidates).toEqual([0, 1, 2, 3, 4]);
    expect(inst.profile.ballots).toEqual([[0, 1], [2, 3], [], [0, 1, 2, 3, 4], [4]]);
    expect(inst.profile.counts).toEqual([2, 1, 1.5, 1, 3]);
    expect(inst.committeeSize).toBe(2);
    expect(inst.compute).toEqual([
      { ruleId: 'av', result: [[0, 4], [1, 4]], resolute: false, options: [] },
      { ruleId: 'pav', result: null, resolute: true, options: [['algorithm', 'brute-force']] },
      { ruleId: 'seqphragmen', options: [['max_num_of_committees', 3], ['completion', null]] },
    ]);
    expect(Object.isFrozen(inst.compute[1]!.options[0])).toBe(true);
    expect(summarizeData(inst)).toEqual({ voters: 8.5, candidates: 5, unique: 5, complete: false, strict: true, committeeSize: 2 });
  });

  it('a profile alone: num_cand is the largest candidate + 1, sets are sorted, weights are 1', () => {
    const inst = readAbcYaml(ownFixture('abcvoting/minimal.abc.yaml'));
    expect(inst.profile.candidates).toEqual([0, 1, 2]);
    expect(inst.profile.ballots).toEqual([[0, 2], [1], [], [0, 2]]);
    expect(inst.profile.counts).toEqual([1, 1, 1, 1]);
    expect(inst.committeeSize).toBeUndefined();
    expect(inst.description).toBeUndefined();
    expect(inst.compute).toEqual([]);
    expect(writeAbcYaml(inst)).toBe('profile: [[0, 2], [1], [], [0, 2]]\nnum_cand: 3\n');
  });

  it("abcvoting's long-line layout: flow lists wrapped over lines, a folded quoted description, comments, a null result", () => {
    const text = ownFixture('abcvoting/wrapped.abc.yaml');
    const inst = readAbcYaml(text);
    expect(inst.description).toBe(
      "profile written by hand: {'id': 'ring', 'setsize': 3}, num_voters=6, num_cand=6, every candidate approved by three voters",
    );
    expect(inst.profile.ballots).toEqual([[0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 5], [0, 4, 5], [0, 1, 5]]);
    expect(inst.compute[0]!.result).toHaveLength(20);
    expect(inst.compute[0]!.result![19]).toEqual([3, 4, 5]);
    expect(inst.compute[1]).toEqual({ ruleId: 'seqphragmen', result: null, resolute: true, options: [['algorithm', 'float-fractions']] });
    expect(simpleYamlTree(text), 'this layout takes the fast reader').toBeDefined();
    expect(simpleYamlTree(text)).toEqual(yamlTree(text, undefined));
  });

  it('full YAML: a directive, block lists, an anchor and alias, a !!set, single quotes, comments, a nested option', () => {
    const text = ownFixture('abcvoting/block-style.abc.yaml');
    expect(simpleYamlTree(text), 'outside the fast subset: read by the yaml package').toBeUndefined();
    const inst = readAbcYaml(text);
    expect(inst.description).toBe('block style, anchors, tags and comments');
    expect(inst.profile.ballots).toEqual([[0, 1], [1, 2], [0, 2], [0, 2], []]);
    expect(inst.profile.counts).toEqual([1, 2, 0.5, 1, 1]);
    expect(inst.committeeSize).toBe(1);
    expect(inst.compute).toEqual([
      { ruleId: 'sav', resolute: true, result: [[0]], options: [['settings', { algorithm: 'standard', tiebreak: ['lexicographic', 16] }]] },
    ]);
  });

  it('every own fixture round-trips, byte-stable after one write; the writer output takes the fast reader', () => {
    for (const [name, text] of ownFixtures('abcvoting')) {
      const data = expectRoundTrip(abcvotingFormat, text, name) as AbcInstance;
      const written = writeAbcYaml(data);
      expect(simpleYamlTree(written), name).toBeDefined();
    }
  });

  it('accepts CRLF line breaks and a byte-order mark', () => {
    const text = ownFixture('abcvoting/wrapped.abc.yaml');
    expect(readAbcYaml(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual(readAbcYaml(text));
  });

  it('is the registered format of .abc.yaml files; writes approval profiles as instances', () => {
    expect(detectFormat('data/test6.abc.yaml')).toBe(abcvotingFormat);
    expect(abcvotingFormat.kinds).toEqual(['abc', 'approval']);
    const text = abcvotingFormat.write!(approvalProfile({ candidates: ['x', 'y', 'z'], ballots: [[0, 2], [1]], counts: [1, 2.5] }));
    expect(text).toBe('profile: [[0, 2], [1]]\nvoter_weights: [1, 2.5]\nnum_cand: 3\n');
    expectPluralError(() => writeAbcYaml(anonymousProfile({ candidates: 2, ballots: [[0, 1]] }) as never), UnsupportedFormatError, /not anonymous data/);
  });

  it('writes strings that are not plain words quoted, and options holding lists and maps in flow style', () => {
    const inst = abcInstance({
      profile: { candidates: 2, ballots: [[0], [1]] },
      description: 'line one\nline two: "quoted" # not a comment',
      compute: [
        { ruleId: 'equal-shares', options: [['completion', 'seqphragmen'], ['x: y', [1, 'two', { a: null }]], ['odd', 'tab\there\u0085']] },
        { ruleId: 'true', options: [['n', -0], ['inf', -Infinity], ['nan', NaN]] },
      ],
    });
    const text = writeAbcYaml(inst);
    expect(text).toContain('description: "line one\\nline two: \\"quoted\\" # not a comment"\n');
    expect(text).toContain('  completion: seqphragmen\n  "x: y": [1, two, {a: null}]\n');
    expect(text).toContain('- rule_id: "true"\n  n: -0\n  inf: -.inf\n  nan: .nan\n');
    expect(readAbcYaml(text)).toEqual(inst);
    expect(Object.is(readAbcYaml(text).compute[1]!.options[0]![1], -0)).toBe(true);
  });

  it('property: random instances round-trip exactly, through the fast reader', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
    const value: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true }), word, fc.string({ maxLength: 6 }));
    const instances = fc.integer({ min: 0, max: 7 }).chain((m) =>
      fc.record({
        m: fc.constant(m),
        ballots: fc.array(fc.subarray(Array.from({ length: m }, (_, i) => i)), { maxLength: 8 }),
        weights: fc.option(fc.array(fc.oneof(fc.integer({ min: 1, max: 9 }), fc.double({ min: 0.01, max: 100, noNaN: true })), { minLength: 8, maxLength: 8 })),
        committeeSize: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        description: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        compute: fc.array(
          fc.record({
            ruleId: word,
            result: fc.option(fc.array(fc.subarray(Array.from({ length: m }, (_, i) => i)), { maxLength: 3 }), { nil: undefined }),
            resolute: fc.option(fc.boolean(), { nil: undefined }),
            options: fc.uniqueArray(fc.tuple(word.filter((k) => !['rule_id', 'result', 'resolute'].includes(k)), value), { maxLength: 3, selector: (o) => o[0] }),
          }),
          { maxLength: 3 },
        ),
      }),
    );
    fc.assert(
      fc.property(instances, ({ m, ballots, weights, committeeSize, description, compute }) => {
        const inst = abcInstance({
          profile: { candidates: m, ballots, ...(weights === null ? {} : { counts: weights.slice(0, ballots.length) }) },
          ...(committeeSize === undefined ? {} : { committeeSize }),
          ...(description === undefined ? {} : { description }),
          compute: compute.map((e) => ({
            ruleId: e.ruleId,
            ...(e.result === undefined ? {} : { result: e.result }),
            ...(e.resolute === undefined ? {} : { resolute: e.resolute }),
            options: e.options as [string, null][],
          })),
        });
        const text = writeAbcYaml(inst);
        expect(readAbcYaml(text)).toEqual(inst);
        if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/.test(text)) expect(simpleYamlTree(text), text).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('abcvoting .abc.yaml: malformations are ParseErrors naming the line, the field and the fix', () => {
  it('a missing profile, a key abcvoting does not define, text that is not a mapping', () => {
    expect(expectParseErrorAt(read('num_cand: 3\ncommitteesize: 1\n'), 'x.abc.yaml:1', /the instance has no profile/).fix).toMatch(/Add `profile:`/);
    expect(expectParseErrorAt(read('profile: [[0]]\nnum_voters: 3\n'), 'x.abc.yaml:2', /key "num_voters" is not an abcvoting instance key/).fix).toMatch(/Use only profile, num_cand/);
    expectParseErrorAt(read('[[0], [1]]\n'), 'x.abc.yaml:1', /expected a mapping with the keys profile.*got a list/);
    expectParseErrorAt(read(''), 'x.abc.yaml:1', /expected a mapping.*got nothing/);
    expectParseErrorAt(read('profile: 3\n'), 'x.abc.yaml:1', /profile must be a list of approval sets, got 3/);
  });

  it('candidates outside 0…num_cand−1, repeated, negative or not numbers', () => {
    expectParseErrorAt(read('profile: [[0], [1, 3]]\nnum_cand: 3\n'), 'x.abc.yaml:1', /candidate 3 in the approval set of voter 1 is not one of the candidates 0…2 \(num_cand is 3\)/);
    expectParseErrorAt(read('profile:\n- [0]\n- [1, 1]\n'), 'x.abc.yaml:3', /candidate 1 appears twice in the approval set of voter 1/);
    expectParseErrorAt(read('profile: [[0, -1]]\n'), 'x.abc.yaml:1', /a candidate in the approval set of voter 0 must be a whole number ≥ 0, got -1/);
    expectParseErrorAt(read('profile: [[0, b]]\n'), 'x.abc.yaml:1', /got "b"/);
    expectParseErrorAt(read('profile: [[0, 1.5]]\n'), 'x.abc.yaml:1', /got 1.5/);
    expectParseErrorAt(read('profile: [{0: 1}]\n'), 'x.abc.yaml:1', /a mapping with values; a set \{a, b\} has keys only/);
    expectParseErrorAt(read('profile: [[0]]\nnum_cand: 1000001\n'), 'x.abc.yaml:2', /more than 1000000 candidates/);
    expectParseErrorAt(read('profile: [[0]]\nnum_cand: six\n'), 'x.abc.yaml:2', /num_cand must be a whole number ≥ 0, got "six"/);
  });

  it('voter_weights: one positive finite number per voter', () => {
    const e = expectParseErrorAt(read('profile: [[0], [1]]\nvoter_weights: [1]\n'), 'x.abc.yaml:2', /voter_weights has 1 entries, but the profile has 2 voters/);
    expect(e.fix).toMatch(/one weight per approval set/);
    expectParseErrorAt(read('profile: [[0], [1]]\nvoter_weights: [1, 0]\n'), 'x.abc.yaml:2', /the weight of voter 1 must be a positive number, got 0/);
    expectParseErrorAt(read('profile: [[0]]\nvoter_weights: [.nan]\n'), 'x.abc.yaml:2', /got NaN/);
    expectParseErrorAt(read('profile: [[0]]\nvoter_weights: [1e309]\n'), 'x.abc.yaml:2', /got Infinity/);
    expectParseErrorAt(read('profile: [[0]]\nvoter_weights: 2\n'), 'x.abc.yaml:2', /voter_weights must be a list of positive numbers/);
  });

  it('committeesize, description, compute entries, results and resolute', () => {
    expectParseErrorAt(read('profile: [[0]]\ncommitteesize: 0\n'), 'x.abc.yaml:2', /committeesize must be a whole number ≥ 1, got 0/);
    expectParseErrorAt(read('profile: [[0]]\ndescription: [a]\n'), 'x.abc.yaml:2', /description must be text, got a list/);
    expectParseErrorAt(read('profile: [[0]]\ncompute: pav\n'), 'x.abc.yaml:2', /compute must be a list of entries/);
    expectParseErrorAt(read('profile: [[0]]\ncompute:\n- pav\n'), 'x.abc.yaml:3', /compute entry 0 must be a mapping with a rule_id/);
    expect(expectParseErrorAt(read('profile: [[0]]\ncompute:\n- rule_id: av\n- resolute: true\n'), 'x.abc.yaml:4', /compute entry 1 has no rule_id/).fix).toMatch(/rule_id:/);
    expectParseErrorAt(read('profile: [[0]]\ncompute:\n- rule_id: 3\n'), 'x.abc.yaml:3', /rule_id must be a rule name, got 3/);
    expectParseErrorAt(read('profile: [[0]]\ncompute:\n- rule_id: av\n  result: [[1]]\n'), 'x.abc.yaml:4', /candidate 1 in committee 0 of compute entry 0 is not one of the candidates 0…0/);
    expectParseErrorAt(read('profile: [[0]]\ncompute:\n- rule_id: av\n  result: 0\n'), 'x.abc.yaml:4', /result must be a list of committees or null/);
    expectParseErrorAt(read('profile: [[0]]\ncompute:\n- rule_id: av\n  resolute: yes\n'), 'x.abc.yaml:4', /resolute must be true or false, got "yes"/);
  });

  it('YAML syntax errors, duplicate keys, aliases without anchors', () => {
    expect(expectParseErrorAt(read('profile: [[0, 1]\nnum_cand: 2\n'), 'x.abc.yaml:2', /YAML syntax error/).fix).toMatch(/Fix the YAML syntax/);
    expectParseErrorAt(read('profile: [[0]]\nprofile: [[1]]\n'), 'x.abc.yaml:2', /YAML syntax error: Map keys must be unique/);
    expectParseErrorAt(read('profile: [*nowhere]\n'), 'x.abc.yaml:1', /YAML syntax error.*nowhere|names no anchor/);
  });

  it('regression (fuzz): a candidate written -0 is candidate 0, as YAML reads -0 as a number', () => {
    // minimal input: "profile: [[-0]]" — the reader kept −0, the writer wrote 0, and reading back differed
    const inst = readAbcYaml('profile: [[-0, 1]]\n');
    expect(Object.is(inst.profile.ballots[0]![0], 0)).toBe(true);
    expect(readAbcYaml(writeAbcYaml(inst))).toEqual(inst);
  });

  it('regression: aliases that expand exponentially ("billion laughs") are refused at once, not expanded', () => {
    // 378 characters expanding to 10⁷ values: the reader used to walk them all (26 s), now refuses the file
    let text = 'profile: []\ncompute:\n- rule_id: x\n  a0: &a0 [1,1,1,1,1,1,1,1,1,1]\n';
    for (let i = 1; i < 7; i++) text += `  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
    const started = performance.now();
    expectParseErrorAt(read(text), 'x.abc.yaml:4', /aliases expand the document to more than \d+ values/);
    expect(performance.now() - started).toBeLessThan(2000);
    expectParseErrorAt(read('profile: &a [*a]\n'), 'x.abc.yaml:1', /nested more than 48 levels deep/);
  });

  it('what is not text is a ValidationError', () => {
    expectPluralError(() => readAbcYaml(undefined as unknown as string), ValidationError, /as a string/);
  });
});

describe('abcvoting: the fast reader gives what the yaml package gives, or leaves the text to it', () => {
  it('resolves plain scalars as the YAML 1.2 core schema does', () => {
    const cases: [string, unknown][] = [
      ['', null], ['~', null], ['Null', null], ['true', true], ['FALSE', false], ['yes', 'yes'], ['0o17', 15], ['0x1F', 31], ['+3', 3],
      ['-0', -0], ['007', 7], ['1_000', '1_000'], ['.5', 0.5], ['1.', 1], ['1e3', 1000], ['1e309', Infinity], ['-.inf', -Infinity], ['.NaN', NaN],
      ['NaN', 'NaN'], ['pav', 'pav'],
    ];
    for (const [text, value] of cases) expect(resolvePlainScalar(text), text).toEqual(value);
    for (const [text] of cases) {
      const doc = `x: ${text}\n`;
      expect(simpleYamlTree(doc), doc).toEqual(yamlTree(doc, undefined));
    }
  });

  it('leaves what it does not know to the yaml package: anchors, tags, comments after values, tabs, nested blocks', () => {
    for (const text of ['a: &x 1\n', 'a: !!str 1\n', 'a: 1 # c\n', 'a:\t1\n', 'a:\n  b: 1\n', 'a: [1,\n2]\n', 'a: "x\n\n  y"\n', 'a: >\n  x\n', 'a: |\n  x\n', ' a: 1\n', 'a: 1\na: 2\n', 'a: {1, 1}\n', 'a: [1,]\n', 'a: x\n  y\n']) {
      expect(simpleYamlTree(text), escaped(text)).toBeUndefined();
    }
  });

  it('property: on mutated abcvoting files, whatever the fast reader accepts, the yaml package reads to the same tree', () => {
    const seeds = [...fixtureSeeds().filter((s) => s.name.startsWith('abcvoting')), ...corpusSeeds(['.abc.yaml'], 40)];
    let fast = 0;
    fc.assert(
      fc.property(mutatedSeed(seeds, seeds), (text) => {
        const tree = simpleYamlTree(text);
        if (tree === undefined) return;
        fast++;
        let full: unknown;
        try {
          full = yamlTree(text, undefined);
        } catch (error) {
          throw new Error(`the fast reader accepts ${escaped(text)}, the yaml package refuses it: ${String(error)}`);
        }
        expect(tree, escaped(text)).toEqual(full);
      }),
      { numRuns: 10_000, seed: 7 },
    );
    expect(fast, 'enough inputs took the fast reader for the comparison to mean something').toBeGreaterThan(500);
  });
});

describeCorpus('abcvoting', 'abcvoting corpus (/work/shared/corpora/abcvoting)', () => {
  const instances = corpusFiles('abcvoting/tests/test_instances', ['.abc.yaml']);
  const benchmark = corpusFiles('abcvoting/benchmark/instances', ['.abc.yaml']);
  const data = corpusFiles('abcvoting/tests/data', ['.abc.yaml']);
  const failing = corpusFiles('abcvoting/tests/data-fail', ['.abc.yaml']);
  const at = (relative: string) => readAbcYaml(readFile(path.join(corpora, 'abcvoting', relative)), { source: relative });

  it('has the files the README lists: 480 test instances, 1,000 benchmark instances, 3 data files, 3 malformed', () => {
    expect(instances).toHaveLength(480);
    expect(benchmark).toHaveLength(1000);
    expect(data.map((f) => path.basename(f))).toEqual(['test6.abc.yaml', 'test7.abc.yaml', 'test8.abc.yaml']);
    expect(failing.map((f) => path.basename(f))).toEqual(['test1.abc.yaml', 'test2.abc.yaml', 'test3.abc.yaml']);
  });

  it('every file reads, writes back, and reads again to the same instance (byte-stable after one write)', () => {
    let entries = 0;
    let unknownResults = 0;
    for (const file of [...data, ...instances, ...benchmark]) {
      const name = path.relative(corpora, file);
      const inst = readAbcYaml(readFile(file), { source: name });
      const written = writeAbcYaml(inst);
      const again = readAbcYaml(written, { source: `${name} (rewritten)` });
      expectSameData(again, inst, name);
      expect(writeAbcYaml(again), name).toBe(written);
      if (file.includes('test_instances')) {
        entries += inst.compute.length;
        unknownResults += inst.compute.filter((e) => e.result === null).length;
        expect(inst.compute.every((e) => e.result !== undefined && e.resolute !== undefined), name).toBe(true);
      }
      if (file.includes('benchmark')) expect(inst.compute, name).toEqual([]);
    }
    // README: "480 files, 25,440 rule cases"; "1,008 entries have result: null"
    expect(entries).toBe(25_440);
    expect(unknownResults).toBe(1008);
  });

  it('tests/data: test6 (compute options), test7 (the only voter_weights), test8 (sets, num_cand inferred)', () => {
    const t6 = at('tests/data/test6.abc.yaml');
    expect(t6.profile.candidates).toHaveLength(6);
    expect(t6.committeeSize).toBe(3);
    expect(t6.profile.ballots).toHaveLength(8);
    expect(t6.profile.counts.every((c) => c === 1)).toBe(true);
    expect(t6.compute).toEqual([
      { ruleId: 'pav', resolute: true, options: [] },
      { ruleId: 'seqphragmen', options: [['algorithm', 'float-fractions']] },
      { ruleId: 'equal-shares', options: [['algorithm', 'standard-fractions'], ['completion', null]] },
    ]);
    const t7 = at('tests/data/test7.abc.yaml');
    expect(t7.description).toBe('just a profile');
    expect(t7.profile.counts).toEqual([1.3, 1, 1, 1, 1, 1, 2]);
    expect(t7.committeeSize).toBeUndefined();
    expect(t7.compute).toEqual([]);
    expect(writeAbcYaml(t7)).toContain('voter_weights: [1.3, 1, 1, 1, 1, 1, 2]\n');
    const t8 = at('tests/data/test8.abc.yaml');
    expect(t8.profile.candidates).toEqual([0, 1, 2, 3, 4, 5]);
    expect(t8.profile.ballots[5]).toEqual([1, 3]);
    expect(t8.committeeSize).toBe(2);
    expect(t8.compute).toEqual([{ ruleId: 'av', resolute: false, result: [[1, 3]], options: [['max_num_of_committees', 10]] }]);
  });

  it('a test instance and a benchmark instance (folded description with escaped line breaks)', () => {
    const l0 = at('tests/test_instances/instanceL0000.abc.yaml');
    expect(l0.description).toBe("profile generated via prob_distribution={'id': 'IC fixed-size', 'setsize': 2}, num_voters=8, num_cand=6");
    expect(summarizeData(l0)).toMatchObject({ voters: 8, candidates: 6, committeeSize: 3 });
    expect(l0.compute).toHaveLength(53);
    expect(l0.compute[0]).toEqual({ ruleId: 'av', result: [[1, 2, 3], [1, 3, 4]], resolute: false, options: [] });
    const b0 = at('benchmark/instances/instance0000.abc.yaml');
    expect(b0.description).toBe('Benchmark instance 0000\nDistribution: IC fixed-size (setsize=4)\nVoters: 9, Candidates: 5, Committee size: 3');
    expect(summarizeData(b0)).toMatchObject({ voters: 9, candidates: 5, committeeSize: 3 });
    const b999 = at('benchmark/instances/instance0999.abc.yaml');
    expect(summarizeData(b999)).toMatchObject({ voters: 5, candidates: 100, committeeSize: 32 });
    expect(b999.profile.ballots[0]!.slice(0, 4)).toEqual([5, 8, 13, 14]); // the file lists 67, 5, 8, …: sets are sorted
  });

  it('the fast reader reads every corpus file, to the tree the yaml package gives (sampled)', () => {
    const all = [...data, ...failing, ...instances, ...benchmark];
    all.forEach((file, i) => {
      const text = readFile(file);
      const tree = simpleYamlTree(text);
      expect(tree, file).toBeDefined();
      if (i % 40 === 0 || file.includes('/data')) expect(tree, file).toEqual(yamlTree(text, undefined));
    });
  });

  it('tests/data-fail: the three malformed YAML files are ParseErrors at the offending line', () => {
    const fail = (name: string) => () => readAbcYaml(readFile(path.join(corpora, 'abcvoting/tests/data-fail', name)), { source: name });
    expectParseErrorAt(fail('test1.abc.yaml'), 'test1.abc.yaml:3', /voter_weights has 6 entries, but the profile has 7 voters/);
    expectParseErrorAt(fail('test2.abc.yaml'), 'test2.abc.yaml:4', /compute entry 0 has no rule_id/);
    expectParseErrorAt(fail('test3.abc.yaml'), 'test3.abc.yaml:3', /key "num_voters" is not an abcvoting instance key/);
    for (const name of ['test1.abc.yaml', 'test2.abc.yaml', 'test3.abc.yaml']) expect(fail(name)).toThrow(ParseError);
  });
});
