import type { Citation } from '../registry/types.js';

/** The standard reference for apportionment methods and their properties. */
export const balinskiYoung: Citation = {
  authors: 'M. L. Balinski and H. P. Young',
  year: 1982,
  title: 'Fair Representation: Meeting the Ideal of One Man, One Vote (Yale University Press; 2nd ed. Brookings Institution Press, 2001)',
};

/** Pukelsheim's monograph: divisor methods with general signposts, modified Sainte-Laguë, thresholds. */
export const pukelsheim: Citation = {
  authors: 'F. Pukelsheim',
  year: 2017,
  title: 'Proportional Representation: Apportionment Methods and Their Applications, 2nd ed. (Springer)',
  doi: '10.1007/978-3-319-64707-4',
};
