import type { Citation } from '@plural/core';

export const BORDER_JORDAN_1983: Citation = {
  authors: 'Kim C. Border, J. S. Jordan',
  year: 1983,
  title: 'Straightforward elections, unanimity and phantom voters',
  doi: '10.2307/2297911',
};

export const BARBERA_GUL_STACCHETTI_1993: Citation = {
  authors: 'Salvador Barberà, Faruk Gul, Ennio Stacchetti',
  year: 1993,
  title: 'Generalized median voter schemes and committees',
  doi: '10.1006/jeth.1993.1066',
};

export const GOEL_HANN_CARUTHERS_2020: Citation = {
  authors: 'Sumit Goel, Wade Hann-Caruthers',
  year: 2020,
  title: 'Optimality of the coordinate-wise median mechanism for strategyproof facility location in two dimensions',
  arxiv: '2007.00903',
};
