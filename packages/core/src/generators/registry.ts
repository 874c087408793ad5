/**
 * The registry of preference generators: each one listed once, with its id, name, citation, the kind
 * of data it returns and its parameters. The CLI (`plural generate <id>`), the docs and the tests read
 * this list; {@link generate} runs a generator by id from plain named arguments.
 */
import { ValidationError } from '../errors/errors.js';
import type { ApprovalProfile, PairwiseData, RankingProfile } from '../profiles/types.js';
import { describe } from '../validation/numbers.js';
import { disjointResampling } from './approval/disjoint-resampling.js';
import { pImpartial } from './approval/p-impartial.js';
import { resampling } from './approval/resampling.js';
import { impartialAnonymousCulture } from './ordinal/impartial-anonymous-culture.js';
import { impartialCulture } from './ordinal/impartial-culture.js';
import { mallows, normalizedMallows } from './ordinal/mallows.js';
import { plackettLuce } from './ordinal/plackett-luce.js';
import { singlePeakedConitzer } from './ordinal/single-peaked-conitzer.js';
import { singlePeakedWalsh } from './ordinal/single-peaked-walsh.js';
import { polyaEggenbergerUrn } from './ordinal/urn.js';
import { bradleyTerry } from './pairwise/bradley-terry.js';
import { rejectUnknownOptions } from './parameters.js';
import { euclidean, POINT_DISTRIBUTIONS } from './spatial/euclidean.js';

/** The kind of data a generator returns (the `kind` field of the output). */
export type GeneratorOutputKind = 'ranking' | 'approval' | 'pairwise';

/** The family a generator belongs to (its source folder). */
export type GeneratorFamily = 'ordinal' | 'spatial' | 'approval' | 'pairwise';

/**
 * The type of a generator parameter:
 * `labels` is a count n (labels 0…n−1) or a list of distinct string/number labels;
 * `permutation` a list of all candidate indices; `points` a list of points (coordinate lists, or bare
 * numbers in 1-D); `pairs` a list of `[a, b]` index pairs; `index-set` a list of distinct indices.
 */
export type GeneratorParameterType =
  | 'integer'
  | 'number'
  | 'enum'
  | 'labels'
  | 'number[]'
  | 'permutation'
  | 'index-set'
  | 'points'
  | 'pairs';

/** One parameter of a generator. */
export interface GeneratorParameter {
  readonly name: string;
  readonly type: GeneratorParameterType;
  readonly description: string;
  readonly required: boolean;
  /** Default value when omitted (absent when the default depends on other parameters). */
  readonly default?: number | string;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Allowed strings, for `enum` parameters and for the string forms of list parameters. */
  readonly values?: readonly string[];
}

/** Any output of a registered generator. */
export type GeneratedData = RankingProfile | ApprovalProfile | PairwiseData;

/** A registered generator. */
export interface GeneratorInfo {
  /** Stable kebab-case id, e.g. `impartial-culture`. */
  readonly id: string;
  /** Human name. */
  readonly name: string;
  /** Other ids that resolve to this generator (e.g. `ic`). */
  readonly aliases: readonly string[];
  readonly family: GeneratorFamily;
  readonly output: GeneratorOutputKind;
  /** The defining source (authors, title, venue, year, arXiv/DOI). */
  readonly citation: string;
  /** One-sentence definition. */
  readonly description: string;
  /** Parameters besides `seed`, which every generator takes (see {@link SEED_PARAMETER}). */
  readonly parameters: readonly GeneratorParameter[];
  /** The exported function, by name. */
  readonly functionName: string;
  /** Runs the generator on named arguments (its parameters plus `seed`). */
  readonly generate: (args: Readonly<Record<string, unknown>>) => GeneratedData;
}

/** The `seed` parameter every generator accepts. */
export const SEED_PARAMETER: GeneratorParameter = Object.freeze({
  name: 'seed',
  type: 'integer',
  description: 'Seed of the random generator (an integer or a string, or an Rng in code); the same seed gives the same output everywhere.',
  required: false,
  default: 0,
});

const VOTERS: GeneratorParameter = {
  name: 'voters',
  type: 'integer',
  description: 'Number of voters n.',
  required: true,
  minimum: 0,
};
const CANDIDATES: GeneratorParameter = {
  name: 'candidates',
  type: 'labels',
  description: 'Number of candidates m, or their labels.',
  required: true,
  minimum: 1,
};
const AXIS: GeneratorParameter = {
  name: 'axis',
  type: 'permutation',
  description: 'Societal axis, left to right, as a permutation of candidate indices (default 0, 1, …, m−1).',
  required: false,
};
const CENTER: GeneratorParameter = {
  name: 'center',
  type: 'permutation',
  description: 'Central ranking, best first, as a permutation of candidate indices (default 0, 1, …, m−1).',
  required: false,
};
const SZUFA_2022 =
  'S. Szufa, P. Faliszewski, Ł. Janeczko, M. Lackner, A. Slinko, K. Sornat, N. Talmon, "How to sample approval elections?", IJCAI 2022, arXiv:2207.01140';

/**
 * Reads a named argument for `run`. Typed `never` so it can be handed to the generator as is: the
 * generator validates every value at runtime (that is where a bad `phi` or a NaN is reported).
 */
type ArgReader = (name: string) => never;

function entry(info: Omit<GeneratorInfo, 'generate'>, run: (arg: ArgReader) => GeneratedData): GeneratorInfo {
  const known = [...info.parameters.map((p) => p.name), 'seed'];
  const generate = (args: Readonly<Record<string, unknown>>): GeneratedData => {
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
      throw new ValidationError(`expected an object of named arguments, got ${describe(args)}.`, { where: info.id });
    }
    rejectUnknownOptions(args, known, info.id);
    for (const p of info.parameters) {
      if (p.required && args[p.name] === undefined) {
        throw new ValidationError(`missing required parameter "${p.name}" (${p.description})`, {
          where: `${info.id}.${p.name}`,
          fix: `Give ${p.name}.`,
        });
      }
    }
    return run((name) => args[name] as never);
  };
  return Object.freeze({
    ...info,
    aliases: Object.freeze(info.aliases.slice()),
    parameters: Object.freeze(info.parameters.map((p) => Object.freeze({ ...p }))),
    generate,
  });
}

/** Copies the named options that are present (so absent ones keep their defaults). */
function pick(arg: ArgReader, names: readonly string[]): never {
  const out: Record<string, unknown> = {};
  for (const name of [...names, 'seed']) {
    const value: unknown = arg(name);
    if (value !== undefined) out[name] = value;
  }
  return out as never;
}

/** Every registered generator, in documentation order. */
export const GENERATORS: readonly GeneratorInfo[] = Object.freeze([
  entry(
    {
      id: 'impartial-culture',
      name: 'Impartial culture',
      aliases: ['ic'],
      family: 'ordinal',
      output: 'ranking',
      citation:
        'G.-Th. Guilbaud, Économie appliquée 5, 1952; W. V. Gehrlein & P. C. Fishburn, "The probability of the paradox of voting: a computable solution", Journal of Economic Theory 13, 1976',
      description: 'Each ranking uniform over the m! strict rankings, independently.',
      parameters: [VOTERS, CANDIDATES],
      functionName: 'impartialCulture',
    },
    (a) => impartialCulture(a('voters'), a('candidates'), pick(a, [])),
  ),
  entry(
    {
      id: 'impartial-anonymous-culture',
      name: 'Impartial anonymous culture',
      aliases: ['iac'],
      family: 'ordinal',
      output: 'ranking',
      citation:
        'S. Kuga & H. Nagatani, Econometrica 42, 1974; W. V. Gehrlein & P. C. Fishburn, Journal of Economic Theory 13, 1976; urn form: S. Berg, Public Choice 47, 1985',
      description: 'Every anonymous profile (multiset of n rankings) equally likely; sampled as a Pólya–Eggenberger urn adding one copy per draw.',
      parameters: [VOTERS, CANDIDATES],
      functionName: 'impartialAnonymousCulture',
    },
    (a) => impartialAnonymousCulture(a('voters'), a('candidates'), pick(a, [])),
  ),
  entry(
    {
      id: 'mallows',
      name: 'Mallows model',
      aliases: [],
      family: 'ordinal',
      output: 'ranking',
      citation:
        'C. L. Mallows, "Non-null ranking models. I", Biometrika 44, 1957, doi:10.1093/biomet/44.1-2.114; sampler: J.-P. Doignon, A. Pekeč, M. Regenwetter, Psychometrika 69, 2004, doi:10.1007/BF02295838',
      description: 'P(r) ∝ φ^{Kendall distance from the centre}, sampled by repeated insertion.',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'phi', type: 'number', description: 'Dispersion φ (0: the centre only, 1: impartial culture).', required: true, minimum: 0, maximum: 1 },
        CENTER,
      ],
      functionName: 'mallows',
    },
    (a) => mallows(a('voters'), a('candidates'), pick(a, ['phi', 'center'])),
  ),
  entry(
    {
      id: 'normalized-mallows',
      name: 'Normalised Mallows model',
      aliases: ['norm-mallows'],
      family: 'ordinal',
      output: 'ranking',
      citation:
        'N. Boehmer, R. Bredereck, P. Faliszewski, R. Niedermeier, S. Szufa, "Putting a compass on the map of elections", IJCAI 2021, arXiv:2105.07815',
      description: 'Mallows with φ chosen so that the expected swap distance to the centre is normPhi·m(m−1)/4.',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'normPhi', type: 'number', description: 'Normalised dispersion (0: the centre only, 1: impartial culture).', required: true, minimum: 0, maximum: 1 },
        CENTER,
      ],
      functionName: 'normalizedMallows',
    },
    (a) => normalizedMallows(a('voters'), a('candidates'), pick(a, ['normPhi', 'center'])),
  ),
  entry(
    {
      id: 'plackett-luce',
      name: 'Plackett–Luce model',
      aliases: [],
      family: 'ordinal',
      output: 'ranking',
      citation: 'R. L. Plackett, "The analysis of permutations", Applied Statistics 24, 1975, doi:10.2307/2346567; R. D. Luce, "Individual Choice Behavior", 1959',
      description: 'Rankings built top-down, each next candidate chosen with probability proportional to its weight among those left.',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'weights', type: 'number[]', description: 'One positive weight per candidate.', required: true },
      ],
      functionName: 'plackettLuce',
    },
    (a) => plackettLuce(a('voters'), a('candidates'), pick(a, ['weights'])),
  ),
  entry(
    {
      id: 'urn',
      name: 'Pólya–Eggenberger urn model',
      aliases: ['polya-eggenberger-urn'],
      family: 'ordinal',
      output: 'ranking',
      citation: 'S. Berg, "Paradox of voting under an urn model: the effect of homogeneity", Public Choice 47, 1985',
      description: 'An urn starts with the m! rankings; each draw is returned with α·m! copies (α normalised as in prefsampling).',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'alpha', type: 'number', description: 'Contagion α ≥ 0 (0: impartial culture, 1/m!: impartial anonymous culture).', required: true, minimum: 0 },
      ],
      functionName: 'polyaEggenbergerUrn',
    },
    (a) => polyaEggenbergerUrn(a('voters'), a('candidates'), pick(a, ['alpha'])),
  ),
  entry(
    {
      id: 'single-peaked-walsh',
      name: 'Single-peaked (Walsh)',
      aliases: ['sp-walsh'],
      family: 'ordinal',
      output: 'ranking',
      citation: 'T. Walsh, "Generating single peaked votes", arXiv:1503.02766, 2015',
      description: 'Uniform over the 2^(m−1) rankings single-peaked on the axis.',
      parameters: [VOTERS, CANDIDATES, AXIS],
      functionName: 'singlePeakedWalsh',
    },
    (a) => singlePeakedWalsh(a('voters'), a('candidates'), pick(a, ['axis'])),
  ),
  entry(
    {
      id: 'single-peaked-conitzer',
      name: 'Single-peaked (Conitzer)',
      aliases: ['sp-conitzer'],
      family: 'ordinal',
      output: 'ranking',
      citation:
        'V. Conitzer, "Eliciting single-peaked preferences using comparison queries", Journal of Artificial Intelligence Research 35, 2009, arXiv:1401.3449',
      description: 'Uniform peak, then the nearest free candidate on the left or right with probability 1/2 each.',
      parameters: [VOTERS, CANDIDATES, AXIS],
      functionName: 'singlePeakedConitzer',
    },
    (a) => singlePeakedConitzer(a('voters'), a('candidates'), pick(a, ['axis'])),
  ),
  entry(
    {
      id: 'euclidean',
      name: 'Euclidean (spatial) model',
      aliases: ['spatial'],
      family: 'spatial',
      output: 'ranking',
      citation:
        'J. M. Enelow & M. J. Hinich, "The Spatial Theory of Voting", 1984; E. Elkind, P. Faliszewski, J.-F. Laslier, P. Skowron, A. Slinko, N. Talmon, AAAI 2017',
      description: 'Voters and candidates are points of R^d; each voter ranks candidates by increasing Euclidean distance.',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'dimension', type: 'integer', description: 'Number of dimensions (default: that of given positions, else 2).', required: false, minimum: 1 },
        {
          name: 'distribution',
          type: 'enum',
          description: 'Distribution of random positions.',
          required: false,
          default: 'uniform-cube',
          values: POINT_DISTRIBUTIONS,
        },
        {
          name: 'candidateDistribution',
          type: 'enum',
          description: 'Distribution of random candidate positions (default: distribution).',
          required: false,
          values: POINT_DISTRIBUTIONS,
        },
        { name: 'voterPositions', type: 'points', description: 'Fixed voter positions, one per voter.', required: false },
        { name: 'candidatePositions', type: 'points', description: 'Fixed candidate positions, one per candidate.', required: false },
      ],
      functionName: 'euclidean',
    },
    (a) => euclidean(a('voters'), a('candidates'), pick(a, ['dimension', 'distribution', 'candidateDistribution', 'voterPositions', 'candidatePositions'])),
  ),
  entry(
    {
      id: 'p-impartial',
      name: 'p-impartial culture (approval)',
      aliases: ['impartial-approval'],
      family: 'approval',
      output: 'approval',
      citation: SZUFA_2022,
      description: 'Each voter approves each candidate independently with probability p.',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'p', type: 'number', description: 'Approval probability.', required: true, minimum: 0, maximum: 1 },
      ],
      functionName: 'pImpartial',
    },
    (a) => pImpartial(a('voters'), a('candidates'), pick(a, ['p'])),
  ),
  entry(
    {
      id: 'resampling',
      name: 'Resampling model (approval)',
      aliases: [],
      family: 'approval',
      output: 'approval',
      citation: SZUFA_2022,
      description: 'Copy a central ballot of ⌊p·m⌋ candidates, resampling each candidate with probability φ (approved with probability p).',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'p', type: 'number', description: 'Approval probability; the central ballot has ⌊p·m⌋ candidates.', required: true, minimum: 0, maximum: 1 },
        { name: 'phi', type: 'number', description: 'Resampling probability (0: the central ballot, 1: p-impartial).', required: true, minimum: 0, maximum: 1 },
        {
          name: 'central',
          type: 'index-set',
          description: 'Central ballot: "first" (candidates 0…⌊p·m⌋−1), "random", or a set of candidate indices.',
          required: false,
          default: 'first',
          values: ['first', 'random'],
        },
      ],
      functionName: 'resampling',
    },
    (a) => resampling(a('voters'), a('candidates'), pick(a, ['p', 'phi', 'central'])),
  ),
  entry(
    {
      id: 'disjoint-resampling',
      name: 'Disjoint resampling model (approval)',
      aliases: ['disjoint-groups'],
      family: 'approval',
      output: 'approval',
      citation: SZUFA_2022,
      description: 'g groups with disjoint central ballots of ⌊p·m⌋ candidates; each voter resamples around a uniformly chosen group’s ballot.',
      parameters: [
        VOTERS,
        CANDIDATES,
        { name: 'p', type: 'number', description: 'Approval probability; each central ballot has ⌊p·m⌋ candidates.', required: true, minimum: 0, maximum: 1 },
        { name: 'phi', type: 'number', description: 'Resampling probability.', required: true, minimum: 0, maximum: 1 },
        { name: 'groups', type: 'integer', description: 'Number of groups g (needs g·⌊p·m⌋ ≤ m).', required: false, default: 2, minimum: 1 },
      ],
      functionName: 'disjointResampling',
    },
    (a) => disjointResampling(a('voters'), a('candidates'), pick(a, ['p', 'phi', 'groups'])),
  ),
  entry(
    {
      id: 'bradley-terry',
      name: 'Bradley–Terry model',
      aliases: ['bt', 'btl'],
      family: 'pairwise',
      output: 'pairwise',
      citation:
        'R. A. Bradley & M. E. Terry, "Rank analysis of incomplete block designs: I. The method of paired comparisons", Biometrika 39, 1952, doi:10.2307/2334029',
      description: 'Item a beats item b with probability e^{θ_a}/(e^{θ_a} + e^{θ_b}), independently per comparison.',
      parameters: [
        { name: 'items', type: 'labels', description: 'Number of items, or their labels.', required: true, minimum: 2 },
        { name: 'strengths', type: 'number[]', description: 'Log-strengths θ, one per item.', required: true },
        { name: 'comparisons', type: 'integer', description: 'Number of comparisons.', required: true, minimum: 0 },
        {
          name: 'pairs',
          type: 'pairs',
          description: '"uniform" (each comparison a uniformly random ordered pair) or a list of [a, b] pairs cycled in order.',
          required: false,
          default: 'uniform',
          values: ['uniform'],
        },
      ],
      functionName: 'bradleyTerry',
    },
    (a) => bradleyTerry(a('items'), pick(a, ['strengths', 'comparisons', 'pairs'])),
  ),
]);

/**
 * The registered generator with this id or alias. Throws a {@link ValidationError} listing the ids
 * when there is none.
 *
 * @example
 * generatorById('ic').name; // 'Impartial culture'
 */
export function generatorById(id: string): GeneratorInfo {
  const found = GENERATORS.find((g) => g.id === id || g.aliases.includes(id));
  if (found === undefined) {
    throw new ValidationError(`unknown generator ${describe(id)}.`, {
      where: 'generator',
      fix: `Use one of: ${GENERATORS.map((g) => g.id).join(', ')}.`,
    });
  }
  return found;
}

/**
 * Runs a registered generator by id (or alias) on named arguments — its parameters plus `seed`.
 * Unknown or missing parameters throw a {@link ValidationError} naming them.
 *
 * @example
 * generate('mallows', { voters: 10, candidates: 4, phi: 0.5, seed: 1 });
 */
export function generate(id: string, args: Readonly<Record<string, unknown>>): GeneratedData {
  return generatorById(id).generate(args);
}
