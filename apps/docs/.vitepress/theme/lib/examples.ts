/** Example inputs the live examples start from. */

/** The Tennessee capital example (as bundled with the CLI): 100 voters, four cities, Nashville wins every duel. */
export const TENNESSEE_SOC = `# TITLE: Tennessee capital (textbook example)
# DATA TYPE: soc
# NUMBER ALTERNATIVES: 4
# NUMBER VOTERS: 100
# NUMBER UNIQUE ORDERS: 4
# ALTERNATIVE NAME 1: Memphis
# ALTERNATIVE NAME 2: Nashville
# ALTERNATIVE NAME 3: Chattanooga
# ALTERNATIVE NAME 4: Knoxville
42: 1,2,3,4
26: 2,3,4,1
17: 4,3,2,1
15: 3,4,2,1
`;

/**
 * A Condorcet cycle with unequal margins: Alice beats Bob by 3, Bob beats Carol by 5, Carol beats
 * Alice by 1. Its maximal lottery is (5/9, 1/9, 3/9).
 */
export const CYCLE_SOC = `# TITLE: A Condorcet cycle
# DATA TYPE: soc
# NUMBER ALTERNATIVES: 3
# NUMBER VOTERS: 9
# NUMBER UNIQUE ORDERS: 3
# ALTERNATIVE NAME 1: Alice
# ALTERNATIVE NAME 2: Bob
# ALTERNATIVE NAME 3: Carol
4: 1,2,3
3: 2,3,1
2: 3,1,2
`;

/** Truncated ballots with ties, for the format converter. */
export const SMALL_TOI = `# DATA TYPE: toi
# NUMBER ALTERNATIVES: 3
# NUMBER VOTERS: 6
# NUMBER UNIQUE ORDERS: 3
# ALTERNATIVE NAME 1: Alice
# ALTERNATIVE NAME 2: Bob
# ALTERNATIVE NAME 3: Carol
3: 1,{2,3}
2: 2
1: 3,1,2
`;

/** The two-variable LP of `solve`'s documentation: optimum 2.8 at x = 1.6, y = 1.2. */
export const SMALL_LP = `{
  "variables": [{ "name": "x" }, { "name": "y" }],
  "constraints": [
    { "name": "wood", "coefficients": [["x", 1], ["y", 2]], "upper": 4 },
    { "name": "labour", "coefficients": [["x", 3], ["y", 1]], "upper": 6 }
  ],
  "objective": { "sense": "max", "coefficients": [["x", 1], ["y", 1]] }
}`;

/** LPs showing the other statuses, keyed by the status they end in. */
export const LP_PRESETS: Readonly<Record<string, string>> = {
  optimal: SMALL_LP,
  infeasible: `{
  "variables": [{ "name": "x" }, { "name": "y" }],
  "constraints": [
    { "coefficients": [["x", 1], ["y", 1]], "upper": 1 },
    { "coefficients": [["x", 1], ["y", 1]], "lower": 2 }
  ],
  "objective": { "sense": "min", "coefficients": [["x", 1]] }
}`,
  unbounded: `{
  "variables": [{ "name": "x" }, { "name": "y" }],
  "constraints": [{ "coefficients": [["x", 1], ["y", -1]], "upper": 1 }],
  "objective": { "sense": "max", "coefficients": [["x", 1]] }
}`,
  'mixed-integer': `{
  "variables": [{ "name": "x", "integer": true }, { "name": "y", "integer": true }],
  "constraints": [{ "coefficients": [["x", 2], ["y", 2]], "upper": 7 }],
  "objective": { "sense": "max", "coefficients": [["x", 3], ["y", 2]] }
}`,
};

/**
 * A Condorcet cycle whose margins are 3, 1 and 1: Alice beats Bob by 3, Bob beats Carol by 1, Carol
 * beats Alice by 1. Its maximal lottery is (1/5, 1/5, 3/5): each candidate in proportion to the margin
 * of the duel it is not part of.
 */
export const THREE_CYCLE_SOC = `# TITLE: A Condorcet cycle with margins 3, 1, 1
# DATA TYPE: soc
# NUMBER ALTERNATIVES: 3
# NUMBER VOTERS: 5
# NUMBER UNIQUE ORDERS: 3
# ALTERNATIVE NAME 1: Alice
# ALTERNATIVE NAME 2: Bob
# ALTERNATIVE NAME 3: Carol
2: 1,2,3
1: 2,3,1
2: 3,1,2
`;

/** Votes per party for the seat calculator, one `party: votes` line each: D'Hondt gives 4, 3, 1, 0 of 8 seats. */
export const PARTY_VOTES = `A: 100000
B: 80000
C: 30000
D: 20000
`;
