import type { AnonymousProfile, CandidateIndex, UnrankedPolicy } from '@plural/core';
import { expect, it } from 'vitest';
import { votingAxiom } from '../../src/axioms/registry.js';
import type { AxiomRule } from '../../src/axioms/types.js';
import { votingMethod } from '../../src/registry/registry.js';
import type { VotingResult } from '../../src/result/result.js';
import { describeCorpus } from '../helpers/corpora.js';
import { checkedTable, isStale, loadRecords, recordOptions, statedWinners, tableProfile, type ViolationRecord } from './pref-voting-records.js';

/**
 * Reproduces pref_voting's 2,260 minimal axiom counterexamples with our rules and checkers. A record is
 * applicable when its method is registered (looked up by pref_voting's display name, so coverage grows
 * as rules are added), it has parsed tables, and pref_voting itself could regenerate it. It is
 * reproduced when our checker reports a violation on the record's profile AND our rule's winners equal
 * the winners the record states for every profile it shows. Every applicable record must reproduce,
 * unless it is explained below; the explanations are asserted exactly, so the reproduced count can only
 * go up.
 */

/** The 115 Schwartz records have no profile: pref_voting's Schwartz check flagged every profile (it listed booleans `w not in schwartz_set` instead of candidates), so its pages show no table. */
const SCHWARTZ_WITHOUT_PROFILE = 115;
/** Records whose pages say pref_voting could not regenerate the violation. */
const STALE = 24;

/**
 * Applicable records we do not reproduce because our rule and pref_voting's disagree on a profile the
 * record shows (verified below: the disagreement must still be there). file → reason.
 */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'profile_Weighted_Bucklin_homogeneity_4c_5v.html':
    'pref_voting elects {2} on the 5-voter profile by floating-point rounding: with weights (4−j)/3 the 3rd Weighted Bucklin scores of 2 and 3 are both exactly 3 (2 + 2/3 + 1/3 = 1 + 4/3 + 2/3); our exact tally gives {2, 3}, the same as on the tripled profile, so homogeneity holds here.',
  'profile_Weak_Nanson_immunity_to_spoilers_4c_3v.html':
    'Without candidate 0 (ballots 2≻3≻1 ×1, 3≻2≻1 ×2) pref_voting gives {2, 3}; Borda scores 2:4, 3:5, 1:0 (average 3) eliminate 1, then 2:1 vs 3:2 (average 1.5) eliminate 2, so Weak Nanson elects {3} (ours). pref_voting restricted to curr_cands looks wrong here.',
  'profile_Weak_Nanson_stability_for_winners_4c_3v.html': 'Same sub-profile as the Weak Nanson immunity-to-spoilers record: pref_voting {2, 3} without candidate 0, ours {3} by hand-checked Borda rounds.',
  'profile_Dodgson_stability_for_winners_3c_7v.html':
    'Without candidate 2 the profile is 0≻1 ×2, 1≻0 ×5: 1 is the Condorcet winner, so Dodgson elects {1} (ours); pref_voting says {0, 1} (its Dodgson ignores curr_cands).',
  'profile_Dodgson_independence_of_clones_3c_4v.html':
    'Without the clone 2 the profile is 0≻1 ×2, 1≻0 ×2, a tie: ours {0, 1}; pref_voting says {1} (its Dodgson ignores curr_cands).',
  'profile_Knockout_Voting_independence_of_clones_3c_4v.html':
    'Without the clone 2 the profile is 0≻1 ×2, 1≻0 ×2, a tie: our Knockout (parallel universes) elects {0, 1}; pref_voting says {1}: its knockout breaks ties by a fixed order, not in all universes.',
  'profile_Knockout_Voting_IPDA_4c_3v.html':
    'Without candidate 0 the profile is the cycle 1≻3≻2, 2≻1≻3, 3≻2≻1 with all Borda scores 3: our Knockout (parallel universes over the Borda tie) elects {1, 2, 3}; pref_voting says {2} (fixed tie-breaking).',
  'profile_Knockout_Voting_immunity_to_spoilers_4c_3v.html': 'Same sub-profile as the Knockout IPDA record: ours {1, 2, 3} (parallel universes), pref_voting {2} (fixed tie-breaking).',
  'profile_Knockout_Voting_stability_for_winners_4c_3v.html': 'Same sub-profile as the Knockout IPDA record: ours {1, 2, 3} (parallel universes), pref_voting {2} (fixed tie-breaking).',
};

interface Outcome {
  readonly record: ViolationRecord;
  readonly reproduced: boolean;
  /** Our winners differ from the stated ones on some table or sub-profile (or our rule refused it). */
  readonly mismatches: readonly string[];
  /** For truncation records: pref_voting's modified profile is a one-voter truncation of the original. */
  readonly neighbour: boolean;
}

type Rule = (p: AnonymousProfile, o?: { unranked?: UnrankedPolicy }) => VotingResult;

function lookup(name: string): Rule | undefined {
  try {
    return votingMethod(name) as unknown as Rule;
  } catch {
    return undefined;
  }
}

const TRUNCATION_AXIOMS = ['Later No Harm', 'Earlier No Help'];
const ADDED_TRUNCATION_AXIOMS = ['Semi-Positive Involvement', 'Truncated Involvement'];

/**
 * How unranked candidates compare on table i, as pref_voting built it: its Later-No-Harm / Earlier-No-Help
 * profiles use plain strict preference (unranked candidates not compared); its truncated-involvement
 * profiles use extended strict preference (unranked at the bottom) for linear inputs and inherit the
 * plain one for inputs with ties; bullet votes always use extended preference.
 */
function tablePolicy(r: ViolationRecord, i: number): UnrankedPolicy {
  if (TRUNCATION_AXIOMS.includes(r.axiom) && i === 1) return 'ignore';
  if (ADDED_TRUNCATION_AXIOMS.includes(r.axiom) && i === 2 && r.profile_type === 'ProfileWithTies') return 'ignore';
  return 'bottom';
}

/** Checker options for the record: its parameters, plus pref_voting's conventions for inputs with ties. */
function checkerOptions(r: ViolationRecord): Record<string, unknown> {
  const options: Record<string, unknown> = { ...recordOptions(r), maxViolations: 1 };
  if (ADDED_TRUNCATION_AXIOMS.includes(r.axiom) && r.profile_type === 'ProfileWithTies') {
    options.truncatedUnranked = 'ignore';
    if (r.axiom === 'Truncated Involvement') options.premise = 'some';
  }
  return options;
}

function winnersOf(rule: Rule, p: AnonymousProfile, unranked: UnrankedPolicy): CandidateIndex[] | string {
  try {
    return [...rule(p, { unranked }).winners];
  } catch (error) {
    return `refused (${(error as Error).name})`;
  }
}

/** The profile without candidate c, candidates relabelled 0…m−2 (winners mapped back by the caller). */
function withoutCandidate(p: AnonymousProfile, c: number): { profile: AnonymousProfile; back: number[] } {
  const back = p.candidates.map((_, i) => i).filter((i) => i !== c);
  const to = (x: number): number => back.indexOf(x);
  const ballots = p.ballots.map((b) => b.map((e) => (typeof e === 'number' ? [e] : [...e])).map((g) => g.filter((x) => x !== c).map(to)).filter((g) => g.length > 0).map((g) => (g.length === 1 ? g[0]! : g)));
  return { profile: { kind: 'anonymous', candidates: back, ballots, counts: p.counts }, back };
}

/** Stated winners of sub-profiles: "Winners in election without 0: [2]" and "winners without clone 2: [1]". */
function statedSubWinners(r: ViolationRecord): { removed: number; winners: number[] }[] {
  const out: { removed: number; winners: number[] }[] = [];
  for (const match of r.text.matchAll(/(?:Winners in election without|winners without clone) (\d+): \[([^\]]*)\]/g)) {
    out.push({ removed: Number(match[1]), winners: match[2]!.trim() === '' ? [] : match[2]!.split(',').map((x) => Number(x.trim())).sort((a, b) => a - b) });
  }
  return out;
}

/** Ballot multiset of a table as "ballot-json" → count. */
function ballotCounts(p: AnonymousProfile): Map<string, number> {
  const out = new Map<string, number>();
  p.ballots.forEach((b, i) => {
    const key = JSON.stringify(b.map((e) => (typeof e === 'number' ? [e] : [...e].sort((x, y) => x - y))));
    out.set(key, (out.get(key) ?? 0) + p.counts[i]!);
  });
  return out;
}

/** True when `after` is `before` with one voter's ballot truncated (from the bottom for Later No Harm, from the top for Earlier No Help). */
function isTruncationNeighbour(before: AnonymousProfile, after: AnonymousProfile, fromTop: boolean): boolean {
  const a = ballotCounts(before);
  const b = ballotCounts(after);
  const removed: string[] = [];
  const added: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const d = (a.get(key) ?? 0) - (b.get(key) ?? 0);
    for (let i = 0; i < Math.abs(d); i++) (d > 0 ? removed : added).push(key);
  }
  if (removed.length !== 1 || added.length !== 1) return false;
  const full = JSON.parse(removed[0]!) as number[][];
  const kept = JSON.parse(added[0]!) as number[][];
  const cut = new Set(kept.flat());
  const rank = new Map<number, number>();
  full.forEach((g, k) => g.forEach((c) => rank.set(c, k)));
  if (![...cut].every((c) => rank.has(c)) || cut.size === 0 || cut.size >= rank.size) return false;
  // the kept ballot orders its candidates exactly as the full one did
  const keptRank = new Map<number, number>();
  kept.forEach((g, k) => g.forEach((c) => keptRank.set(c, k)));
  for (const x of cut) for (const y of cut) if (Math.sign(keptRank.get(x)! - keptRank.get(y)!) !== Math.sign(rank.get(x)! - rank.get(y)!)) return false;
  for (const [c, k] of rank) {
    if (cut.has(c)) continue;
    for (const d of cut) if (fromTop ? rank.get(d)! < k : rank.get(d)! > k) return false;
  }
  return true;
}

function evaluate(r: ViolationRecord, rule: Rule): Outcome {
  const mismatches: string[] = [];
  const stated = statedWinners(r);
  r.tables!.forEach((_, i) => {
    const s = stated[i];
    if (s === undefined) return;
    const ours = winnersOf(rule, tableProfile(r, i), tablePolicy(r, i));
    if (JSON.stringify(ours) !== JSON.stringify(s)) mismatches.push(`table ${i}: ours ${JSON.stringify(ours)}, pref_voting ${JSON.stringify(s)}`);
  });
  const original = tableProfile(r, checkedTable(r));
  for (const sub of statedSubWinners(r)) {
    const { profile, back } = withoutCandidate(original, sub.removed);
    const ours = winnersOf(rule, profile, 'bottom');
    const mapped = typeof ours === 'string' ? ours : ours.map((w) => back[w]!).sort((a, b) => a - b);
    if (JSON.stringify(mapped) !== JSON.stringify(sub.winners)) mismatches.push(`without ${sub.removed}: ours ${JSON.stringify(mapped)}, pref_voting ${JSON.stringify(sub.winners)}`);
  }
  const check = votingAxiom(r.axiom)(rule as unknown as AxiomRule, original, checkerOptions(r));
  const neighbour = !TRUNCATION_AXIOMS.includes(r.axiom) || isTruncationNeighbour(tableProfile(r, 0), tableProfile(r, 1), r.axiom === 'Earlier No Help');
  return { record: r, reproduced: !check.satisfied && mismatches.length === 0, mismatches, neighbour };
}

describeCorpus('pref_voting/axiom_tables', 'pref_voting axiom counterexamples', () => {
  const records = loadRecords();

  it('has the 2,260 records of the corpus, 115 Schwartz pages without a profile and 24 stale pages', () => {
    expect(records).toHaveLength(2260);
    expect(records.filter((r) => r.axiom === 'Schwartz' && (r.tables ?? []).length === 0)).toHaveLength(SCHWARTZ_WITHOUT_PROFILE);
    expect(records.filter((r) => (r.tables ?? []).length === 0)).toHaveLength(SCHWARTZ_WITHOUT_PROFILE);
    expect(records.filter(isStale)).toHaveLength(STALE);
  });

  it('every axiom named in the corpus is registered', () => {
    for (const name of new Set(records.map((r) => r.axiom))) expect(votingAxiom(name).info.prefVotingName).toBe(name);
  });

  it('reproduces every applicable record (our checker finds the violation, our winners equal the stated ones), up to the documented disagreements', () => {
    const missing = new Map<string, number>();
    const perAxiom = new Map<string, { total: number; applicable: number; reproduced: number }>();
    const outcomes: Outcome[] = [];
    for (const r of records) {
      const row = perAxiom.get(r.axiom) ?? { total: 0, applicable: 0, reproduced: 0 };
      perAxiom.set(r.axiom, row);
      row.total++;
      if ((r.tables ?? []).length === 0 || isStale(r)) continue;
      const rule = lookup(r.method);
      if (rule === undefined) {
        missing.set(r.method, (missing.get(r.method) ?? 0) + 1);
        continue;
      }
      row.applicable++;
      const outcome = evaluate(r, rule);
      if (outcome.reproduced) row.reproduced++;
      outcomes.push(outcome);
    }
    const total = [...perAxiom.values()].reduce((s, x) => ({ total: s.total + x.total, applicable: s.applicable + x.applicable, reproduced: s.reproduced + x.reproduced }), { total: 0, applicable: 0, reproduced: 0 });
    console.log(
      [
        `[axioms] pref_voting counterexamples: reproduced ${total.reproduced} / applicable ${total.applicable} / total ${total.total}`,
        ...[...perAxiom].sort((a, b) => b[1].total - a[1].total).map(([axiom, x]) => `  ${axiom}: ${x.reproduced} / ${x.applicable} / ${x.total}`),
        `  methods not registered (records): ${[...missing].sort().map(([m, n]) => `${m} (${n})`).join(', ') || 'none'}`,
      ].join('\n'),
    );

    const failures = outcomes.filter((o) => !o.reproduced);
    // pref_voting's own witness is not a neighbour: for profiles with ties its truncation code drops
    // every ballot ranking the same candidate set as the truncated one and adds back copies of it.
    const artifacts = failures.filter((o) => !o.neighbour && o.record.profile_type === 'ProfileWithTies');
    const explained = failures.filter((o) => o.neighbour && KNOWN_DISAGREEMENTS[o.record.file] !== undefined && o.mismatches.length > 0);
    const unexplained = failures.filter((o) => !artifacts.includes(o) && !explained.includes(o));
    expect(unexplained.map((o) => `${o.record.file}: ${o.mismatches.join('; ') || 'no violation found'}`)).toEqual([]);
    if (artifacts.length > 0) console.log(`  not reproducible (pref_voting's truncated profile is not a one-voter truncation): ${artifacts.length}`);
    for (const o of explained) console.log(`  known disagreement ${o.record.file}: ${o.mismatches.join('; ')}`);
    // Every documented disagreement whose method is registered must still be a disagreement (keep the list exact).
    const stillApplicable = Object.keys(KNOWN_DISAGREEMENTS).filter((f) => outcomes.some((o) => o.record.file === f));
    expect(stillApplicable.filter((f) => !explained.some((o) => o.record.file === f))).toEqual([]);
    // Records with a stated winner set must agree with ours unless documented.
    expect(outcomes.filter((o) => o.reproduced).every((o) => o.mismatches.length === 0)).toBe(true);
  });
});
