import type { FormatData, FormatSpec } from '../types.js';
import { readPabulib } from './read.js';
import type { PBInstance } from './types.js';
import { writePabulib } from './write.js';

/** PabuLib `.pb` participatory-budgeting instances. */
export const pabulibFormat: FormatSpec<PBInstance> = Object.freeze({
  id: 'pb',
  name: 'PabuLib participatory budgeting',
  extensions: Object.freeze(['.pb']),
  kinds: Object.freeze(['pb'] as const),
  reference: 'Stolicki, Szufa & Talmon, "Pabulib: A Participatory Budgeting Library", 2020, arXiv:2012.06539; pabulib.org/format',
  read: (text: string, options?: Parameters<FormatSpec['read']>[1]) => readPabulib(text, options),
  write: (data: FormatData) => writePabulib(data as PBInstance),
});
