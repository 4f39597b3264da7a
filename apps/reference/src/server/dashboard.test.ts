import { Histogram, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { bucketQuantile } from "./dashboard";

describe("bucketQuantile", () => {
  it("reads a quantile from prom-client's cumulative buckets as the upper bound of its bucket, in ms", async () => {
    const registry = new Registry();
    const histogram = new Histogram({ name: "t_seconds", help: "t", labelNames: ["route"], buckets: [0.01, 0.1, 1], registers: [registry] });
    for (const seconds of [0.005, 0.005, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.5, 5]) histogram.observe({ route: "rag" }, seconds);
    histogram.observe({ route: "tuned" }, 0.005);
    const values = (await registry.getMetricsAsJSON())[0]?.values ?? [];
    expect(bucketQuantile(values as never, "t_seconds", 0.5, { route: "rag" })).toBe(100);
    expect(bucketQuantile(values as never, "t_seconds", 0.2, { route: "rag" })).toBe(10);
    expect(bucketQuantile(values as never, "t_seconds", 0.99, { route: "rag" })).toBe(Number.POSITIVE_INFINITY);
    expect(bucketQuantile(values as never, "t_seconds", 0.5)).toBe(100);
    expect(bucketQuantile(values as never, "t_seconds", 0.5, { route: "both" })).toBeNull();
  });
});
