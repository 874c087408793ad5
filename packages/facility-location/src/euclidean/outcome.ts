import type { Point } from './point-profile.js';

/** A deterministic mechanism's answer in ℝ^d: one point with exact coordinates. */
export interface EuclideanOutcome {
  readonly kind: 'point';
  readonly mechanism: string;
  readonly point: Point;
}

/** A frozen point outcome. */
export function pointOutcome(mechanism: string, point: Point): EuclideanOutcome {
  return Object.freeze({ kind: 'point' as const, mechanism, point: Object.freeze([...point]) });
}
