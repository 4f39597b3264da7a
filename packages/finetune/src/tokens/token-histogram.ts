/**
 * Exact percentiles of token counts in constant memory: one counter per value up to `exactUpTo` (a fixed-size
 * array), and the rare larger values kept individually up to `maxOutliers` (beyond that, they are bucketed at
 * powers of two and the percentile is an upper bound — said in `exact`).
 */
export class TokenHistogram {
  private readonly counts: Uint32Array;
  private readonly outliers: number[] = [];
  private readonly outlierBuckets = new Map<number, number>();
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = 0;

  constructor(
    private readonly exactUpTo = 131_072,
    private readonly maxOutliers = 10_000,
  ) {
    this.counts = new Uint32Array(exactUpTo + 1);
  }

  add(value: number): void {
    this.count += 1;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (value <= this.exactUpTo) this.counts[value] = (this.counts[value] as number) + 1;
    else if (this.outliers.length < this.maxOutliers) this.outliers.push(value);
    else {
      const bucket = 2 ** Math.ceil(Math.log2(value));
      this.outlierBuckets.set(bucket, (this.outlierBuckets.get(bucket) ?? 0) + 1);
    }
  }

  /** True while every value is counted exactly. */
  get exact(): boolean {
    return this.outlierBuckets.size === 0;
  }

  get mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  /** Nearest-rank percentile (`p` in 0–100); 0 when empty. */
  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let value = 0; value <= this.exactUpTo; value += 1) {
      seen += this.counts[value] as number;
      if (seen >= rank) return value;
    }
    const sorted = [...this.outliers].sort((left, right) => left - right);
    for (const value of sorted) {
      seen += 1;
      if (seen >= rank) return value;
    }
    for (const [bucket, count] of [...this.outlierBuckets].sort((left, right) => left[0] - right[0])) {
      seen += count;
      if (seen >= rank) return Math.min(bucket, this.max);
    }
    return this.max;
  }
}
