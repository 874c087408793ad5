/** The registries' name lookup lives in @plural/core (shared by every package's registry); re-exported here. */
export { methodLookup, normalizeMethodName, type Named } from '@plural/core';
