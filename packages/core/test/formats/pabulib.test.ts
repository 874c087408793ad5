import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsupportedFormatError, ValidationError } from '../../src/index.js';
import {
  pabulibFormat,
  pbInstance,
  readPabulib,
  summarizeData,
  writePabulib,
  type PBInstance,
  type PBVoteType,
} from '../../src/formats/index.js';
import {
  corpora,
  corpusFiles,
  describeCorpus,
  expectParseErrorAt,
  expectPluralError,
  expectRoundTrip,
  ownFixture,
  ownFixtures,
  readFile,
} from './conformance-helpers.js';

const TINY = 'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n1;60;Park\n2;50;Library\nVOTES\nvoter_id;vote\nv1;1,2\nv2;2\n';

describe('PabuLib .pb (hand-written fixtures)', () => {
  it('reads an approval instance: quoted names with ; and "", trimmed fields, every column kept', () => {
    const pb = readPabulib(ownFixture('pabulib/smallville-approval.pb'), { source: 'smallville.pb' });
    expect(pb.kind).toBe('pb');
    expect(pb.budget).toBe(1000.5);
    expect(pb.voteType).toBe('approval');
    expect(pb.meta[0]).toEqual(['description', 'Hand-written approval PB; three projects']);
    expect(pb.meta.map((m) => m[0])).toEqual(['description', 'country', 'unit', 'instance', 'num_projects', 'num_votes', 'budget', 'vote_type', 'rule', 'max_length']);
    expect(pb.projects).toEqual([
      { id: 'P1', cost: 600, fields: [['votes', '3'], ['name', 'Park; with benches'], ['selected', '1']] },
      { id: 'P2', cost: 400, fields: [['votes', '3'], ['name', 'The "Green" Library'], ['selected', '1']] },
      { id: 'P3', cost: 250.25, fields: [['votes', '2'], ['name', 'Bike lane'], ['selected', '0']] },
    ]);
    expect(pb.votes[2]).toEqual({ voterId: 'v3', vote: ['P2', 'P3'], fields: [['age', ''], ['sex', 'f']] });
    expect(Object.isFrozen(pb.votes[2]!.vote)).toBe(true);
    expect(summarizeData(pb)).toEqual({ voters: 5, candidates: 3, unique: 4, complete: false, strict: true, budget: 1000.5, projects: 3, voteType: 'approval' });
  });

  it('reads points of cumulative votes and the order of ordinal votes', () => {
    const cumulative = readPabulib(ownFixture('pabulib/fountains-cumulative.pb'));
    expect(cumulative.voteType).toBe('cumulative');
    expect(cumulative.votes[0]).toEqual({ voterId: 'A', vote: ['1', '3'], points: [3, 2], fields: [['district', 'north']] });
    expect(summarizeData(cumulative)).toMatchObject({ voters: 3, unique: 3, complete: false });
    const ordinal = readPabulib(ownFixture('pabulib/ranked-ordinal.pb'));
    expect(ordinal.votes.map((v) => v.vote)).toEqual([['a', 'b', 'c'], ['c', 'a'], ['d', 'c', 'b', 'a']]);
    expect(ordinal.votes[0]!.points).toBeUndefined();
    expect(summarizeData(ordinal)).toMatchObject({ voters: 3, candidates: 4, unique: 3, complete: false });
  });

  it('every own fixture round-trips, byte-stable after one write', () => {
    for (const [name, text] of ownFixtures('pabulib')) expectRoundTrip(pabulibFormat, text, name);
  });

  it('accepts CRLF, a byte-order mark, "; " spacing and META without its key;value row', () => {
    const plain = readPabulib(TINY);
    expect(readPabulib(`\uFEFF${TINY.replace(/\n/g, '\r\n')}`)).toEqual(plain);
    expect(readPabulib(TINY.replace('key;value\n', ''))).toEqual(plain);
    expect(readPabulib(TINY.replace(/;/g, '; ').replace('1, 2', '1,2'))).toEqual(plain);
    expect(readPabulib(TINY.replace('v1;1,2', 'v1; 1 , 2 '))).toEqual(plain);
  });

  it('keeps line breaks and quotes inside quoted fields, and writes them back quoted', () => {
    const text = TINY.replace('1;60;Park', '1;60;"Park\nwith ""trees""; and a pond"');
    const pb = readPabulib(text, { source: 'q.pb' });
    expect(pb.projects[0]!.fields).toEqual([['name', 'Park\nwith "trees"; and a pond']]);
    expect(pb.votes[0]!.vote).toEqual(['1', '2']);
    expectRoundTrip(pabulibFormat, text, 'q.pb');
    // the VOTES rows after the multi-line field still report their own lines
    expectParseErrorAt(() => readPabulib(`${text}v3;9\n`, { source: 'q.pb' }), 'q.pb:14', /names "9", which is not a project/);
  });
});

describe('PabuLib .pb: malformations are ParseErrors at their line', () => {
  const read = (text: string) => () => readPabulib(text, { source: 'p.pb' });
  it('budget, vote type and counts', () => {
    expectParseErrorAt(read(TINY.replace('budget;100\n', '')), 'p.pb:1', /no budget/);
    expectParseErrorAt(read(TINY.replace('budget;100', 'budget;-5')), 'p.pb:3', /non-negative number/);
    expectParseErrorAt(read(TINY.replace('budget;100', 'budget;1,5')), 'p.pb:3', /non-negative number/);
    expectParseErrorAt(read(TINY.replace('budget;100', 'budget;100\nbudget;100')), 'p.pb:4', /twice/);
    expectParseErrorAt(read(TINY.replace('vote_type;approval', 'vote_type;quadratic')), 'p.pb:4', /unknown vote_type/);
    expectParseErrorAt(read(TINY.replace('budget;100', 'budget;100\nnum_votes;3')), 'p.pb:4', /num_votes is 3.*2 votes/);
    expectParseErrorAt(read(TINY.replace('budget;100', 'budget;100\nnum_projects;1')), 'p.pb:4', /num_projects is 1/);
    expectParseErrorAt(read(TINY.replace('budget;100', 'budget;100;extra')), 'p.pb:3', /3 fields; expected key;value/);
  });
  it('projects: costs, unique ids, header, widths', () => {
    expectParseErrorAt(read(TINY.replace('1;60;Park', '1;-60;Park')), 'p.pb:7', /cost of project "1" must be a non-negative number/);
    expectParseErrorAt(read(TINY.replace('1;60;Park', '1;Infinity;Park')), 'p.pb:7', /non-negative number/);
    expectParseErrorAt(read(TINY.replace('2;50;Library', '1;50;Library')), 'p.pb:8', /listed twice \(also on line 7\)/);
    expectParseErrorAt(read(TINY.replace('project_id;cost;name', 'project_id;price;name')), 'p.pb:6', /no cost column/);
    expectParseErrorAt(read(TINY.replace('2;50;Library', '2;50')), 'p.pb:8', /2 fields, but the header has 3/);
    expectParseErrorAt(read(TINY.replace('1;60;Park', 'a,b;60;Park')), 'p.pb:7', /contains a comma/);
    expectParseErrorAt(read(TINY.replace('1;60;Park', '1;60;"Park')), 'p.pb:7', /not closed/);
    expectParseErrorAt(read(TINY.replace('1;60;Park', '1;60;"Park"x')), 'p.pb:7', /after a closing quote/);
  });
  it('votes: unique voters, known projects once, points', () => {
    expectParseErrorAt(read(TINY.replace('v2;2', 'v1;2')), 'p.pb:12', /votes twice \(also on line 11\)/);
    expectParseErrorAt(read(TINY.replace('v2;2', 'v2;3')), 'p.pb:12', /names "3", which is not a project/);
    expectParseErrorAt(read(TINY.replace('v2;2', 'v2;2,2')), 'p.pb:12', /twice/);
    expectParseErrorAt(read(TINY.replace('v2;2', 'v2;2,')), 'p.pb:12', /names "", which is not a project/);
    expectParseErrorAt(read(TINY.replace('voter_id;vote', 'voter_id;ballot')), 'p.pb:10', /no vote column/);
    const cumulative = TINY.replace('vote_type;approval', 'vote_type;cumulative').replace('voter_id;vote', 'voter_id;vote;points');
    expectParseErrorAt(read(cumulative.replace('v1;1,2', 'v1;1,2;3')), 'p.pb:11', /2 projects but gives 1 point/);
    expectParseErrorAt(read(cumulative.replace('v1;1,2', 'v1;1,2;3,-1')), 'p.pb:11', /not a non-negative number/);
    expectParseErrorAt(read(TINY.replace('vote_type;approval', 'vote_type;scoring')), 'p.pb:10', /no points column/);
  });
  it('sections: order, presence, header rows', () => {
    expectParseErrorAt(read(''), 'p.pb:1', /empty/);
    expectParseErrorAt(read(TINY.replace('META\n', '')), 'p.pb:1', /expected the section title META/);
    expectParseErrorAt(read(TINY.replace(/VOTES[\s\S]*$/, '')), 'p.pb', /no VOTES section/);
    expectParseErrorAt(read(`${TINY}PROJECTS\n`), 'p.pb:13', /unexpected section title PROJECTS/);
    expectParseErrorAt(read(TINY.replace(/VOTES[\s\S]*$/, 'VOTES\n')), 'p.pb:9', /VOTES section has no header row/);
  });
});

describe('PabuLib writer and constructor', () => {
  it('pbInstance validates and writePabulib writes what reads back', () => {
    const pb = pbInstance({ budget: 10, projects: [{ id: 'a', cost: 6 }, { id: 'b;c', cost: 5, fields: [['name', ' spaced ']] }], votes: [{ voterId: '1', vote: ['a', 'b;c'] }] });
    const text = writePabulib(pb);
    expect(text).toBe('META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost;name\na;6;\n"b;c";5;" spaced "\nVOTES\nvoter_id;vote\n1;"a,b;c"\n');
    // A column one project lacks is written as an empty cell, so it reads back as an empty field.
    const filled = pbInstance({ budget: 10, projects: [{ id: 'a', cost: 6, fields: [['name', '']] }, { id: 'b;c', cost: 5, fields: [['name', ' spaced ']] }], votes: [{ voterId: '1', vote: ['a', 'b;c'] }] });
    expect(readPabulib(text)).toEqual(filled);
    expect(writePabulib(readPabulib(text))).toBe(text);
    expectPluralError(() => pbInstance({ budget: -1, projects: [], votes: [] }), ValidationError, /non-negative/);
    expectPluralError(() => pbInstance({ budget: 1, projects: [{ id: 'a', cost: NaN }], votes: [] }), ValidationError, /finite/);
    expectPluralError(() => pbInstance({ budget: 1, projects: [{ id: 'a', cost: 1 }, { id: 'a', cost: 2 }], votes: [] }), ValidationError, /twice/);
    expectPluralError(() => pbInstance({ budget: 1, projects: [{ id: 'a', cost: 1 }], votes: [{ voterId: 'x', vote: ['b'] }] }), ValidationError, /not a project/);
    expectPluralError(() => pbInstance({ budget: 1, voteType: 'scoring', projects: [{ id: 'a', cost: 1 }], votes: [{ voterId: 'x', vote: ['a'] }] }), ValidationError, /point value/);
    expectPluralError(() => writePabulib({ kind: 'approval' } as never), UnsupportedFormatError, /participatory-budgeting instance/);
  });

  it('corrects derived META values that disagree with the instance, keeping their place', () => {
    const pb = readPabulib(TINY.replace('budget;100', 'num_votes;2\nbudget;100'));
    const edited: PBInstance = { ...pb, budget: 70, votes: pb.votes.slice(0, 1), voteType: 'approval' };
    const text = writePabulib(edited);
    expect(text.startsWith('META\nkey;value\nnum_votes;1\nbudget;70\nvote_type;approval\n')).toBe(true);
    expect(readPabulib(text).votes).toHaveLength(1);
  });

  it('property: random instances of every vote type round-trip exactly', () => {
    const text = fc.string({ maxLength: 8 });
    const id = fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() === s && s.trim() !== '');
    const instance = fc
      .record({
        voteType: fc.constantFrom<PBVoteType>('approval', 'ordinal', 'cumulative', 'scoring'),
        budget: fc.double({ min: 0, max: 1e9, noNaN: true }),
        projectIds: fc.uniqueArray(id.filter((s) => !s.includes(',')), { minLength: 1, maxLength: 6 }),
        voterIds: fc.uniqueArray(id, { maxLength: 6 }),
        meta: fc.uniqueArray(fc.tuple(id, text), { maxLength: 4, selector: (p) => p[0].toLowerCase() }),
        columns: fc.uniqueArray(id, { maxLength: 3 }),
        seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        values: fc.array(text, { minLength: 40, maxLength: 40 }),
        points: fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 40, maxLength: 40 }),
      })
      .map((r) => {
        const reservedMeta = ['budget', 'vote_type', 'num_projects', 'num_votes', 'key'];
        const meta = r.meta.filter(([k]) => !reservedMeta.includes(k.toLowerCase()));
        const projectCols = r.columns.filter((c) => !['project_id', 'cost'].includes(c.toLowerCase()));
        const voteCols = r.columns.filter((c) => !['voter_id', 'vote', 'points'].includes(c.toLowerCase()));
        let k = 0;
        const next = (): number => r.seed[k++ % r.seed.length]!;
        return pbInstance({
          meta,
          budget: r.budget,
          voteType: r.voteType,
          projects: r.projectIds.map((pid, i) => ({ id: pid, cost: (r.points[i] ?? 1) * 1000, fields: projectCols.map((c, j) => [c, r.values[i + j]!.trim()] as const) })),
          votes: r.voterIds.map((vid, i) => {
            const vote = r.projectIds.filter(() => next() % 2 === 0);
            return {
              voterId: vid,
              vote,
              ...(r.voteType === 'cumulative' || r.voteType === 'scoring' ? { points: vote.map((_, j) => r.points[j + i]!) } : {}),
              fields: voteCols.map((c, j) => [c, r.values[j + i]!.trim()] as const),
            };
          }),
        });
      });
    fc.assert(
      fc.property(instance, (pb) => {
        const text = writePabulib(pb);
        expect(readPabulib(text)).toEqual(pb);
      }),
      { numRuns: 300 },
    );
  });
});

describeCorpus('pabutools/tests/pabulib', 'PabuLib corpora: every .pb parses, round-trips, and matches known facts', () => {
  const files = [
    ...corpusFiles('pabutools/tests/pabulib', ['.pb']),
    ...corpusFiles('equalshares-compute-tool/pb', ['.pb']),
    ...corpusFiles('abcvoting/tests/data', ['.pb']),
  ];
  it('finds the 277 corpus files', () => {
    expect(files.length).toBe(277);
  });
  it('every file round-trips to the same instance', () => {
    const types: Record<string, number> = {};
    for (const file of files) {
      const name = path.relative(corpora, file);
      const pb = expectRoundTrip(pabulibFormat, readFile(file), name) as PBInstance;
      types[pb.voteType] = (types[pb.voteType] ?? 0) + 1;
      const declared = pb.meta.find(([k]) => k === 'num_votes');
      expect(Number(declared?.[1]), name).toBe(pb.votes.length);
    }
    expect(types).toEqual({ approval: 233, cumulative: 38, ordinal: 6 });
  });
  it('Łódź 2020 Mileszki: 9 projects, budget 417000, 955 approval votes', () => {
    const pb = readPabulib(readFile(path.join(corpora, 'abcvoting/tests/data/poland_lodz_2020_mileszki.pb')));
    expect(summarizeData(pb)).toMatchObject({ voters: 955, candidates: 9, budget: 417000, voteType: 'approval' });
    expect(pb.projects[0]).toMatchObject({ id: 'W030MI', cost: 417000 });
    expect(pb.votes[0]).toMatchObject({ voterId: '1400796904', vote: ['W047MI', 'W128MI'] });
  });
  it('Wieliczka 2023 green budget (CRLF): 64 projects, 6586 votes, 30 selected', () => {
    const pb = readPabulib(readFile(path.join(corpora, 'equalshares-compute-tool/pb/poland_wieliczka_2023_green-budget.pb')));
    expect(summarizeData(pb)).toMatchObject({ voters: 6586, candidates: 64, budget: 1000000 });
    expect(pb.projects.filter((p) => p.fields.some(([c, v]) => c === 'selected' && v === '1'))).toHaveLength(30);
  });
  it('Toulouse 2019: cumulative votes with points', () => {
    const pb = readPabulib(readFile(path.join(corpora, 'pabutools/tests/pabulib/All/france_toulouse_2019_.pb')));
    expect(pb.voteType).toBe('cumulative');
    expect(pb.votes[0]).toMatchObject({ voterId: '0', vote: ['15', '22', '25', '10'], points: [2, 2, 2, 1] });
    expect(summarizeData(pb)).toMatchObject({ voters: 1494, candidates: 30 });
  });
});
