import type { Citation } from '../registry/types.js';

/** References the axioms cite (checked against the publishers' records). */
export const refs = {
  condorcet1785: { authors: 'M. J. A. N. de Caritat, Marquis de Condorcet', year: 1785, title: "Essai sur l'application de l'analyse à la probabilité des décisions rendues à la pluralité des voix", url: 'https://gallica.bnf.fr/ark:/12148/bpt6k417181' },
  smith1973: { authors: 'J. H. Smith', year: 1973, title: 'Aggregation of preferences with variable electorate', doi: '10.2307/1914033' },
  schwartz1986: { authors: 'T. Schwartz', year: 1986, title: 'The Logic of Collective Choice', url: 'https://cup.columbia.edu/book/the-logic-of-collective-choice/9780231058964' },
  young1975: { authors: 'H. P. Young', year: 1975, title: 'Social choice scoring functions', doi: '10.1137/0128067' },
  tideman1987: { authors: 'T. N. Tideman', year: 1987, title: 'Independence of clones as a criterion for voting rules', doi: '10.1007/BF00433944' },
  schulze2011: { authors: 'M. Schulze', year: 2011, title: 'A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent single-winner election method', doi: '10.1007/s00355-010-0475-4' },
  fishburn1982: { authors: 'P. C. Fishburn', year: 1982, title: 'Monotonicity paradoxes in the theory of elections', doi: '10.1016/0166-218X(82)90069-4' },
  fishburnBrams1983: { authors: 'P. C. Fishburn, S. J. Brams', year: 1983, title: 'Paradoxes of preferential voting', doi: '10.2307/2689808' },
  moulin1988: { authors: 'H. Moulin', year: 1988, title: "Condorcet's principle implies the no show paradox", doi: '10.1016/0022-0531(88)90253-0' },
  perez2001: { authors: 'J. Pérez', year: 2001, title: 'The strong no show paradoxes are a common flaw in Condorcet voting correspondences', doi: '10.1007/s003550000079' },
  woodall1997: { authors: 'D. R. Woodall', year: 1997, title: 'Monotonicity of single-seat preferential election rules', doi: '10.1016/S0166-218X(96)00100-X' },
  gibbard1973: { authors: 'A. Gibbard', year: 1973, title: 'Manipulation of voting schemes: a general result', doi: '10.2307/1914083' },
  satterthwaite1975: { authors: 'M. A. Satterthwaite', year: 1975, title: "Strategy-proofness and Arrow's conditions", doi: '10.1016/0022-0531(75)90050-2' },
  taylor2005: { authors: 'A. D. Taylor', year: 2005, title: 'Social Choice and the Mathematics of Manipulation', doi: '10.1017/CBO9780511614316' },
  saari1994: { authors: 'D. G. Saari', year: 1994, title: 'Geometry of Voting', doi: '10.1007/978-3-642-48644-9' },
  hollidayPacuit2023: { authors: 'W. H. Holliday, E. Pacuit', year: 2023, title: 'Split Cycle: a new Condorcet-consistent voting method independent of clones and immune to spoilers', doi: '10.1007/s11127-023-01042-3' },
  hollidayPacuitMay: { authors: 'W. H. Holliday, E. Pacuit', year: 2024, title: "An extension of May's Theorem to three alternatives: axiomatizing Minimax voting", arxiv: '2312.14256' },
  holliday2024: { authors: 'W. H. Holliday', year: 2024, title: 'An impossibility theorem concerning positive involvement in voting', arxiv: '2401.05657' },
  tolerantPI: { authors: 'W. H. Holliday, E. Pacuit', year: 2022, title: 'arXiv:2210.12503, the source pref_voting cites for Tolerant Positive Involvement', arxiv: '2210.12503' },
  dingHollidayPacuit2025: { authors: 'Y. Ding, W. H. Holliday, E. Pacuit', year: 2025, title: 'Characterizations of voting rules based on majority margins', arxiv: '2501.08595' },
  prefVoting: { authors: 'W. H. Holliday, E. Pacuit', year: 2025, title: 'pref_voting: The Preferential Voting Tools package for Python (axiom modules)', url: 'https://github.com/voting-tools/pref_voting' },
  arrow1951: { authors: 'K. J. Arrow', year: 1951, title: 'Social Choice and Individual Values (Cowles Commission Monograph 12)' },
  may1952: { authors: 'K. O. May', year: 1952, title: 'A set of independent necessary and sufficient conditions for simple majority decision', doi: '10.2307/1907651' },
  conitzer2007: { authors: 'V. Conitzer, T. Sandholm, J. Lang', year: 2007, title: 'When are elections with few candidates hard to manipulate?', doi: '10.1145/1236457.1236461' },
} satisfies Record<string, Citation>;
