import type { VotingMethod } from '../registry/types.js';
import { baldwin, baldwinPut, baldwinTb } from './baldwin.js';
import { benham, benhamPut, benhamTb } from './benham.js';
import { bottomTwoRunoffInstantRunoff, bottomTwoRunoffInstantRunoffPut } from './bottom-two-runoff.js';
import { condorcetIrv, condorcetIrvPut } from './condorcet-irv.js';
import { consensusBuilder } from './consensus-builder.js';
import { bracketVoting } from './bracket-voting.js';
import { coombs, coombsPut, coombsTb } from './coombs.js';
import { instantRunoff, instantRunoffPut, instantRunoffTb } from './instant-runoff.js';
import { iteratedRemovalCondorcetLoser } from './iterated-removal-condorcet-loser.js';
import { knockout } from './knockout.js';
import { multipleRoundsSystem } from './multiple-rounds-system.js';
import { strictNanson, weakNanson } from './nanson.js';
import { pluralityWithRunoffPut } from './plurality-with-runoff.js';
import { smithIrv, smithIrvPut } from './smith-irv.js';
import { tidemanAlternativeGocha, tidemanAlternativeGochaPut, tidemanAlternativeTopCycle, tidemanAlternativeTopCyclePut } from './tideman-alternative.js';

/** The iterative elimination rules, in the order the docs list them. */
export const iterativeMethods: readonly VotingMethod<never, never>[] = [
  instantRunoff,
  instantRunoffPut,
  instantRunoffTb,
  pluralityWithRunoffPut,
  bottomTwoRunoffInstantRunoff,
  bottomTwoRunoffInstantRunoffPut,
  coombs,
  coombsPut,
  coombsTb,
  baldwin,
  baldwinPut,
  baldwinTb,
  strictNanson,
  weakNanson,
  benham,
  benhamPut,
  benhamTb,
  condorcetIrv,
  condorcetIrvPut,
  smithIrv,
  smithIrvPut,
  tidemanAlternativeTopCycle,
  tidemanAlternativeTopCyclePut,
  tidemanAlternativeGocha,
  tidemanAlternativeGochaPut,
  iteratedRemovalCondorcetLoser,
  knockout,
  bracketVoting,
  consensusBuilder,
  multipleRoundsSystem,
] as VotingMethod<never, never>[];
