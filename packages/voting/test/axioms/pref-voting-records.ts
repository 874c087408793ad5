import fs from 'node:fs';
import path from 'node:path';
import type { AnonymousProfile } from '@plural/core';
import { fileURLToPath } from 'node:url';

/**
 * The 2,260 pref_voting axiom-violation records (see /work/shared/corpora/pref_voting/README.md):
 * method × axiom, the profiles as parsed tables, the parameters and the explanation text.
 */
export interface ViolationRecord {
  readonly file: string;
  readonly profile_type: 'Profile' | 'ProfileWithTies';
  readonly method: string;
  readonly axiom: string;
  readonly num_cands: number;
  readonly num_voters: number;
  readonly parameters: string;
  readonly profiles: readonly string[];
  readonly text: string;
  readonly tables: readonly { readonly rcounts: readonly number[]; readonly rankings: readonly (readonly (readonly number[])[])[] }[] | null;
}

/** The shared corpora beside the repository (as test/helpers/corpora.ts, without importing vitest). */
const corpora = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpora');
export const recordsDir = path.join(corpora, 'pref_voting');
export const violationExamplesPath = path.join(recordsDir, 'axiom_tables/violation_examples.json');
export const propertiesPath = path.join(recordsDir, 'pref_voting/data/voting_methods_properties.json');

export function loadRecords(): ViolationRecord[] {
  return JSON.parse(fs.readFileSync(violationExamplesPath, 'utf8')) as ViolationRecord[];
}

export function loadProperties(): Record<string, Record<string, boolean | null>> {
  return JSON.parse(fs.readFileSync(propertiesPath, 'utf8')) as Record<string, Record<string, boolean | null>>;
}

/** A parsed table as a profile over candidates 0…m−1 (pref_voting's candidates are 0-based; every cmap in the corpus is the identity). */
export function tableProfile(record: ViolationRecord, index: number): AnonymousProfile {
  const table = record.tables![index]!;
  const m = record.num_cands;
  return {
    kind: 'anonymous',
    candidates: Array.from({ length: m }, (_, c) => c),
    ballots: table.rankings.map((r) => r.filter((g) => g.length > 0).map((g) => (g.length === 1 ? g[0]! : [...g]))),
    counts: [...table.rcounts],
  };
}

/** The record's parameters as checker options (pref_voting's keyword → our option). */
export function recordOptions(record: ViolationRecord): Record<string, unknown> {
  const p = record.parameters;
  if (p === '∅') return {};
  const [key, value] = p.split('=') as [string, string];
  switch (key) {
    case 'check_probabilities':
      return { checkProbabilities: value === 'True' };
    case 'set_preference':
      return { setPreference: value };
    case 'require_resoluteness':
      return { requireResoluteness: value === 'True' };
    case 'conditions_to_check':
      return { conditions: value };
    case 'strong_Pareto':
      return { strongPareto: value === 'True' };
    case 'num_copies':
      return { copies: Number(value) };
    default:
      throw new Error(`unknown parameter ${p}`);
  }
}

/** Which table is the profile the axiom is checked on: the full profile comes last for Reinforcement, first otherwise. */
export function checkedTable(record: ViolationRecord): number {
  return record.axiom === 'Reinforcement' ? record.tables!.length - 1 : 0;
}

/** Records pref_voting itself could not regenerate ("WARNING: Violation no longer found during regeneration!"). */
export function isStale(record: ViolationRecord): boolean {
  return record.text.includes('Violation no longer found during regeneration');
}

/**
 * The winners the text states for each table: the first winner statement after the table's ASCII block
 * and before the next one ("X winners are {…}", "X winner is {…}", "winners: […]", "Winners in full election: […]").
 */
export function statedWinners(record: ViolationRecord): (number[] | undefined)[] {
  const lines = record.text.split('\n');
  const out: (number[] | undefined)[] = [];
  let inTable = false;
  let current = -1;
  for (const line of lines) {
    const isTable = line.startsWith('+') || line.startsWith('|');
    if (isTable && !inTable) {
      current++;
      out.push(undefined);
    }
    inTable = isTable;
    if (isTable || current < 0 || out[current] !== undefined) continue;
    const braces = /winners? (?:is|are) \{([^}]*)\}/.exec(line);
    const brackets = /(?:winners(?: in updated profile)?:|Winners in full election:)\s*\[([^\]]*)\]/.exec(line);
    const found = braces?.[1] ?? brackets?.[1];
    if (found !== undefined) out[current] = found.trim() === '' ? [] : found.split(',').map((x) => Number(x.trim().replace(/^np\.int64\((\d+)\)$/, '$1'))).sort((a, b) => a - b);
  }
  return out;
}

/**
 * pref_voting's minimal profiles on which a method fails the Condorcet winner criterion
 * (`data/examples/condorcet_winner/minimal_<Method>.soc`, alternatives numbered from 0), by method
 * display name. The `minimal_resolute_*` files (for resolute versions) are left out.
 */
export function loadCondorcetExamples(): Map<string, AnonymousProfile> {
  const dir = path.join(recordsDir, 'pref_voting/data/examples/condorcet_winner');
  const out = new Map<string, AnonymousProfile>();
  for (const file of fs.readdirSync(dir)) {
    if (!file.startsWith('minimal_') || file.startsWith('minimal_resolute_') || !file.endsWith('.soc')) continue;
    const method = file.slice('minimal_'.length, -'.soc'.length).replace(/_/g, ' ');
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    const m = Number(/# NUMBER ALTERNATIVES: (\d+)/.exec(lines.join('\n'))![1]);
    const ballots: number[][] = [];
    const counts: number[] = [];
    for (const line of lines) {
      const match = /^(\d+):\s*(.*)$/.exec(line.trim());
      if (!match) continue;
      counts.push(Number(match[1]));
      ballots.push(match[2]!.split(',').map((x) => Number(x.trim())));
    }
    out.set(method, { kind: 'anonymous', candidates: Array.from({ length: m }, (_, c) => c), ballots, counts });
  }
  return out;
}
