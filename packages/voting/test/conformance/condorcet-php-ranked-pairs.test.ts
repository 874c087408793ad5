/**
 * Condorcet PHP's Ranked Pairs snapshots (../shared/corpora/condorcet-php, tests/.pest/snapshots/…/
 * RankedPairsTest/result_{1,2,8}*.snap): the majority tally of every pair (WINNING, MINORITY) in Condorcet
 * PHP's order, grouped in rounds, and the arcs it locked. The elections behind them are written out in
 * Condorcet PHP's RankedPairsTest (not copied into the corpus): the French Wikipedia example (result_1),
 * the Tennessee capital example of the English Wikipedia (result_2) and Eric Gorr's example 4 (result_8),
 * with Condorcet PHP's implicit ranking (unranked candidates tie last). We check our supports against the
 * tally, the rounds against our sort, and our rankings against the ones the locked arcs give.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCondorcetElectionFormat } from '@plural/core';
import { expect, it } from 'vitest';
import { election, rankedPairs, rankedPairsMargin, rankedPairsWinning } from '../../src/index.js';
import { corpora, describeCorpus } from '../helpers/corpora.js';

const SNAPSHOTS = 'condorcet-php/tests/.pest/snapshots/src/Algo/Methods/RankedPairs/RankedPairsTest';

interface SnapshotPair {
  readonly from: string;
  readonly to: string;
  readonly WINNING: number;
  readonly MINORITY: number;
  readonly MARGIN: number;
}
interface Snapshot {
  readonly tally: readonly (readonly SnapshotPair[])[];
  readonly arcs: readonly { readonly from: string; readonly to: string }[];
}

/** The elections of Condorcet PHP's RankedPairsTest, in CEF, with the rankings its tests assert. */
const ELECTIONS: Readonly<Record<string, { readonly cef: string; readonly ranking: readonly string[] }>> = {
  result_1: {
    cef: `#/Candidates: A ; B ; C ; D ; E
A > C > B > E * 5
A > D > E > C * 5
B > E > D > A * 8
C > A > B > E * 3
C > A > E > B * 7
C > B > A > D * 2
D > C > E > B * 7
E > B > A > D * 8
`,
    ranking: ['A', 'C', 'E', 'B', 'D'],
  },
  result_2: {
    cef: `#/Candidates: Memphis ; Nashville ; Knoxville ; Chattanooga
Memphis > Nashville > Chattanooga * 42
Nashville > Chattanooga > Knoxville * 26
Chattanooga > Knoxville > Nashville * 15
Knoxville > Chattanooga > Nashville * 17
`,
    ranking: ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis'],
  },
  result_8: {
    cef: `#/Candidates: A ; B ; C ; D
A > D > C > B * 12
B > A > C > D * 3
B > C > A > D * 25
C > B > A > D * 21
D > A > B > C * 12
D > A > C > B * 21
D > B > A > C * 6
`,
    ranking: ['B', 'A', 'D', 'C'],
  },
};

/** The ranking the locked arcs give: peel off the candidates no remaining arc points to. */
function rankingOfArcs(candidates: readonly string[], arcs: Snapshot['arcs']): string[][] {
  const tiers: string[][] = [];
  let left = [...candidates];
  let rest = [...arcs];
  while (left.length > 0) {
    const tier = left.filter((c) => !rest.some((a) => a.to === c));
    tiers.push(tier);
    left = left.filter((c) => !tier.includes(c));
    rest = rest.filter((a) => left.includes(a.from) && left.includes(a.to));
  }
  return tiers;
}

describeCorpus(SNAPSHOTS, "Condorcet PHP's Ranked Pairs snapshots", () => {
  const dir = path.join(corpora, SNAPSHOTS);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.snap')).sort();

  it('covers every snapshot file with a known election', () => {
    expect(files.length).toBe(7);
    for (const f of files) expect(Object.keys(ELECTIONS)).toContain(f.replace(/__\d+\.snap$|\.snap$/, ''));
  });

  for (const file of files) {
    const key = file.replace(/__\d+\.snap$|\.snap$/, '');
    it(`${file}: supports, rounds and the locked ranking agree`, () => {
      const snapshot = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Snapshot;
      const { cef, ranking } = ELECTIONS[key]!;
      const profile = readCondorcetElectionFormat(cef);
      const names = profile.candidates.map(String);
      const index = (name: string): number => names.indexOf(name);
      const support = election(profile).support();

      // Every majority pair of ours is in the tally with the same supports, and nothing else is.
      const tallied = snapshot.tally.flat();
      const ours: string[] = [];
      for (let a = 0; a < names.length; a++)
        for (let b = 0; b < names.length; b++)
          if (a !== b && support[a]![b]! > support[b]![a]!) ours.push(`${names[a]}>${names[b]} ${support[a]![b]}/${support[b]![a]}`);
      expect(ours.sort()).toEqual(tallied.map((p) => `${p.from}>${p.to} ${p.WINNING}/${p.MINORITY}`).sort());
      for (const p of tallied) expect(p.MARGIN).toBe(p.WINNING - p.MINORITY);

      // The rounds: decreasing winning votes, then increasing minority; pairs equal in both share a round.
      const keys = snapshot.tally.map((round) => {
        const [first] = round;
        for (const p of round) expect([p.WINNING, p.MINORITY]).toEqual([first!.WINNING, first!.MINORITY]);
        return [first!.WINNING, first!.MINORITY] as const;
      });
      for (let i = 1; i < keys.length; i++) {
        const [w0, m0] = keys[i - 1]!;
        const [w1, m1] = keys[i]!;
        expect(w0 > w1 || (w0 === w1 && m0 < m1)).toBe(true);
      }

      // Our Condorcet PHP variants rank as the locked arcs do, and as Condorcet PHP's test asserts.
      const fromArcs = rankingOfArcs(names, snapshot.arcs);
      expect(fromArcs.map((tier) => tier.join('='))).toEqual(ranking);
      for (const rule of [rankedPairsWinning, rankedPairsMargin]) {
        const r = rule(profile);
        expect(r.ranking!.map((tier) => tier.map((c) => names[c]).join('='))).toEqual(ranking);
      }
      expect(rankedPairsWinning(profile).winners).toEqual([index(ranking[0]!)]);
    });
  }

  it("result_8: Tideman's irresolute ranked pairs also lets C win (a tied round decided either way), Condorcet PHP drops the whole round", () => {
    const profile = readCondorcetElectionFormat(ELECTIONS.result_8!.cef);
    const names = profile.candidates.map(String);
    // A→C and C→B tie at margin 8; with B→A locked they close a cycle together, so each order of the tie
    // locks one of them. Locking C→B first makes C the winner; Condorcet PHP drops both and B wins.
    expect(rankedPairs(profile).winners.map((c) => names[c])).toEqual(['B', 'C']);
  });
});
