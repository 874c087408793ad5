import type { VotingMethod } from '../registry/types.js';
import { dodgson } from './dodgson.js';
import { dodgsonQuick } from './dodgson-quick.js';
import { dodgsonTideman } from './dodgson-tideman.js';
import { kemenyYoung } from './kemeny-young.js';
import { slater } from './slater.js';
import { young } from './young.js';

/** Rules defined by an optimisation over rankings or profiles (Kemeny–Young, Slater, Dodgson, Young). */
export const optimizationMethods: readonly VotingMethod<never, never>[] = [kemenyYoung, slater, dodgson, dodgsonQuick, dodgsonTideman, young] as VotingMethod<never, never>[];
