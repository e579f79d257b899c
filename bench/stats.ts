/**
 * The statistics of the benchmarks: percentiles within one run, and median / min / max over
 * repeated runs (the figure every table cell shows).
 */

/** A figure over repeated runs: the median, the extremes and how many runs it summarises. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The value at percentile `p` (0–100) of the values, by linear interpolation; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0–100 (got ${p})`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

/** The median of the values (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Median, min and max of the values of repeated runs; NaN figures when there are none. */
export function spread(values: readonly number[]): Spread {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  return {
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
    runs: finite.length,
  };
}

/** The ratio of two runs paired by index (run i of `a` over run i of `b`), as a spread. */
export function pairedRatio(a: readonly number[], b: readonly number[]): Spread {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isFinite(x) && Number.isFinite(y) && y !== 0) ratios.push(x / y);
  }
  return spread(ratios);
}

/**
 * How the cost grows with the size, as the slope on a log–log scale between the smallest and the
 * largest size: 0 = flat, 1 = linear, 2 = quadratic. NaN with fewer than two usable points.
 */
export function growthExponent(points: ReadonlyArray<{ x: number; y: number }>): number {
  const usable = points.filter((p) => p.x > 0 && Number.isFinite(p.y) && p.y > 0).sort((a, b) => a.x - b.x);
  const first = usable[0];
  const last = usable[usable.length - 1];
  if (!first || !last || first.x === last.x) return Number.NaN;
  return Math.log(last.y / first.y) / Math.log(last.x / first.x);
}
