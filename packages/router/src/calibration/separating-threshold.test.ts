import { describe, expect, it } from "vitest";
import { sortedQuantile, separatingThreshold } from "./separating-threshold";

describe("separatingThreshold", () => {
  it("puts the threshold in the gap of separable samples", () => {
    const result = separatingThreshold([0.6, 0.7, 0.8, 0.9], [0.1, 0.2, 0.3]);
    expect(result.threshold).toBeCloseTo(0.45, 10);
    expect(result.balancedAccuracy).toBe(1);
    expect(result.positives.p50).toBeCloseTo(0.75, 10);
  });

  it("maximises balanced accuracy when samples overlap, deterministically", () => {
    const positives = [0.3, 0.5, 0.6, 0.7, 0.8];
    const negatives = [0.1, 0.2, 0.35, 0.55];
    const first = separatingThreshold(positives, negatives);
    const second = separatingThreshold([...positives].reverse(), [...negatives].reverse());
    expect(first).toEqual(second);
    // Best cut: between 0.55 and 0.6 → TPR 3/5, TNR 4/4 → 0.8 (at 0.4: 4/5 and 3/4 → 0.775)
    expect(first.threshold).toBeCloseTo(0.575, 10);
    expect(first.balancedAccuracy).toBeCloseTo(0.8, 10);
  });

  it("computes interpolated quantiles", () => {
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(sortedQuantile([], 0.5)).toBe(0);
    expect(sortedQuantile([5], 0.9)).toBe(5);
  });
});
