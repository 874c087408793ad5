import type { EuclideanMechanism } from '../registry/types.js';
import { coordinateWiseGeneralizedMedian, coordinateWiseMedian } from './coordinate-wise-median.js';

/** The single-facility mechanisms in ℝ^d, in the order the docs list them. */
export const euclideanMechanisms: readonly EuclideanMechanism[] = Object.freeze([coordinateWiseMedian, coordinateWiseGeneralizedMedian] as EuclideanMechanism[]);
