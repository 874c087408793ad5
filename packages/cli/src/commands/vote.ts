import { ValidationError, type AnonymousProfile, type Label } from '@plural/core';
import {
  compareLabels,
  methodLookup,
  probabilisticRules,
  votingMethods,
  welfareFunctions,
  type ProbabilisticResult,
  type Score,
  type Tiebreak,
  type VotingResult,
} from '@plural/voting';
import { formatValue } from '../io/json.js';
import { renderPairs, renderTable } from '../io/table.js';
import { citationsText } from './citation.js';
import { optionalString, readData, requiredArgument } from './input.js';
import type { CommandContext, CommandOutput, CommandSpec, ListEntry } from './types.js';

/** What `plural vote` can run: single-winner rules, social welfare functions and probabilistic rules. */
type RuleKind = 'single-winner' | 'welfare-function' | 'probabilistic';

interface RunnableRule {
  readonly kind: RuleKind;
  readonly info: (typeof votingMethods)[number]['info'] | (typeof welfareFunctions)[number]['info'] | (typeof probabilisticRules)[number]['info'];
  readonly rule: (profile: AnonymousProfile, options: object) => VotingResult | ProbabilisticResult | Promise<ProbabilisticResult>;
}

/** Every rule `plural vote` runs, from the voting package's three registries (names unique across them). */
export const runnableRules: readonly RunnableRule[] = [
  ...votingMethods.map((m) => ({ kind: 'single-winner' as const, info: m.info, rule: m as unknown as RunnableRule['rule'] })),
  ...welfareFunctions.map((m) => ({ kind: 'welfare-function' as const, info: m.info, rule: m as unknown as RunnableRule['rule'] })),
  ...probabilisticRules.map((m) => ({ kind: 'probabilistic' as const, info: m.info, rule: m as unknown as RunnableRule['rule'] })),
];

const findRule = methodLookup(runnableRules, 'rule');

/** Labels in the CLI's order: numbers numerically, then strings. */
function sortLabels(labels: readonly Label[]): Label[] {
  return [...labels].sort(compareLabels);
}

/** `--param key=value` pairs as rule options: numbers and booleans parsed, `p/q` kept as text. */
export function ruleParameters(values: unknown): Record<string, unknown> {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  const out: Record<string, unknown> = {};
  for (const item of list) {
    const text = String(item);
    const eq = text.indexOf('=');
    if (eq <= 0) {
      throw new ValidationError(`--param ${JSON.stringify(text)} is not key=value.`, { where: '--param', fix: 'Write --param alpha=1/2 (plural vote --list shows each rule; its docs name its options).' });
    }
    const key = text.slice(0, eq).trim();
    const raw = text.slice(eq + 1).trim();
    out[key] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

/** `--tiebreak` and `--seed` as the voting package's Tiebreak. */
export function tiebreakOption(context: CommandContext): Tiebreak | undefined {
  const kind = optionalString(context, 'tiebreak');
  const seedText = optionalString(context, 'seed');
  if (kind === undefined) {
    if (seedText !== undefined) throw new ValidationError('--seed only makes sense with --tiebreak random.', { where: '--seed', fix: 'Add --tiebreak random, or leave out --seed.' });
    return undefined;
  }
  if (kind === 'lexicographic') return 'lexicographic';
  if (kind === 'random') {
    if (seedText === undefined) throw new ValidationError('--tiebreak random needs a seed, so that the result can be reproduced.', { where: '--seed', fix: 'Add --seed <integer>.' });
    const seed = Number(seedText);
    return { random: Number.isInteger(seed) ? seed : seedText };
  }
  throw new ValidationError(`unknown tie-break ${JSON.stringify(kind)}.`, { where: '--tiebreak', fix: 'Use lexicographic, or random with --seed N.' });
}

function scoresByLabel(result: VotingResult, scores: readonly (Score | undefined)[]): Map<string, Score> {
  const out = new Map<string, Score>();
  for (const c of sortLabels(result.candidates)) {
    const i = result.candidates.indexOf(c);
    const s = scores[i];
    if (s !== undefined) out.set(String(c), s);
  }
  return out;
}

/** The JSON of a voting result per the CLI contract: labels, sorted; exact scores as numbers or "p/q". */
export function voteJson(result: VotingResult, explain: boolean): Record<string, unknown> {
  const label = (i: number) => result.candidates[i]!;
  return {
    rule: result.method,
    winners: sortLabels(result.winners.map(label)),
    ...(result.ranking === undefined ? {} : { ranking: result.ranking.map((tier) => sortLabels(tier.map(label))) }),
    ...(result.scores === undefined ? {} : { scores: scoresByLabel(result, result.scores) }),
    ...(result.tiebreak === undefined
      ? {}
      : {
          tiebreak: {
            rule: result.tiebreak.rule,
            among: sortLabels(result.tiebreak.among.map(label)),
            chosen: label(result.tiebreak.chosen),
            ...(result.tiebreak.seed === undefined ? {} : { seed: result.tiebreak.seed }),
          },
        }),
    ...(explain && result.rounds !== undefined
      ? {
          rounds: result.rounds.map((round) => ({
            scores: scoresByLabel(result, round.scores),
            eliminated: sortLabels(round.eliminated.map(label)),
            ...(round.note === undefined ? {} : { note: round.note }),
          })),
        }
      : {}),
    ...(explain && result.notes !== undefined ? { notes: result.notes } : {}),
  };
}

/** The JSON of a probabilistic rule: the lottery over candidate labels with exact probabilities. */
export function lotteryJson(result: ProbabilisticResult, explain: boolean): Record<string, unknown> {
  const order = sortLabels(result.candidates);
  return {
    rule: result.method,
    lottery: order
      .map((label) => ({ candidate: label, probability: result.probabilities[result.candidates.indexOf(label)]! }))
      .filter((entry) => !entry.probability.isZero()),
    ...(result.scores === undefined ? {} : { scores: new Map(order.map((label) => [String(label), result.scores![result.candidates.indexOf(label)]!])) }),
    ...(explain && result.notes !== undefined ? { notes: result.notes } : {}),
  };
}

function lotteryText(result: ProbabilisticResult, name: string, explain: boolean): string {
  const json = lotteryJson(result, explain);
  const entries = json['lottery'] as { candidate: Label; probability: Score }[];
  let text = renderPairs([['rule', `${result.method} (${name})`]]);
  text += `\n${renderTable(['candidate', 'probability', '≈'], entries.map((e) => [String(e.candidate), formatValue(e.probability), typeof e.probability === 'number' ? String(e.probability) : e.probability.toNumber().toFixed(6)]))}`;
  if (explain && result.notes !== undefined) text += `\n${result.notes.join('\n')}\n`;
  return text;
}

function voteText(result: VotingResult, name: string, explain: boolean): string {
  const json = voteJson(result, explain);
  const rows: [string, string][] = [
    ['rule', `${result.method} (${name})`],
    ['winners', (json['winners'] as Label[]).join(', ')],
  ];
  if (result.tiebreak !== undefined) {
    const t = json['tiebreak'] as { rule: string; among: Label[]; chosen: Label; seed?: unknown };
    rows.push(['tie-break', `${t.rule}${t.seed === undefined ? '' : ` (seed ${String(t.seed)})`} chose ${t.chosen} among ${t.among.join(', ')}`]);
  }
  if (json['ranking'] !== undefined) rows.push(['ranking', (json['ranking'] as Label[][]).map((tier) => tier.join(' = ')).join(' > ')]);
  let text = renderPairs(rows);
  const scores = json['scores'] as Map<string, Score> | undefined;
  if (scores !== undefined) text += `\n${renderTable(['candidate', 'score'], [...scores].map(([c, s]) => [c, formatValue(s)]))}`;
  const rounds = json['rounds'] as { scores: Map<string, Score>; eliminated: Label[]; note?: string }[] | undefined;
  if (rounds !== undefined) {
    text += '\n';
    rounds.forEach((round, k) => {
      const scoresText = [...round.scores].map(([c, s]) => `${c}: ${formatValue(s)}`).join(', ');
      text += `round ${k + 1}: ${scoresText}${round.eliminated.length > 0 ? ` → out: ${round.eliminated.join(', ')}` : ''}${round.note ? ` (${round.note})` : ''}\n`;
    });
  }
  if (explain && result.notes !== undefined) text += `\n${result.notes.join('\n')}\n`;
  return text;
}

async function vote(context: CommandContext): Promise<CommandOutput> {
  const path = requiredArgument(context, 0, 'profile');
  const ruleName = optionalString(context, 'rule');
  if (ruleName === undefined) {
    throw new ValidationError('which rule? --rule is required.', { where: '--rule', fix: 'Add --rule <id>, e.g. --rule schulze; plural vote --list shows them all.' });
  }
  let method: RunnableRule;
  try {
    method = findRule(ruleName);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(`unknown rule ${JSON.stringify(ruleName)}.`, { where: '--rule', fix: error.fix ?? 'plural vote --list shows the rules.' });
    throw error;
  }
  const unranked = optionalString(context, 'unranked');
  if (unranked !== undefined && unranked !== 'bottom' && unranked !== 'ignore') {
    throw new ValidationError(`unknown --unranked ${JSON.stringify(unranked)}.`, { where: '--unranked', fix: 'Use bottom (unranked candidates tie below the ranked ones) or ignore.' });
  }
  const { data } = await readData(path, context);
  if (data.kind !== 'anonymous') {
    throw new ValidationError(`plural vote needs rankings, but ${path} holds ${data.kind} data.`, {
      where: path,
      fix: data.kind === 'approval' || data.kind === 'categorical' ? 'Approval ballots go to plural committee.' : 'Give a PrefLib .soc/.soi/.toc/.toi, a ranking CSV or JSON file.',
    });
  }
  const tiebreak = tiebreakOption(context);
  if (tiebreak !== undefined && method.kind === 'probabilistic') {
    throw new ValidationError(`${method.info.id} returns a lottery; there is no tie to break.`, { where: '--tiebreak', fix: 'Leave out --tiebreak, or sample the lottery yourself.' });
  }
  const options = {
    ...ruleParameters(context.options['param']),
    ...(tiebreak === undefined ? {} : { tiebreak }),
    ...(unranked === undefined ? {} : { unranked }),
    ...(context.signal === undefined ? {} : { signal: context.signal }),
  };
  const result = await method.rule(data, options);
  const explain = context.options['explain'] === true;
  if ('lottery' in result) return { json: lotteryJson(result, explain), text: lotteryText(result, method.info.name, explain) };
  return { json: voteJson(result, explain), text: voteText(result, method.info.name, explain) };
}

function listRules(): readonly ListEntry[] {
  return runnableRules.map(({ kind, info }) => ({
    id: info.id,
    kind,
    name: info.name,
    aliases: info.aliases,
    family: info.family,
    description: info.description,
    citation: citationsText(info.citations),
    ...('ballots' in info ? { ballots: info.ballots } : {}),
    complexity: info.complexity,
    properties: info.properties,
  }));
}

/** `plural vote`: run any registered single-winner rule on a ranking profile. */
export const voteCommand: CommandSpec = {
  id: 'vote',
  summary: 'run a voting rule, social welfare function or probabilistic rule on a ranking profile',
  description:
    'Runs a registered rule on a ranking profile: a single-winner rule (winners, scores, rounds), a social welfare function (a ranking) or a probabilistic rule (a lottery with exact probabilities). Rules are irresolute: all tied winners are printed unless --tiebreak makes the result resolute (the result then says how the tie was broken).',
  arguments: [{ name: 'profile', description: 'ranking profile file (.soc .soi .toc .toi .csv .json .cvotes …), or - with --format' }],
  options: [
    { flags: '--rule <id>', description: 'the rule (id or alias; --list shows them)' },
    { flags: '--format <id>', description: 'format of the input (default: from its extension; required for -)' },
    { flags: '--tiebreak <kind>', description: 'make the result resolute: lexicographic, or random with --seed' },
    { flags: '--seed <n>', description: 'seed of --tiebreak random' },
    { flags: '--unranked <policy>', description: 'truncated ballots: bottom (default; unranked tie last) or ignore' },
    { flags: '--param <key=value...>', description: "rule options, e.g. --param alpha=1 for Copeland's tie score" },
    { flags: '--explain', description: 'also print the rounds, eliminations and notes' },
  ],
  examples: ['plural vote --list', 'plural vote election.soc --rule schulze', 'plural vote election.soc --rule kemeny-ranking --json', 'plural vote election.soc --rule maximal-lottery', 'plural vote election.soi --rule irv --explain --json', 'plural vote election.toc --rule borda-truncated --tiebreak random --seed 7'],
  list: {
    key: 'rules',
    entries: listRules,
    columns: [
      { header: 'id', field: 'id' },
      { header: 'kind', field: 'kind' },
      { header: 'aliases', field: 'aliases' },
      { header: 'description', field: 'description' },
      { header: 'citation', field: 'citation' },
    ],
  },
  run: vote,
};
