import { expect, it } from 'vitest';
import { election, type Election } from '../../src/index.js';
import { copelandRanking, rankedPairsRanking, schulzeRanking } from '../../src/welfare/index.js';
import { labelsOf, tidemanElections, tidemanProfile, tidemanRanking, type TidemanMode } from '../conformance/tideman.js';
import { describeCorpus } from '../helpers/corpora.js';

/**
 * Whole rankings of the SWFs against Condorcet PHP's rankings on the Tideman collection, in both modes
 * (implicit = unranked at the bottom, our default; explicit = unranked not compared, `'ignore'`).
 */
const modes: readonly [TidemanMode, Election['unranked']][] = [
  ['implicit', 'bottom'],
  ['explicit', 'ignore'],
];

/** True when two majority edges have the same strength or some pair is a majority tie. */
function tiedMargins(margins: readonly (readonly number[])[]): boolean {
  const seen = new Set<number>();
  for (let a = 0; a < margins.length; a++) {
    for (let b = a + 1; b < margins.length; b++) {
      const v = Math.abs(margins[a]![b]!);
      if (v === 0 || seen.has(v)) return true;
      seen.add(v);
    }
  }
  return false;
}

describeCorpus('condorcet-tideman-collection', 'Tideman collection: SWF rankings agree with Condorcet PHP', () => {
  const ids = tidemanElections();
  for (const [mode, unranked] of modes) {
    for (const [name, swf] of [
      ['Schulze Margin', schulzeRanking],
      ['Copeland', copelandRanking],
    ] as const) {
      it(`${swf.info.id} = Condorcet PHP's "${name}" ranking (${mode}), tier for tier, on every election`, () => {
        const disagreements: string[] = [];
        for (const id of ids) {
          const theirs = tidemanRanking(id, mode, name);
          if (theirs === undefined) continue;
          const profile = tidemanProfile(id, mode);
          const ours = swf(election(profile, { unranked })).ranking.map((tier) => labelsOf(profile, tier));
          if (JSON.stringify(ours) !== JSON.stringify(theirs)) disagreements.push(id);
        }
        expect(disagreements).toEqual([]);
      });
    }
  }

  /**
   * Ranked Pairs: Condorcet PHP leaves candidates tied when equal-strength edges (or majority ties)
   * leave them unordered, while ranked-pairs-ranking breaks those ties by a fixed order of the
   * candidates (the TB convention) and is always linear. The rankings agree on every election whose
   * margins are all distinct and non-zero; the elections where they differ all have tied margins, and
   * are listed so that the set cannot change silently.
   */
  const expected: Record<TidemanMode, string[]> = {
    implicit: ['A03', 'A04', 'A07', 'A10', 'A12', 'A13', 'A14', 'A15', 'A22', 'A23', 'A27', 'A33', 'A56', 'A67', 'A92', 'D06'],
    explicit: ['A02', 'A04', 'A05', 'A07', 'A10', 'A12', 'A13', 'A14', 'A15', 'A17', 'A22', 'A23', 'A26', 'A30', 'A33', 'A34', 'A56', 'A62', 'A63', 'A67', 'A79', 'A91', 'A97'],
  };
  for (const [mode, unranked] of modes) {
    it(`ranked-pairs-ranking = Condorcet PHP's "Ranked Pairs Margin" (${mode}) except where tied margins are ordered by the tie-break`, () => {
      const disagreements: string[] = [];
      for (const id of ids) {
        const theirs = tidemanRanking(id, mode, 'Ranked Pairs Margin');
        if (theirs === undefined) continue;
        const profile = tidemanProfile(id, mode);
        const e = election(profile, { unranked });
        const ours = rankedPairsRanking(e).ranking.map((tier) => labelsOf(profile, tier));
        if (JSON.stringify(ours) === JSON.stringify(theirs)) continue;
        disagreements.push(id);
        expect(tiedMargins(e.margins()), `${id} differs without tied margins`).toBe(true);
      }
      expect(disagreements).toEqual(expected[mode]);
    });
  }
});
