import type { AnonymousProfile, CategoricalProfile } from '../../profiles/types.js';
import type { FormatData, FormatSpec } from '../types.js';
import { readPrefLibCategorical, writePrefLibCategorical } from './categorical.js';
import { readPrefLibOrdinal, writePrefLibOrdinal, type PrefLibOrdinalType } from './ordinal.js';

/** Where the PrefLib formats are specified. */
export const PREFLIB_REFERENCE =
  'Mattei & Walsh, "PrefLib: A Library for Preferences", ADT 2013, doi:10.1007/978-3-642-41575-3_20; preflib.org/format';

const NAMES: Record<PrefLibOrdinalType, string> = {
  soc: 'PrefLib strict complete orders',
  soi: 'PrefLib strict incomplete orders',
  toc: 'PrefLib complete orders with ties',
  toi: 'PrefLib incomplete orders with ties',
};

function ordinalFormat(type: PrefLibOrdinalType): FormatSpec<AnonymousProfile> {
  return Object.freeze({
    id: type,
    name: NAMES[type],
    extensions: Object.freeze([`.${type}`]),
    kinds: Object.freeze(['anonymous'] as const),
    reference: PREFLIB_REFERENCE,
    read: (text: string, options?: Parameters<FormatSpec['read']>[1]) => readPrefLibOrdinal(text, type, options),
    write: (data: FormatData) => writePrefLibOrdinal(data as AnonymousProfile, type),
  });
}

/** PrefLib `.soc`: strict complete orders. */
export const socFormat = ordinalFormat('soc');
/** PrefLib `.soi`: strict incomplete orders. */
export const soiFormat = ordinalFormat('soi');
/** PrefLib `.toc`: complete orders with ties. */
export const tocFormat = ordinalFormat('toc');
/** PrefLib `.toi`: incomplete orders with ties. */
export const toiFormat = ordinalFormat('toi');

/** PrefLib `.cat`: categorical preferences (reads into categorical profiles; writes approval ones too). */
export const catFormat: FormatSpec<CategoricalProfile> = Object.freeze({
  id: 'cat',
  name: 'PrefLib categorical preferences',
  extensions: Object.freeze(['.cat']),
  kinds: Object.freeze(['categorical', 'approval'] as const),
  reference: PREFLIB_REFERENCE,
  read: (text: string, options?: Parameters<FormatSpec['read']>[1]) => readPrefLibCategorical(text, options),
  write: (data: FormatData) => writePrefLibCategorical(data as CategoricalProfile),
});
