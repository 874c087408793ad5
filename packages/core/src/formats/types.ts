import type {
  AnonymousProfile,
  ApprovalProfile,
  CardinalProfile,
  CategoricalProfile,
  KwiseData,
  PairwiseData,
} from '../profiles/types.js';
import type { PBInstance } from './pabulib/types.js';
import type { AbcInstance } from './abcvoting/types.js';

/** Everything a file format can hold. */
export type FormatData =
  | AnonymousProfile
  | ApprovalProfile
  | CategoricalProfile
  | CardinalProfile
  | PairwiseData
  | KwiseData
  | PBInstance
  | AbcInstance;

/** The `kind` tag of each {@link FormatData}. */
export type FormatDataKind = FormatData['kind'];

/** Options every reader accepts. */
export interface ReadOptions {
  /** Name of the source (file name) used in error positions: `source:line`. */
  readonly source?: string;
  /**
   * Accept files whose header disagrees with their data, letting the data win: header counts are
   * recomputed, repeated PrefLib orders are merged, and alternative ids the header does not declare are
   * added as alternatives. Syntax errors and ballots that break their format's type (a tie in `.soc`)
   * are still rejected. Default `false`: every disagreement is a `ParseError`.
   */
  readonly lenient?: boolean;
}

/** What `plural formats inspect` prints about parsed data. */
export interface FormatSummary {
  readonly voters: number;
  readonly candidates: number;
  readonly unique: number;
  readonly complete: boolean;
  readonly strict: boolean;
  /** Any further facts (e.g. `budget`, `projects` for PabuLib). */
  readonly [extra: string]: unknown;
}

/**
 * A registered file format: an id, the file-name endings it owns, what it reads into, and how to write
 * it back. Readers are pure functions from text (no file system): the CLI does the I/O.
 */
export interface FormatSpec<D extends FormatData = FormatData> {
  /** Short id, also the `--format` value and the `format` field of `inspect` (e.g. `soc`, `pb`, `csv`). */
  readonly id: string;
  readonly name: string;
  /** File-name endings it owns, lower case, with the dot (e.g. `.soc`, `.abc.yaml`). Longest match wins. */
  readonly extensions: readonly string[];
  /** The data kinds it reads into and can write from. */
  readonly kinds: readonly FormatDataKind[];
  /** Where the format is specified. */
  readonly reference: string;
  read(text: string, options?: ReadOptions): D;
  /** Writes data of one of `kinds`; throws UnsupportedFormatError for data it cannot represent. */
  write?(data: FormatData): string;
}
