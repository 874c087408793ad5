/**
 * Small example data of every kind a file format can hold, used to show what each format looks like:
 * the formats page writes these with `writeFormat`, so every sample is real output of @plural/core.
 */
import {
  abcInstance,
  anonymousProfile,
  approvalProfile,
  cardinalProfile,
  categoricalProfile,
  formatById,
  kwiseData,
  pairwiseData,
  pbInstance,
  writeFormat,
  type FormatData,
  type FormatDataKind,
} from '@plural/core';

const CANDIDATES = ['Alice', 'Bob', 'Carol'];

/**
 * Example data by kind, richest first: a format shows the first one it can hold (so `.toi` shows
 * ties and truncated ballots, `.soc` the strict complete orders).
 */
export const SAMPLES: Readonly<Record<FormatDataKind, readonly FormatData[]>> = {
  anonymous: [
    anonymousProfile({ candidates: CANDIDATES, ballots: [[0, [1, 2]], [1, 2], [2]], counts: [4, 3, 2] }),
    anonymousProfile({ candidates: CANDIDATES, ballots: [[0, [1, 2]], [1, 2, 0], [[2, 0], 1]], counts: [4, 3, 2] }),
    anonymousProfile({ candidates: CANDIDATES, ballots: [[0, 1], [1, 2, 0], [2]], counts: [4, 3, 2] }),
    anonymousProfile({ candidates: CANDIDATES, ballots: [[0, 1, 2], [1, 2, 0], [2, 0, 1]], counts: [4, 3, 2] }),
  ],
  approval: [approvalProfile({ candidates: CANDIDATES, ballots: [[0, 1], [2], [1, 2]], counts: [3, 2, 1] })],
  categorical: [
    categoricalProfile({
      candidates: CANDIDATES,
      categories: ['yes', 'maybe', 'no'],
      ballots: [
        [[0], [1], [2]],
        [[1, 2], [], [0]],
      ],
      counts: [2, 1],
    }),
  ],
  cardinal: [cardinalProfile({ candidates: CANDIDATES, agents: ['ann', 'bo'], utilities: [[3, 1, 0], [-1, 2.5, 0]] })],
  pairwise: [
    pairwiseData({
      items: ['model-x', 'model-y', 'model-z'],
      records: [
        { a: 0, b: 1, outcome: 'a' },
        { a: 1, b: 2, outcome: 'tie', annotator: 'r2' },
        { a: 2, b: 0, outcome: 'b', weight: 2 },
      ],
    }),
  ],
  kwise: [
    kwiseData({
      items: ['model-x', 'model-y', 'model-z'],
      records: [{ ranking: [2, [0, 1]] }, { ranking: [0, 2], weight: 2 }],
    }),
  ],
  pb: [
    pbInstance({
      meta: [['description', 'A three-project example']],
      budget: 100,
      projects: [
        { id: '1', cost: 60 },
        { id: '2', cost: 50 },
        { id: '3', cost: 30 },
      ],
      votes: [
        { voterId: 'v1', vote: ['1', '3'] },
        { voterId: 'v2', vote: ['2'] },
        { voterId: 'v3', vote: ['2', '3'] },
      ],
    }),
  ],
  abc: [abcInstance({ profile: { candidates: 4, ballots: [[0, 1], [2], [1, 3]] }, committeeSize: 2 })],
};

/**
 * The text of the first sample, among the format's kinds in order (or of the one `kind` asked for),
 * that the format can write.
 */
export function formatSample(formatId: string, wanted?: FormatDataKind): { kind: FormatDataKind; text: string } {
  const spec = formatById(formatId);
  for (const kind of wanted === undefined ? spec.kinds : [wanted]) {
    for (const data of SAMPLES[kind]) {
      try {
        return { kind, text: writeFormat(data, spec.id) };
      } catch {
        // this sample has something the format cannot hold (a tie, a truncated ballot): try the next
      }
    }
  }
  throw new Error(`no sample of ${wanted ?? spec.kinds.join('/')} fits the format ${spec.id}`);
}
