import type { Citation } from '@plural/core';

export const CHENG_YU_ZHANG_2013: Citation = {
  authors: 'Yukun Cheng, Wei Yu, Guochuan Zhang',
  year: 2013,
  title: 'Strategy-proof approximation mechanisms for an obnoxious facility game on networks',
};

export const CHENG_YU_ZHANG_2011: Citation = {
  authors: 'Yukun Cheng, Wei Yu, Guochuan Zhang',
  year: 2011,
  title: 'Mechanisms for obnoxious facility game on a path',
};
