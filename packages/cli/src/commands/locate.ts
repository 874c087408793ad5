/**
 * `plural locate`: run a registered facility-location mechanism of @plural/facility-location on reported
 * positions, print where the facility goes (or the lottery over locations, with exact probabilities),
 * and on request explain the outcome: the sorted reports, which order statistic was chosen, the axioms
 * that hold on this instance and whether some agent gains by misreporting (with the misreport).
 */
import { isPluralError, ParseError, Rational, throwIfAborted, UnsupportedFormatError, ValidationError, type PluralErrorCode } from '@plural/core';
import {
  allFacilityMechanisms,
  anyFacilityMechanism,
  checkStrategyproofness,
  lineAxioms,
  lineObjectives,
  lineProfile,
  outcomeRatio,
  type DomainInput,
  type LineMechanism,
  type LineOutcome,
  type LineProfile,
  type MechanismInfo,
  type MisreportWitness,
  type PropertyCheck,
} from '@plural/facility-location';
import { readInput, STDIN_PATH } from '../io/files.js';
import { formatValue } from '../io/json.js';
import { renderPairs, renderTable } from '../io/table.js';
import { citationsText } from './citation.js';
import { optionalString, requiredArgument } from './input.js';
import type { CommandContext, CommandOutput, CommandSpec, ListEntry } from './types.js';
import { ruleParameters } from './vote.js';

/**
 * A registered mechanism of any setting, called the one way they share: input and options in, an
 * outcome out (a location, a lottery, a point, two locations…), with its metadata.
 */
interface AnyMechanism {
  (input: unknown, options?: Record<string, unknown>): unknown;
  readonly info: MechanismInfo;
}

/** Every registered mechanism, of every setting (`allFacilityMechanisms`), in registry order. */
export function locateMechanisms(): readonly AnyMechanism[] {
  return allFacilityMechanisms as unknown as readonly AnyMechanism[];
}

function findMechanism(name: string): AnyMechanism {
  try {
    return anyFacilityMechanism(name) as unknown as AnyMechanism;
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(`unknown mechanism ${JSON.stringify(name)}.`, {
        where: '--mechanism',
        fix: `Use one of: ${locateMechanisms().map((m) => m.info.id).join(', ')} (or an alias; plural locate --list describes them).`,
      });
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Input: JSON {"domain":[lo,hi],"positions":[…]} (or a bare array), or CSV with one position per line.
// ---------------------------------------------------------------------------------------------------

/** A position as read: a number or an exact string, and the file line it came from (CSV). */
type Coordinate = number | string;

/** The reports as read from the file, before the mechanism checks them. */
export interface LocateInput {
  /** One entry per agent: a position on the line, or a point (several coordinates, for mechanisms in ℝ^d). */
  readonly positions: readonly (Coordinate | readonly Coordinate[])[];
  /** `[lo, hi]`, `[[lo, hi], …]` for boxes, or `'real'`; absent means the mechanism's default ([0, 1]). */
  readonly domain?: unknown;
  /** CSV only: the file line of each agent, for error messages. */
  readonly lines?: readonly number[];
  /** The file name, or `stdin`. */
  readonly source: string;
}

const FORMATS = ['json', 'csv'] as const;
type LocateFormat = (typeof FORMATS)[number];

function formatOf(path: string, flag: string | undefined, text: string): LocateFormat {
  if (flag !== undefined) {
    const wanted = flag.trim().toLowerCase().replace(/^\./, '');
    if (wanted === 'json' || wanted === 'csv') return wanted;
    throw new UnsupportedFormatError(`plural locate reads json or csv, not ${JSON.stringify(flag)}.`, { where: '--format', fix: 'Use --format json or --format csv.' });
  }
  if (path === STDIN_PATH) return /^\s*[[{]/.test(text) ? 'json' : 'csv';
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  throw new UnsupportedFormatError(`cannot tell the format of ${JSON.stringify(path)} from its extension.`, {
    where: path,
    fix: 'Name the file .json or .csv, or add --format json|csv.',
  });
}

function jsonPositions(value: unknown, source: string): LocateInput {
  if (Array.isArray(value)) return { positions: value as Coordinate[], source };
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const positions = record['positions'] ?? record['points'];
    if (!Array.isArray(positions)) {
      throw new ValidationError('expected "positions": an array of reported positions.', {
        where: `${source}: positions`,
        fix: 'Write {"domain":[0,1],"positions":[0.2,0.5,0.9]} (domain optional), or a bare array [0.2,0.5,0.9].',
      });
    }
    return { positions: positions as Coordinate[], source, ...(record['domain'] === undefined ? {} : { domain: record['domain'] }) };
  }
  throw new ValidationError(`expected an object {"positions": […]}, got ${value === null ? 'null' : typeof value}.`, {
    where: source,
    fix: 'Write {"domain":[0,1],"positions":[0.2,0.5,0.9]} (domain optional), or a bare array [0.2,0.5,0.9].',
  });
}

/**
 * CSV: one agent per line, its position (or a point's coordinates, comma-separated). Blank lines and
 * lines starting with `#` are skipped; a first line without digits is a header. Positions are kept as
 * written ("0.1" stays one tenth, "1/3" a third).
 */
function csvPositions(text: string, source: string): LocateInput {
  const positions: (string | string[])[] = [];
  const lines: number[] = [];
  let seenData = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!seenData && !/\d/.test(line)) {
      seenData = true; // a header such as "position"
      return;
    }
    seenData = true;
    const cells = line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    positions.push(cells.length === 1 ? (cells[0] as string) : cells);
    lines.push(index + 1);
  });
  return { positions, lines, source };
}

/** Reads the reports file (or standard input for `-`): JSON or CSV, from `--format` or the extension. */
export async function readLocateInput(path: string, context: CommandContext): Promise<LocateInput> {
  const text = await readInput(path, context.io);
  throwIfAborted(context.signal, context.command);
  const source = path === STDIN_PATH ? 'stdin' : path;
  const format = formatOf(path, optionalString(context, 'format'), text);
  if (format === 'csv') return csvPositions(text, source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not valid JSON (${error instanceof Error ? error.message : String(error)}).`, {
      source,
      fix: 'Write {"domain":[0,1],"positions":[0.2,0.5,0.9]}; JSON has no NaN or Infinity.',
    });
  }
  return jsonPositions(value, source);
}

/** `--domain lo,hi` or `--domain real`. */
function domainOption(text: string): unknown {
  if (text.trim().toLowerCase() === 'real') return 'real';
  const parts = text.replace(/^\s*\[|\]\s*$/g, '').split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) {
    throw new ValidationError(`--domain ${JSON.stringify(text)} is not lo,hi or real.`, { where: '--domain', fix: 'Write --domain 0,1 (or --domain real for the whole line).' });
  }
  return parts;
}

/** Mechanism calls each `--explain` check may make by default: a few seconds at most. */
export const DEFAULT_CHECK_BUDGET = 100_000;

/** `--budget <calls>`: a whole number ≥ 1; the default is {@link DEFAULT_CHECK_BUDGET}. */
function budgetOption(context: CommandContext): number {
  const text = optionalString(context, 'budget');
  if (text === undefined) return DEFAULT_CHECK_BUDGET;
  const budget = Number(text);
  if (!Number.isSafeInteger(budget) || budget < 1) {
    throw new ValidationError(`--budget ${JSON.stringify(text)} is not a whole number ≥ 1.`, { where: '--budget', fix: `Give the number of mechanism calls each check may make, e.g. --budget ${DEFAULT_CHECK_BUDGET}.` });
  }
  return budget;
}

/** `--param` values for mechanisms: `ruleParameters`, with comma-separated lists as arrays (`phantoms=0.2,0.8`). */
export function mechanismParameters(values: unknown): Record<string, unknown> {
  const out = ruleParameters(values);
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'string' && value.includes(',')) out[key] = value.split(',').map((v) => v.trim()).filter((v) => v !== '');
    else if (key === 'phantoms' && value !== undefined && !Array.isArray(value)) out[key] = value === '' ? [] : [value];
  }
  return out;
}

/** A library error about `positions[i]`, re-aimed at the CSV line the position came from. */
function atLine(error: unknown, input: LocateInput): unknown {
  if (input.lines === undefined || !isPluralError(error) || error.where === undefined) return error;
  const match = /^positions\[(\d+)\]/.exec(error.where);
  const line = match === null ? undefined : input.lines[Number(match[1])];
  if (line === undefined) return error;
  let message = error.message.startsWith(`${error.where}: `) ? error.message.slice(error.where.length + 2) : error.message;
  if (error.fix !== undefined && message.endsWith(` Fix: ${error.fix}`)) message = message.slice(0, -` Fix: ${error.fix}`.length);
  return new ValidationError(message, { code: error.code as PluralErrorCode, where: `${input.source}:${line}`, ...(error.fix === undefined ? {} : { fix: error.fix }), cause: error });
}

// ---------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------

function isRational(value: unknown): value is Rational {
  return value instanceof Rational;
}

/**
 * A decimal with up to six places; exact values that need more show as `p/q ≈ decimal`, and only as
 * `≈ decimal` when p/q would run past 12 digits (bracketed Nash-welfare values); `--json` keeps them exact.
 */
export function showNumber(value: Rational): string {
  let d = value.den;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  const decimal = value.toNumber();
  if (d === 1n) {
    const fixed = decimal.toFixed(6).replace(/\.?0+$/, '');
    if (Rational.parse(fixed).equals(value)) return fixed === '-0' ? '0' : fixed;
  }
  const exact = value.toString();
  return exact.length > 25 ? `≈ ${decimal.toFixed(6)}` : `${exact} ≈ ${decimal.toFixed(6)}`;
}

/** An outcome's value as a person reads it: numbers by {@link showNumber}, points as (x, y). */
function showLocation(value: unknown): string {
  if (isRational(value)) return showNumber(value);
  if (Array.isArray(value)) return `(${value.map(showLocation).join(', ')})`;
  return formatValue(value);
}

interface LotteryLike {
  readonly entries: readonly { readonly outcome: unknown; readonly probability: Rational }[];
}

/** The JSON of an outcome per the CLI contract: `location` or `lottery` (`[{location, probability}]`), other settings' fields as they are. */
export function outcomeJson(mechanismId: string, outcome: unknown): Record<string, unknown> {
  if (typeof outcome !== 'object' || outcome === null) return { mechanism: mechanismId, outcome };
  const { kind: _kind, mechanism: _mechanism, exact, bracket, lottery, ...rest } = outcome as Record<string, unknown>;
  const json: Record<string, unknown> = { mechanism: mechanismId, ...rest };
  if (lottery !== undefined) {
    json['lottery'] = (lottery as LotteryLike).entries.map((e) => ({ location: e.outcome, probability: e.probability }));
  }
  if (exact === false) {
    json['exact'] = false;
    if (bracket !== undefined) {
      const b = bracket as { lo: Rational; hi: Rational };
      json['bracket'] = [b.lo, b.hi];
    }
  }
  return json;
}

function domainText(domain: unknown): string {
  if (domain === 'real' || domain === undefined) return domain === 'real' ? 'the real line' : '[0, 1]';
  if (typeof domain === 'object' && domain !== null && 'lo' in domain) {
    const d = domain as { lo: Rational; hi: Rational };
    return `[${showLocation(d.lo)}, ${showLocation(d.hi)}]`;
  }
  if (Array.isArray(domain)) return domain.map((d: unknown) => domainText(d)).join(' × ');
  return formatValue(domain);
}

// ---------------------------------------------------------------------------------------------------
// --explain: order statistics, axioms on this instance, profitable misreports
// ---------------------------------------------------------------------------------------------------

/** Where `y` sits among the sorted reports: `x_(2)` (or `x_(1) = x_(2)`), or between two of them. */
export function orderStatistic(sorted: readonly Rational[], y: Rational): string {
  const equal = sorted.flatMap((x, k) => (x.equals(y) ? [k + 1] : []));
  if (equal.length > 0) return equal.map((k) => `x_(${k})`).join(' = ');
  const below = sorted.filter((x) => x.lt(y)).length;
  if (below === 0) return `left of every report (x_(1) = ${showLocation(sorted[0])})`;
  if (below === sorted.length) return `right of every report (x_(${sorted.length}) = ${showLocation(sorted[sorted.length - 1])})`;
  return `between x_(${below}) = ${showLocation(sorted[below - 1])} and x_(${below + 1}) = ${showLocation(sorted[below])}, not a report`;
}

/** The verdict of one axiom on this instance. */
interface AxiomVerdict {
  readonly id: string;
  readonly name: string;
  /** True/false; undefined when it could not be checked (then `note` says why). */
  readonly holds?: boolean;
  readonly vacuous?: boolean;
  readonly explanation?: string;
  readonly witness?: unknown;
  readonly note?: string;
}

/** A misreport witness as JSON (agents are indices into the positions, from 0, as in the library). */
function misreportJson(w: MisreportWitness): Record<string, unknown> {
  return { agent: w.agent, truthful: w.truthful, misreport: w.misreport, truthfulCost: w.truthfulCost, misreportCost: w.misreportCost };
}

/** A witness as JSON: intervals as `[lo, hi]`, the rest as it is (agents are indices from 0). */
function witnessJson(witness: unknown): unknown {
  if (typeof witness !== 'object' || witness === null) return witness;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(witness)) {
    if (key === 'range' && typeof value === 'object' && value !== null && 'lo' in value) out[key] = [(value as { lo: Rational }).lo, (value as { hi: Rational }).hi];
    else out[key] = value;
  }
  return out;
}

/** "agent 1 at 0.4 gains by reporting 0.7: cost 0.3 → 0.1" (agent 1 is positions[1]). */
export function misreportText(w: MisreportWitness): string {
  return `agent ${w.agent} at ${showLocation(w.truthful)} gains by reporting ${showLocation(w.misreport)}: cost ${showLocation(w.truthfulCost)} → ${showLocation(w.misreportCost)}`;
}

function checkOne(run: () => PropertyCheck): { check?: PropertyCheck; note?: string } {
  try {
    return { check: run() };
  } catch (error) {
    if (isPluralError(error) && error.code !== 'internal' && error.code !== 'aborted') return { note: `not checked: ${error.message}` };
    throw error;
  }
}

interface Explanation {
  readonly json: Record<string, unknown>;
  readonly text: string;
}

function explainLine(mechanism: AnyMechanism, profile: LineProfile, outcome: unknown, options: Record<string, unknown>, context: CommandContext): Explanation {
  const { info } = mechanism;
  const line = mechanism as unknown as LineMechanism;
  const sorted = profile.sorted;
  const o = outcome as { kind?: string; location?: Rational; lottery?: LotteryLike };
  const chosen =
    o.kind === 'location' && o.location !== undefined
      ? [{ location: o.location, orderStatistic: orderStatistic(sorted, o.location) }]
      : o.lottery !== undefined
        ? o.lottery.entries.map((e) => ({ location: e.outcome, probability: e.probability, ...(isRational(e.outcome) ? { orderStatistic: orderStatistic(sorted, e.outcome) } : {}) }))
        : [];
  const mechanismOptions = Object.fromEntries(Object.entries(options).filter(([key]) => key !== 'domain'));
  const checkOptions = { mechanismOptions, budget: budgetOption(context), ...(context.signal === undefined ? {} : { signal: context.signal }) };

  // Strategyproofness: the dedicated checker, which names the agent, its misreport and both costs.
  const sp = checkOne(() => checkStrategyproofness(line, profile, checkOptions) as PropertyCheck);
  const strategyproofness: AxiomVerdict = {
    id: 'strategyproof',
    name: 'Strategyproofness',
    ...(sp.check === undefined ? { note: sp.note as string } : { holds: sp.check.holds, ...(sp.check.explanation === undefined ? {} : { explanation: sp.check.explanation }) }),
    ...(sp.check?.witness === undefined ? {} : { witness: misreportJson(sp.check.witness as MisreportWitness) }),
  };
  throwIfAborted(context.signal, context.command);

  // Every other registered axiom of line mechanisms, on this profile.
  const axioms: AxiomVerdict[] = [];
  for (const axiom of lineAxioms) {
    if (axiom.id === 'strategyproof') continue;
    if (axiom.needsBoundedDomain && profile.domain === 'real') {
      axioms.push({ id: axiom.id, name: axiom.name, note: 'not checked: needs a bounded domain' });
      continue;
    }
    const { check, note } = checkOne(() => axiom.check(line, profile, checkOptions));
    axioms.push({
      id: axiom.id,
      name: axiom.name,
      ...(check === undefined ? { note: note as string } : { holds: check.holds }),
      ...(check?.vacuous === true ? { vacuous: true } : {}),
      ...(check?.explanation === undefined ? {} : { explanation: check.explanation }),
      ...(check?.witness === undefined ? {} : { witness: witnessJson(check.witness) }),
    });
    throwIfAborted(context.signal, context.command);
  }

  // How far the outcome is from the optimum of each objective on this profile (exact; 1 is optimal).
  const ratios: Record<string, unknown>[] = [];
  for (const objective of lineObjectives) {
    if (objective.needsBoundedDomain && profile.domain === 'real') continue;
    try {
      const r = outcomeRatio(objective, profile, outcome as LineOutcome, context.signal === undefined ? {} : { signal: context.signal });
      ratios.push({
        objective: r.objective,
        value: r.mechanismValue,
        optimum: r.optimum.value,
        optimalLocation: r.optimum.location,
        ratio: r.ratio,
        ...(r.exact ? {} : { exact: false }),
        ...(r.bracket === undefined ? {} : { bracket: [r.bracket.lo, r.bracket.hi] }),
      });
    } catch (error) {
      if (!isPluralError(error) || error.code === 'internal' || error.code === 'aborted') throw error;
      ratios.push({ objective: objective.id, note: `not computed: ${error.message}` });
    }
  }

  const json: Record<string, unknown> = {
    sorted,
    description: info.description,
    convention: info.convention,
    chosen,
    strategyproofness,
    axioms,
    ratios,
  };

  const verdict = (v: AxiomVerdict): string => (v.holds === undefined ? '—' : v.vacuous === true ? 'holds (vacuous)' : v.holds ? 'holds' : 'fails');
  let text = `\n${renderPairs([
    ['rule', info.description],
    ['convention', info.convention],
    ['sorted reports', sorted.map(showLocation).join(', ')],
  ])}`;
  text += `\n${renderTable(
    o.lottery === undefined ? ['location', 'order statistic'] : ['location', 'probability', 'order statistic'],
    chosen.map((c) => {
      const row = [showLocation(c.location)];
      if ('probability' in c) row.push(showLocation(c.probability));
      row.push(c.orderStatistic ?? '—');
      return row;
    }),
  )}`;
  const v = strategyproofness;
  const w = sp.check?.witness as MisreportWitness | undefined;
  text += `\nmisreporting: ${
    v.holds === undefined
      ? v.note
      : v.holds
        ? `no agent gains by misreporting on this profile${v.explanation === undefined ? '' : ` (${v.explanation.replace(/\.$/, '')})`}`
        : w !== undefined
          ? misreportText(w)
          : (v.explanation ?? 'some agent gains by misreporting')
  }\n`;
  text += `\nobjectives on this profile (ratio 1 is optimal; costs ALG/OPT, welfare OPT/ALG):\n${renderTable(
    ['objective', 'mechanism', 'optimum', 'at', 'ratio'],
    ratios.map((r) =>
      r['note'] !== undefined
        ? [String(r['objective']), '—', '—', '—', String(r['note'])]
        : [
            String(r['objective']),
            showLocation(r['value']),
            showLocation(r['optimum']),
            showLocation(r['optimalLocation']),
            `${r['ratio'] === 'infinite' ? '∞' : showLocation(r['ratio'])}${r['exact'] === false ? ' (bracketed)' : ''}`,
          ],
    ),
  )}`;
  text += `\naxioms on this profile:\n${renderTable(
    ['axiom', 'verdict', 'why'],
    axioms.map((a) => [a.name === a.id ? a.id : `${a.name} (${a.id})`, verdict(a), a.note ?? a.explanation ?? '']),
  )}`;
  return { json, text };
}

// ---------------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------------

async function locate(context: CommandContext): Promise<CommandOutput> {
  const path = requiredArgument(context, 0, 'reports');
  const name = optionalString(context, 'mechanism');
  if (name === undefined) {
    throw new ValidationError('which mechanism? --mechanism is required.', {
      where: '--mechanism',
      fix: 'Add --mechanism <id>, e.g. --mechanism uniform-phantom; plural locate --list shows them all.',
    });
  }
  const mechanism = findMechanism(name);
  const params = mechanismParameters(context.options['param']);
  const domainFlag = optionalString(context, 'domain');
  const read = await readLocateInput(path, context);
  const domain = domainFlag === undefined ? read.domain : domainOption(domainFlag);
  const input: LocateInput = { ...read, ...(domain === undefined ? {} : { domain }) };
  const { info } = mechanism;
  // Every setting but ℝ^d reads positions on the line (one or two facilities, obnoxious or not).
  const line = info.setting !== 'euclidean';
  const options: Record<string, unknown> = { ...params, ...(context.signal === undefined ? {} : { signal: context.signal }) };

  let profile: LineProfile | undefined;
  let outcome: unknown;
  try {
    if (line) {
      profile = lineProfile(input.positions as (string | number)[], domain === undefined ? {} : { domain: domain as DomainInput });
      outcome = mechanism(profile, options);
    } else {
      outcome = mechanism({ points: input.positions.map((p) => (Array.isArray(p) ? p : [p])), ...(domain === undefined ? {} : { domain }) }, options);
    }
  } catch (error) {
    throw atLine(error, input);
  }
  throwIfAborted(context.signal, context.command);

  const json = outcomeJson(info.id, outcome);
  const o = outcome as { kind?: string; location?: Rational; lottery?: LotteryLike; exact?: boolean; bracket?: { lo: Rational; hi: Rational } };
  const rows: [string, string][] = [
    ['mechanism', `${info.id} (${info.name})`],
    ['agents', String(input.positions.length)],
    ['domain', domainText(profile?.domain ?? domain)],
  ];
  let text = '';
  if (o.location !== undefined) {
    rows.push(['location', showLocation(o.location)]);
    if (o.exact === false && o.bracket !== undefined) rows.push(['bracket', `the optimum lies in [${showLocation(o.bracket.lo)}, ${showLocation(o.bracket.hi)}]`]);
    text = renderPairs(rows);
  } else if (o.lottery !== undefined) {
    text = `${renderPairs(rows)}\n${renderTable(
      ['location', 'probability', '≈'],
      o.lottery.entries.map((e) => [isRational(e.outcome) ? e.outcome.toString() : showLocation(e.outcome), e.probability.toString(), e.probability.toNumber().toFixed(6)]),
    )}`;
  } else {
    for (const [key, value] of Object.entries(json)) if (key !== 'mechanism') rows.push([key, showLocation(value)]);
    text = renderPairs(rows);
  }

  if (context.options['explain'] === true) {
    if (profile !== undefined && info.setting === 'line') {
      const explanation = explainLine(mechanism, profile, outcome, params, context);
      Object.assign(json, explanation.json);
      text += explanation.text;
    } else {
      const note = `the axiom checkers are for single-facility mechanisms on the line; ${info.id} is registered for the setting "${info.setting}".`;
      json['notes'] = [note];
      text += `\n${note}\n`;
    }
  }
  return { json, text };
}

function listMechanisms(): readonly ListEntry[] {
  return locateMechanisms().map(({ info }) => ({
    id: info.id,
    name: info.name,
    aliases: info.aliases,
    setting: info.setting,
    randomized: info.randomized,
    description: info.description,
    citation: citationsText(info.citations),
    complexity: info.complexity,
    convention: info.convention,
    properties: info.properties,
    satisfies: Object.entries(info.properties)
      .filter(([, claim]) => claim === true || claim === 'in-expectation')
      .map(([id, claim]) => (claim === true ? id : `${id} (in expectation)`)),
    ...(info.approximation === undefined ? {} : { approximation: info.approximation }),
  }));
}

/** `plural locate`: run a registered facility-location mechanism on reported positions. */
export const locateCommand: CommandSpec = {
  id: 'locate',
  summary: 'place a facility: run a facility-location mechanism on reported positions',
  description:
    'Runs a registered facility-location mechanism (median, Uniform Phantom, …) on the agents\' reported positions and prints the location, or the lottery over locations with exact probabilities. Input: JSON {"domain":[lo,hi],"positions":[x1,…]} (domain optional, default [0,1]; "real" for the whole line) or CSV with one position per line. Positions are read as the decimals they print as (0.1 is one tenth) or as "p/q"; agents are numbered from 0 in input order (agent i is positions[i]), as in the library\'s witnesses. --explain adds the sorted reports, which order statistic was chosen, the approximation ratio of each objective on this profile, the axioms that hold on it and a profitable misreport when some agent has one.',
  arguments: [{ name: 'reports', description: 'positions file (.json or .csv), or - for standard input' }],
  options: [
    { flags: '--mechanism <id>', description: 'the mechanism (id or alias; --list shows them)' },
    { flags: '--format <id>', description: 'json or csv (default: from the extension; for - from the first character)' },
    { flags: '--domain <lo,hi|real>', description: 'the interval the positions lie in (overrides the file; default [0,1])' },
    { flags: '--param <key=value...>', description: 'mechanism options, e.g. --param side=right, --param phantoms=0.2,0.8, --param tolerance=1/1000' },
    { flags: '--explain', description: 'also print the sorted reports, the chosen order statistic, the axioms on this profile and any profitable misreport' },
    { flags: '--budget <calls>', description: `mechanism calls each --explain check may make (default ${DEFAULT_CHECK_BUDGET}); a check that needs more is reported as not checked` },
  ],
  examples: [
    'plural locate --list',
    'plural locate reports.json --mechanism uniform-phantom',
    'plural locate reports.csv --mechanism median --param side=right --json',
    'plural locate reports.json --mechanism generalized-median --param phantoms=0.25,0.75 --explain',
    "echo '{\"positions\":[0,0,1]}' | plural locate - --mechanism up --explain --json",
  ],
  list: {
    key: 'mechanisms',
    entries: listMechanisms,
    columns: [
      { header: 'id', field: 'id' },
      { header: 'setting', field: 'setting' },
      { header: 'randomized', field: 'randomized' },
      { header: 'aliases', field: 'aliases' },
      { header: 'satisfies', field: 'satisfies' },
      { header: 'description', field: 'description' },
      { header: 'citation', field: 'citation' },
    ],
  },
  run: locate,
};
