import { exactRational, Rational, ValidationError, type RationalLike } from '@plural/core';

/**
 * A single-peaked preference over facility locations on the line: `cost(y)` (exact) is least at `peak`
 * and rises strictly as y moves away from it on either side — not necessarily symmetric, not necessarily
 * a distance. Build one with {@link asymmetricLinearPreference}, {@link piecewiseLinearPreference},
 * {@link distancePreference} or, for an arbitrary function, {@link singlePeakedPreference}.
 */
export interface SinglePeakedPreference {
  readonly kind: 'single-peaked';
  readonly peak: Rational;
  /** A short human-readable description, e.g. "2·(p − y) left of 1/2, 1·(y − p) right". */
  readonly description: string;
  readonly cost: (y: Rational) => Rational;
}

function positive(x: RationalLike, where: string): Rational {
  const r = exactRational(x, where);
  if (r.sign() <= 0) throw new ValidationError(`the slope must be positive, got ${r}.`, { where, fix: 'Give a slope > 0 (a zero slope would make the preference flat, not single-peaked).' });
  return r;
}

/**
 * Asymmetric linear costs around a peak p: cost(y) = a·(p − y) for y ≤ p and b·(y − p) for y ≥ p, with
 * a, b > 0 (a = b = 1 is the distance). Throws ValidationError naming `left`/`right` for a slope ≤ 0.
 *
 * @example
 * asymmetricLinearPreference(0.5, 2, 1).cost(Rational.of(1, 4)).toString(); // '1/2'
 */
export function asymmetricLinearPreference(peak: RationalLike, left: RationalLike, right: RationalLike): SinglePeakedPreference {
  const p = exactRational(peak, 'peak');
  const a = positive(left, 'left');
  const b = positive(right, 'right');
  return Object.freeze({
    kind: 'single-peaked' as const,
    peak: p,
    description: `${a}·(p − y) left of ${p}, ${b}·(y − p) right`,
    cost: (y: Rational) => (y.le(p) ? p.sub(y).mul(a) : y.sub(p).mul(b)),
  });
}

/** The distance |p − y|: the symmetric single-peaked preference of the facility-location model. */
export function distancePreference(peak: RationalLike): SinglePeakedPreference {
  return asymmetricLinearPreference(peak, 1, 1);
}

/**
 * A single-peaked preference given as a table of breakpoints `[[y_0, c_0], [y_1, c_1], …]` (y strictly
 * increasing, at least two rows), linear between breakpoints. The least cost must be at exactly one
 * breakpoint (the peak); costs must fall strictly before it and rise strictly after it. Outside the
 * table, the cost keeps rising away from the peak with the absolute slope of the end segment.
 *
 * Throws ValidationError naming `table[i][0]` or `table[i][1]` when the table is not strictly increasing
 * in y or not single-peaked; InvalidNumberError for NaN/Infinity.
 *
 * @example
 * piecewiseLinearPreference([[0, 3], [0.5, 0], [0.6, 2], [1, 2.5]]).peak.toString(); // '1/2'
 */
export function piecewiseLinearPreference(table: readonly (readonly [RationalLike, RationalLike])[]): SinglePeakedPreference {
  if (!Array.isArray(table) || table.length < 2) {
    throw new ValidationError('a piecewise-linear preference needs at least two breakpoints [y, cost].', {
      where: 'table',
      fix: 'Pass [[y_0, c_0], [y_1, c_1], …] with y increasing.',
    });
  }
  const rows = table.map((row, i) => {
    if (!Array.isArray(row) || row.length !== 2) {
      throw new ValidationError(`expected a breakpoint [y, cost], got ${JSON.stringify(row)}.`, { where: `table[${i}]`, fix: 'Give each row as [y, cost].' });
    }
    return [exactRational(row[0] as RationalLike, `table[${i}][0]`), exactRational(row[1] as RationalLike, `table[${i}][1]`)] as const;
  });
  for (let i = 1; i < rows.length; i++) {
    if (!rows[i]![0].gt(rows[i - 1]![0])) {
      throw new ValidationError(`breakpoint ${rows[i]![0]} does not lie strictly right of ${rows[i - 1]![0]}.`, { where: `table[${i}][0]`, fix: 'List the breakpoints with strictly increasing y.' });
    }
  }
  let peakIndex = 0;
  for (let i = 1; i < rows.length; i++) if (rows[i]![1].lt(rows[peakIndex]![1])) peakIndex = i;
  for (let i = 1; i < rows.length; i++) {
    const ok = i <= peakIndex ? rows[i]![1].lt(rows[i - 1]![1]) : rows[i]![1].gt(rows[i - 1]![1]);
    if (!ok) {
      throw new ValidationError(`the costs are not single-peaked: cost ${rows[i]![1]} at y = ${rows[i]![0]} must be ${i <= peakIndex ? 'below' : 'above'} ${rows[i - 1]![1]}.`, {
        where: `table[${i}][1]`,
        fix: 'Give costs that fall strictly up to one least-cost breakpoint (the peak) and rise strictly after it.',
      });
    }
  }
  const slope = (i: number) => rows[i + 1]![1].sub(rows[i]![1]).div(rows[i + 1]![0].sub(rows[i]![0]));
  const firstSlope = slope(0).abs();
  const lastSlope = slope(rows.length - 2).abs();
  const [y0, c0] = rows[0]!;
  const [yn, cn] = rows[rows.length - 1]!;
  const cost = (y: Rational): Rational => {
    if (y.le(y0)) return c0.add(y0.sub(y).mul(firstSlope));
    if (y.ge(yn)) return cn.add(y.sub(yn).mul(lastSlope));
    let i = 0;
    while (rows[i + 1]![0].lt(y)) i++;
    return rows[i]![1].add(y.sub(rows[i]![0]).mul(slope(i)));
  };
  return Object.freeze({
    kind: 'single-peaked' as const,
    peak: rows[peakIndex]![0],
    description: `piecewise linear through ${rows.map(([y, c]) => `(${y}, ${c})`).join(' ')}`,
    cost,
  });
}

/**
 * Wraps any cost function as a single-peaked preference with the given peak. The function is trusted
 * (single-peakedness of an arbitrary function cannot be checked); its values are read exactly.
 */
export function singlePeakedPreference(peak: RationalLike, cost: (y: Rational) => RationalLike, description = 'custom single-peaked cost'): SinglePeakedPreference {
  if (typeof cost !== 'function') {
    throw new ValidationError('cost must be a function of the location.', { where: 'cost', fix: 'Pass (y) => cost as a Rational, number or "p/q".' });
  }
  return Object.freeze({ kind: 'single-peaked' as const, peak: exactRational(peak, 'peak'), description, cost: (y: Rational) => exactRational(cost(y), 'cost(y)') });
}
