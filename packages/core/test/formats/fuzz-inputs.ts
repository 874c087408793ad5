import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { FormatSpec } from '../../src/formats/index.js';
import { corpora, fixtures, readText } from './conformance-helpers.js';

/**
 * Inputs for the parser fuzz test: seed texts (this package's fixtures, always present, plus small files
 * of the shared corpora when they are there), and generators of random text, token soups and mutated
 * seeds. fast-check draws one integer per run and a small seeded generator turns it into the text: that
 * is several times cheaper than composing fast-check arbitraries, which matters at 100,000 runs per
 * reader; a failing text is minimized by {@link minimize} rather than shrunk. Every generated text is at
 * most {@link MAX_INPUT} characters long.
 */

/** Longest generated input (characters). */
export const MAX_INPUT = 2048;

/** Longest seed (characters): longer files are cut at a line break (mutations may grow a seed up to {@link MAX_INPUT}). */
export const MAX_SEED = 1024;

/** The text as a JSON string with every character outside printable ASCII escaped (so the input can be copied exactly). */
export function escaped(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A named seed text. */
export interface Seed {
  readonly name: string;
  readonly text: string;
}

function walk(dir: string, out: string[]): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Every hand-written fixture under test/fixtures/formats, as seeds. */
export function fixtureSeeds(): Seed[] {
  return walk(fixtures, []).map((f) => ({ name: path.relative(fixtures, f), text: readText(f) }));
}

/** The text's first `max` characters, cut after the last line break inside them (whole text if short). */
export function head(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max);
  return text.slice(0, cut > 0 ? cut + 1 : max);
}

let corpusListing: { file: string; size: number }[] | undefined;

/**
 * Up to `limit` corpus files whose names end with one of the extensions, the smallest first, cut to their
 * first {@link MAX_SEED} characters. Empty when the corpora are absent.
 */
export function corpusSeeds(extensions: readonly string[], limit = 8): Seed[] {
  if (extensions.length === 0) return [];
  corpusListing ??= walk(corpora, [])
    .map((file) => ({ file, size: fs.statSync(file).size }))
    .sort((a, b) => a.size - b.size || (a.file < b.file ? -1 : 1));
  return corpusListing
    .filter(({ file }) => extensions.some((e) => file.toLowerCase().endsWith(e)))
    .slice(0, limit)
    .map(({ file }) => ({ name: path.relative(corpora, file), text: head(readText(file), MAX_SEED) }));
}

/** Seeds a reader accepts (and what its writer makes of them): the starting points of its mutations. */
export function seedsFor(spec: FormatSpec, all: readonly Seed[]): Seed[] {
  const own: Seed[] = [];
  for (const seed of all) {
    try {
      const data = spec.read(seed.text, { lenient: true });
      own.push(seed);
      if (spec.write) {
        const written = spec.write(data);
        if (written !== seed.text) own.push({ name: `${seed.name} (written)`, text: head(written, MAX_SEED) });
      }
    } catch {
      // not this format
    }
  }
  return own;
}

/** Replacements for a number in a seed: the values readers must refuse or handle. */
export const NUMBER_REPLACEMENTS: readonly string[] = Object.freeze([
  'NaN', '-1', '0', '-0', '1e309', '-1e309', 'Infinity', '9007199254740993', '99999999999999999999999', '1e21', '0.5', '1.5e-7', '',
  '+3', '0x10', '1,5', '٣', '1_000', '00', '4294967296', '2147483648', '.', '-', 'e',
]);

/** Characters and pieces inserted by mutations: separators, quotes, brackets, line breaks, odd Unicode. */
export const PIECES: readonly string[] = Object.freeze([
  ',', ';', ':', '|', '\t', ' ', '"', "'", '{', '}', '[', ']', '(', ')', '#', '=', '>', '<', '-', '*', '&', '!', '%', '@', '\\',
  '\n', '\r\n', '\r', '\u0000', '\uFEFF', '\u2028', '\uD800', '\uDC00', 'é', '€', '😀', '\u0085', 'null', 'true', '~', '...', '---',
]);

type Mutation =
  | { readonly op: 'char'; readonly at: number; readonly piece: number }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'deleteLine'; readonly at: number }
  | { readonly op: 'duplicateLine'; readonly at: number }
  | { readonly op: 'swapLines'; readonly at: number; readonly other: number }
  | { readonly op: 'number'; readonly at: number; readonly value: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'insert'; readonly at: number; readonly piece: number }
  | { readonly op: 'splice'; readonly at: number; readonly seed: number; readonly from: number; readonly length: number };

/** A small seeded generator (mulberry32, public domain): fast, and the same numbers for the same seed. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A whole number in 0…n−1 (n ≥ 1). */
  below(n: number): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}

/** The mutation operators with their weights (header truncation rarer: it throws most of the text away). */
const OPS: readonly (readonly [Mutation['op'], number])[] = [
  ['char', 3], ['delete', 3], ['deleteLine', 3], ['duplicateLine', 3], ['swapLines', 3], ['number', 3], ['truncate', 1], ['insert', 3], ['splice', 3],
];
const OP_WEIGHT = OPS.reduce((sum, [, w]) => sum + w, 0);

/** A random mutation (positions up to twice {@link MAX_INPUT}; they are taken modulo the text's length). */
export function randomMutation(rng: Rng): Mutation {
  let r = rng.below(OP_WEIGHT);
  let op: Mutation['op'] = 'char';
  for (const [name, weight] of OPS) {
    if (r < weight) {
      op = name;
      break;
    }
    r -= weight;
  }
  const at = rng.below(MAX_INPUT * 2);
  switch (op) {
    case 'char':
      return { op, at, piece: rng.below(0x30000) };
    case 'delete':
      return { op, at, length: 1 + rng.below(16) };
    case 'swapLines':
      return { op, at, other: rng.below(MAX_INPUT * 2) };
    case 'number':
      return { op, at, value: rng.below(NUMBER_REPLACEMENTS.length) };
    case 'insert':
      return { op, at, piece: rng.below(PIECES.length) };
    case 'splice':
      return { op, at, seed: rng.below(1 << 20), from: rng.below(MAX_INPUT * 2), length: 1 + rng.below(64) };
    default:
      return { op, at } as Mutation;
  }
}

/** The [start, end) of the line holding position `at` (its line break included). */
function lineAt(text: string, at: number): [number, number] {
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return [start, newline < 0 ? text.length : newline + 1];
}

const NUMBER = /[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** Applies one mutation (positions are taken modulo the text's length). Pure. */
export function applyMutation(text: string, m: Mutation, seeds: readonly Seed[]): string {
  const at = m.at % (text.length + 1);
  switch (m.op) {
    case 'char': {
      // a code point below 0x30000, surrogate halves included: the most general "byte flip" of a text
      const ch = m.piece < 0x10000 ? String.fromCharCode(m.piece) : String.fromCodePoint(m.piece);
      return text.slice(0, at) + ch + text.slice(at + 1);
    }
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + PIECES[m.piece]! + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
    case 'deleteLine':
    case 'duplicateLine': {
      const [s, e] = lineAt(text, at);
      return m.op === 'deleteLine' ? text.slice(0, s) + text.slice(e) : text.slice(0, e) + text.slice(s, e) + text.slice(e);
    }
    case 'swapLines': {
      const a = lineAt(text, at);
      const b = lineAt(text, m.other % (text.length + 1));
      const [first, second] = a[0] <= b[0] ? [a, b] : [b, a];
      if (first[0] === second[0] || second[0] < first[1]) return text;
      return text.slice(0, first[0]) + text.slice(second[0], second[1]) + text.slice(first[1], second[0]) + text.slice(first[0], first[1]) + text.slice(second[1]);
    }
    case 'number': {
      NUMBER.lastIndex = at;
      let hit = NUMBER.exec(text);
      if (hit === null) {
        NUMBER.lastIndex = 0;
        hit = NUMBER.exec(text);
      }
      if (hit === null) return text;
      return text.slice(0, hit.index) + NUMBER_REPLACEMENTS[m.value]! + text.slice(hit.index + hit[0].length);
    }
    case 'splice': {
      const other = seeds.length === 0 ? text : seeds[m.seed % seeds.length]!.text;
      const from = m.from % (other.length + 1);
      return text.slice(0, at) + other.slice(from, from + m.length) + text.slice(at);
    }
  }
}

/** How a whole mutated text is finally wrapped: as is, with CRLF or CR line breaks, with a byte-order mark. */
export const WRAPS = ['none', 'crlf', 'cr', 'bom', 'bom+crlf'] as const;

function wrap(text: string, how: (typeof WRAPS)[number]): string {
  const lines = how === 'crlf' || how === 'bom+crlf' ? text.replace(/\r?\n/g, '\r\n') : how === 'cr' ? text.replace(/\r?\n/g, '\r') : text;
  return how === 'bom' || how === 'bom+crlf' ? `\uFEFF${lines}` : lines;
}

/** A mutated seed: one of `seeds`, 1–6 mutations (splicing in pieces of `donors`), then maybe CRLF/CR line breaks or a byte-order mark. */
export function mutateSeed(rng: Rng, seeds: readonly Seed[], donors: readonly Seed[]): string {
  let text = seeds.length === 0 ? '' : rng.pick(seeds).text;
  for (let k = 1 + rng.below(6); k > 0; k--) text = applyMutation(text, randomMutation(rng), donors);
  return wrap(text, rng.pick(WRAPS)).slice(0, MAX_INPUT);
}

/** fast-check runs of {@link mutateSeed}. */
export function mutatedSeed(seeds: readonly Seed[], donors: readonly Seed[]): fc.Arbitrary<string> {
  return fc.noBias(fc.noShrink(fc.integer())).map((seed) => mutateSeed(new Rng(seed), seeds, donors));
}

/** The distinct words and punctuation marks of the seeds, plus line breaks and odd numbers: a token alphabet. */
export function tokensOf(seeds: readonly Seed[], limit = 400): string[] {
  const tokens = new Set<string>(['\n', '\r\n', ' ', '\t', ...NUMBER_REPLACEMENTS.filter((t) => t !== ''), ...PIECES]);
  for (const { text } of seeds) {
    for (const t of text.match(/[A-Za-z_]+|\d+|[^\sA-Za-z_\d]/g) ?? []) {
      if (tokens.size >= limit) break;
      tokens.add(t);
    }
  }
  return [...tokens];
}

/** Up to 80 of the tokens in random order: random, yet close enough to the grammar to reach deep. */
export function tokenSoup(rng: Rng, tokens: readonly string[]): string {
  let text = '';
  for (let k = rng.below(81); k > 0; k--) text += rng.pick(tokens);
  return text.slice(0, MAX_INPUT);
}

/** Random text: ASCII with control characters, any code point (lone surrogates too), or random bytes decoded as UTF-8 or Latin-1. */
export function randomText(rng: Rng): string {
  const kind = rng.below(4);
  if (kind < 2) {
    const codes: number[] = [];
    for (let k = rng.below(kind === 0 ? 201 : 101); k > 0; k--) codes.push(rng.below(kind === 0 ? 0x80 : 0x110000));
    return codes.map((c) => String.fromCodePoint(c)).join('');
  }
  const bytes = new Uint8Array(rng.below(201));
  for (let k = 0; k < bytes.length; k++) bytes[k] = rng.below(256);
  return new TextDecoder(kind === 2 ? 'utf-8' : 'latin1').decode(bytes);
}

/**
 * The fuzz input of one reader: mutated seeds of its own (12 in 20), token soups of its seeds (3),
 * random text (2), mutated seeds of any format (2: a reader must refuse them cleanly too), a seed as is (1).
 */
export function fuzzText(rng: Rng, own: readonly Seed[], all: readonly Seed[], tokens: readonly string[]): string {
  const base = own.length > 0 ? own : all;
  const r = rng.below(20);
  if (r < 12) return mutateSeed(rng, base, all);
  if (r < 15) return tokenSoup(rng, tokens);
  if (r < 17) return randomText(rng);
  if (r < 19) return mutateSeed(rng, all, all);
  return rng.pick(base).text;
}

/** fast-check runs of {@link fuzzText}: one integer per run, no shrinking (failing texts are minimized instead). */
export function fuzzInput(own: readonly Seed[], all: readonly Seed[]): fc.Arbitrary<string> {
  const tokens = tokensOf(own.length > 0 ? own : all);
  return fc.noBias(fc.noShrink(fc.integer())).map((seed) => fuzzText(new Rng(seed), own, all, tokens));
}

/**
 * A smaller text that still `fails`: deletes runs of lines, then runs of characters, halving the run
 * length (delta debugging, Zeller & Hildebrandt 2002), within a budget of calls and seconds.
 */
export function minimize(text: string, fails: (text: string) => boolean, maxCalls = 4000, maxMs = 20_000): string {
  const started = performance.now();
  let calls = 0;
  let best = text;
  const lines = (t: string) => t.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const chars = (t: string) => Array.from(t);
  for (let round = 0; round < 4; round++) {
    const before = best;
    for (const split of [lines, chars]) {
      let pieces = split(best);
      for (let size = Math.max(1, pieces.length >> 1); size >= 1; size = size >> 1) {
        for (let i = 0; i < pieces.length; ) {
          if (calls >= maxCalls || performance.now() - started > maxMs) return best;
          const candidate = [...pieces.slice(0, i), ...pieces.slice(i + size)];
          calls++;
          if (fails(candidate.join(''))) {
            pieces = candidate;
            best = candidate.join('');
          } else {
            i += size;
          }
        }
        if (size === 1) break;
      }
    }
    if (best === before) break;
  }
  return best;
}
