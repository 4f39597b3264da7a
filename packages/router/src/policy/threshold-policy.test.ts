import { describe, expect, it } from "vitest";
import { thresholdPolicy } from "./threshold-policy";

const high = (threshold: number) => ({ value: threshold + 0.2, threshold, scale: 0.05 });
const low = (threshold: number) => ({ value: threshold - 0.2, threshold, scale: 0.05 });

describe("thresholdPolicy", () => {
  it("maps the four coverage × evidence outcomes to routes", () => {
    expect(thresholdPolicy({ coverage: high(0.4), evidence: high(0.5), defaultRoute: "rag" }).route).toBe("both");
    expect(thresholdPolicy({ coverage: high(0.4), evidence: low(0.5), defaultRoute: "rag" }).route).toBe("tuned");
    expect(thresholdPolicy({ coverage: low(0.4), evidence: high(0.5), defaultRoute: "tuned" }).route).toBe("rag");
    const neither = thresholdPolicy({ coverage: low(0.4), evidence: low(0.5), defaultRoute: "both" });
    expect(neither).toMatchObject({ route: "both", defaulted: true });
    expect(neither.reasons.at(-1)).toMatch(/default route "both"/);
  });

  it("scores sum to one and confidence falls near the thresholds", () => {
    const sure = thresholdPolicy({ coverage: high(0.4), evidence: low(0.5), defaultRoute: "rag" });
    const unsure = thresholdPolicy({
      coverage: { value: 0.41, threshold: 0.4, scale: 0.05 },
      evidence: { value: 0.49, threshold: 0.5, scale: 0.05 },
      defaultRoute: "rag",
    });
    expect(sure.scores.tuned + sure.scores.rag + sure.scores.both).toBeCloseTo(1, 10);
    expect(sure.confidence).toBeGreaterThan(0.9);
    expect(unsure.confidence).toBeLessThan(sure.confidence);
    expect(sure.reasons[0]).toMatch(/^covered/);
  });
});
