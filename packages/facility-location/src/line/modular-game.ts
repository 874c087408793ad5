import { InvalidNumberError, ValidationError } from '@plural/core';
import { locationOutcome } from '../outcome/outcome.js';
import { defineLineMechanism } from '../registry/define.js';
import type { LineMechanismOptions } from '../registry/types.js';
import { PROCACCIA_TENNENHOLTZ_2013, WALSH_2023_GAME } from './citations.js';

/** Options of {@link lrmModularGame}. */
export interface ModularGameOptions extends LineMechanismOptions {
  /**
   * Each agent's move in the modular game, an integer per agent in agent order (any integers; only
   * their sum mod 4 matters). Omitted: every agent plays 0.
   */
  readonly moves?: readonly (number | bigint)[];
}

/** The LRM branch a residue of the moves' sum mod 4 selects: 0 leftmost, 1 rightmost, 2 and 3 midpoint. */
export function lrmBranch(residue: number): 'leftmost' | 'rightmost' | 'midpoint' {
  return residue === 0 ? 'leftmost' : residue === 1 ? 'rightmost' : 'midpoint';
}

/**
 * LRM played as a modular game instead of a coin toss — the "game-first" derandomization of Walsh
 * (2023, "Mechanisms that play a game, not toss a coin", arXiv:2308.10413): besides its location every
 * agent submits an integer; the sum of the integers mod 4 picks LRM's branch (0: leftmost report, 1:
 * rightmost, 2 or 3: midpoint of the extremes). The mechanism is deterministic (auditable): the same
 * reports and moves always give the same location.
 *
 * If any one agent plays uniformly on {0, 1, 2, 3}, the sum mod 4 is uniform whatever the others do, so
 * the location has exactly LRM's distribution (1/4, 1/4, 1/2); with all agents playing uniformly and
 * reporting sincerely this is a mixed Nash equilibrium, because LRM is strategyproof in expectation
 * ("quasi-strategyproof" in the paper's words). For fixed moves it is not strategyproof (when the
 * midpoint branch is selected, on (0, 1/2) with moves (2, 0) it gives 1/4, and the agent at 1/2 who
 * reports 1 moves it to 1/2).
 *
 * Confirmed from the paper's abstract: the game-first method, the modular-arithmetic game with a uniform
 * mixed equilibrium, sincere reports in equilibrium. Not checked against the paper: the paper's own
 * facility-location mechanism (its section could not be retrieved) — the choice of LRM as the base and
 * the residue → branch assignment here are this library's.
 *
 * Complexity: O(n log n).
 */
export const lrmModularGame = defineLineMechanism<ModularGameOptions>(
  {
    id: 'lrm-modular-game',
    name: 'LRM as a modular game (derandomized)',
    aliases: ['derandomized-lrm', 'lrm-game'],
    setting: 'line',
    description: 'LRM with its coin replaced by the agents’ integers: Σ moves mod 4 = 0 leftmost, 1 rightmost, 2 or 3 midpoint.',
    citations: [WALSH_2023_GAME, PROCACCIA_TENNENHOLTZ_2013],
    complexity: 'O(n log n)',
    randomized: false,
    domain: 'any',
    convention: 'moves default to 0 (then the leftmost report); residue 0 leftmost, 1 rightmost, 2 and 3 midpoint',
    properties: {
      strategyproof: false,
      'group-strategyproof': false,
      anonymous: true,
      unanimous: true,
      ifs: false,
      ufs: false,
      proportional: false,
      pf: false,
      'strong-proportionality': false,
      pareto: true,
    },
  },
  (profile, options) => {
    const n = profile.positions.length;
    let sum = 0n;
    if (options.moves !== undefined) {
      if (!Array.isArray(options.moves) || options.moves.length !== n) {
        throw new ValidationError(`expected one move per agent (${n}), got ${Array.isArray(options.moves) ? options.moves.length : typeof options.moves}.`, {
          where: 'options.moves',
          fix: `Pass moves: an array of ${n} integers, one per agent in the order of the positions.`,
        });
      }
      options.moves.forEach((m, i) => {
        if (typeof m === 'bigint') sum += m;
        else if (typeof m === 'number' && Number.isSafeInteger(m)) sum += BigInt(m);
        else {
          throw new InvalidNumberError(`a move must be an integer, got ${String(m)}.`, { where: `options.moves[${i}]`, fix: 'Give each move as an integer (only the sum mod 4 matters).' });
        }
      });
    }
    const residue = Number(((sum % 4n) + 4n) % 4n);
    const s = profile.sorted;
    const branch = lrmBranch(residue);
    const y = branch === 'leftmost' ? s[0]! : branch === 'rightmost' ? s[s.length - 1]! : s[0]!.add(s[s.length - 1]!).div(2);
    return locationOutcome('lrm-modular-game', y);
  },
);
