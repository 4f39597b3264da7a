import { sortedQuantile } from "../calibration/separating-threshold";

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** p50 / p99 / max of millisecond samples. */
export function summarizeLatency(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((left, right) => left - right);
  return { count: sorted.length, p50: sortedQuantile(sorted, 0.5), p99: sortedQuantile(sorted, 0.99), max: sorted.at(-1) ?? 0 };
}
