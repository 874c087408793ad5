/**
 * Where our claimed properties differ from pref_voting's table (voting_methods_properties.json), with
 * the reason. Each `false` here has a counterexample our axiom checker confirms (test/axioms/
 * property-table.test.ts); each `true` survives the same search. Keyed "<pref_voting display name>
 * <property key>", e.g. "Top Cycle pareto_dominance"; `ours` is what our registry claims.
 */
export const PREF_VOTING_CORRECTIONS: Readonly<Record<string, { readonly ours: boolean; readonly reason: string }>> = {
  'Top Cycle pareto_dominance': {
    ours: false,
    reason:
      'The top cycle (Smith set) can contain a Pareto-dominated candidate: a≻d≻b≻c, b≻c≻a≻d, c≻a≻d≻b has the majority cycle a→d→b→c→a, so d is in the top cycle although every voter prefers a to d.',
  },
  'Preliminary Weighted Condorcet condorcet_winner': {
    ours: false,
    reason:
      "By pref_voting's own definition: with one voter a≻b≻c, every pair involving a candidate without first places has weight 0, so every order is optimal and {a, b, c} win although a is the Condorcet winner.",
  },
  'Preliminary Weighted Condorcet condorcet_loser': { ours: false, reason: 'Same cause as its condorcet_winner entry: one voter a≻b elects {a, b}, including the Condorcet loser b.' },
  'Preliminary Weighted Condorcet pareto_dominance': { ours: false, reason: 'Same cause as its condorcet_winner entry: one voter a≻b elects the Pareto-dominated b.' },
  'Tideman Alternative GOCHA PUT pareto_dominance': {
    ours: false,
    reason:
      "As pref_voting implements it, eliminated candidates leave the whole remaining set, so on c≻a≻b, a≻b≻c the PUT version elects {a, b, c}, letting back b, which both voters rank below a (the non-PUT version elects {a, c}).",
  },
  'Bottom-Two-Runoff Instant Runoff PUT condorcet_loser': {
    ours: true,
    reason:
      'A Condorcet loser loses every head-to-head run-off, so whenever it is among the bottom two it is eliminated, in every parallel universe; pref_voting records false but gives no counterexample, and none is found.',
  },
  'Weighted Covering condorcet_winner': {
    ours: false,
    reason: "By pref_voting's own definition: two voters b≻a≻c and one a≻c≻b elect {a, b} although b is the Condorcet winner.",
  },
};
