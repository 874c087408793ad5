import type { Citation } from '@plural/core';

export const LU_SUN_WANG_ZHU_2010: Citation = {
  authors: 'Pinyan Lu, Xiaorui Sun, Yajun Wang, Zeyuan Allen Zhu',
  year: 2010,
  title: 'Asymptotically optimal strategy-proof mechanisms for two-facility games',
  doi: '10.1145/1807342.1807393',
};
