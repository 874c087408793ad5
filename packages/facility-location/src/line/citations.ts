import type { Citation } from '@plural/core';

/** Papers cited by more than one line mechanism. */
export const MOULIN_1980: Citation = {
  authors: 'Hervé Moulin',
  year: 1980,
  title: 'On strategy-proofness and single peakedness',
  doi: '10.1007/BF00128122',
};

export const PROCACCIA_TENNENHOLTZ_2013: Citation = {
  authors: 'Ariel D. Procaccia, Moshe Tennenholtz',
  year: 2013,
  title: 'Approximate mechanism design without money',
  doi: '10.1145/2542174.2542175',
};

export const ALLW_2022: Citation = {
  authors: 'Haris Aziz, Alexander Lam, Barton E. Lee, Toby Walsh',
  year: 2022,
  title: 'Strategyproof and proportionally fair facility location',
  arxiv: '2111.01566',
  doi: '10.1007/978-3-031-22832-2_20',
};

export const FREEMAN_ET_AL_2021: Citation = {
  authors: 'Rupert Freeman, David M. Pennock, Dominik Peters, Jennifer Wortman Vaughan',
  year: 2021,
  title: 'Truthful aggregation of budget proposals',
  arxiv: '1905.00457',
  doi: '10.1016/j.jet.2021.105234',
};

export const ALSW_2022: Citation = {
  authors: 'Haris Aziz, Alexander Lam, Mashbat Suzuki, Toby Walsh',
  year: 2022,
  title: 'Random rank: the one and only strategyproof and proportionally fair randomized facility location mechanism',
  arxiv: '2205.14798',
};

export const LAM_AZIZ_WALSH_2023: Citation = {
  authors: 'Alexander Lam, Haris Aziz, Toby Walsh',
  year: 2023,
  title: 'Nash welfare and facility location',
  arxiv: '2310.04102',
};

export const WALSH_2025: Citation = {
  authors: 'Toby Walsh',
  year: 2025,
  title: 'Equitable mechanism design for facility location',
  arxiv: '2506.10460',
};

export const WALSH_2023_GAME: Citation = {
  authors: 'Toby Walsh',
  year: 2023,
  title: 'Mechanisms that play a game, not toss a coin',
  arxiv: '2308.10413',
};
