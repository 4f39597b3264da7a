/** Summary of a sample of signal values. */
export interface ValueSummary {
  count: number;
  p10: number;
  p50: number;
  p90: number;
}

/** A threshold found from the deployment's own data, with what it was found from. */
export interface ThresholdCalibration {
  threshold: number;
  /** Width of the uncertain zone around the threshold, used to turn distances into probabilities. */
  scale: number;
  /** Balanced accuracy of the threshold on the calibration samples. */
  balancedAccuracy: number;
  positives: ValueSummary;
  negatives: ValueSummary;
}

export function summarizeValues(values: readonly number[]): ValueSummary {
  const sorted = [...values].sort((left, right) => left - right);
  return { count: sorted.length, p10: sortedQuantile(sorted, 0.1), p50: sortedQuantile(sorted, 0.5), p90: sortedQuantile(sorted, 0.9) };
}

/** Linear-interpolated quantile of an ascending array. */
export function sortedQuantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

/**
 * The threshold that best separates values that should pass (`positives`) from values that should not
 * (`negatives`): an exact sweep over the midpoints of the sorted values, maximising balanced accuracy;
 * ties go to the widest gap. Deterministic.
 */
export function separatingThreshold(positives: readonly number[], negatives: readonly number[]): ThresholdCalibration {
  const points = [
    ...positives.map((value) => ({ value, positive: true })),
    ...negatives.map((value) => ({ value, positive: false })),
  ].sort((left, right) => left.value - right.value);
  const totalPositives = positives.length;
  const totalNegatives = negatives.length;
  let best = { threshold: points[0]?.value ?? 0.5, score: -1, gap: -1 };
  // Below the threshold: negatives counted right, positives wrong.
  let negativesBelow = 0;
  let positivesBelow = 0;
  for (let index = 0; index <= points.length; index += 1) {
    const previous = points[index - 1];
    const next = points[index];
    if (previous && next && previous.value === next.value) {
      if (next.positive) positivesBelow += 1;
      else negativesBelow += 1;
      continue;
    }
    const threshold =
      previous && next ? (previous.value + next.value) / 2 : next ? next.value - 1e-6 : (previous?.value ?? 0) + 1e-6;
    const truePositiveRate = totalPositives === 0 ? 1 : (totalPositives - positivesBelow) / totalPositives;
    const trueNegativeRate = totalNegatives === 0 ? 1 : negativesBelow / totalNegatives;
    const score = (truePositiveRate + trueNegativeRate) / 2;
    const gap = previous && next ? next.value - previous.value : 0;
    if (score > best.score + 1e-12 || (Math.abs(score - best.score) <= 1e-12 && gap > best.gap)) {
      best = { threshold, score, gap };
    }
    if (next) {
      if (next.positive) positivesBelow += 1;
      else negativesBelow += 1;
    }
  }
  const positiveSummary = summarizeValues(positives);
  const negativeSummary = summarizeValues(negatives);
  const spread = Math.abs(positiveSummary.p50 - negativeSummary.p50);
  return {
    threshold: best.threshold,
    scale: Math.max(spread / 6, 0.01),
    balancedAccuracy: best.score,
    positives: positiveSummary,
    negatives: negativeSummary,
  };
}
