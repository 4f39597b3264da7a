import { describe, expect, it } from "vitest";
import { chooseByUtility } from "./utility-policy";

const free = { tuned: 0, rag: 0, both: 0 };

describe("chooseByUtility", () => {
  it("picks the likeliest route when routes cost nothing", () => {
    const choice = chooseByUtility({ tuned: 0.3, rag: 0.1, both: 0.6 }, { costs: free, minConfidence: 0.4, defaultRoute: "rag" });
    expect(choice).toMatchObject({ route: "both", confidence: 0.6, defaulted: false });
    expect(choice.reasons).toEqual(["the calibrated policy gives both 0.60 (tuned 0.30, rag 0.10, both 0.60)", "the tuned model with retrieved context answers"]);
  });

  it("trades probability for cost: 0.55 − 0.3 for both loses to 0.35 − 0 for tuned", () => {
    const choice = chooseByUtility({ tuned: 0.35, rag: 0.1, both: 0.55 }, { costs: { tuned: 0, rag: 0.05, both: 0.3 }, minConfidence: 0.4, defaultRoute: "rag" });
    expect(choice.route).toBe("tuned");
    expect(choice.confidence).toBe(0.35);
    expect(choice.utilities.both).toBeCloseTo(0.25);
    expect(choice.reasons[1]).toBe("expected utility, probability − cost: tuned 0.35, rag 0.05, both 0.25");
  });

  it("holds the budgeted route back below its threshold, and says so", () => {
    const choice = chooseByUtility(
      { tuned: 0.4, rag: 0.05, both: 0.55 },
      { costs: free, budget: { route: "both", maxShare: 0.3, threshold: 0.2 }, minConfidence: 0.4, defaultRoute: "rag" },
    );
    expect(choice.route).toBe("tuned");
    expect(choice.reasons[1]).toBe("the budget sends at most 30% of queries to both: its lead 0.15 is below the calibrated 0.20");
  });

  it("applies the default route when no route is likely enough", () => {
    const choice = chooseByUtility({ tuned: 0.34, rag: 0.33, both: 0.33 }, { costs: free, minConfidence: 0.4, defaultRoute: "rag" });
    expect(choice).toMatchObject({ route: "rag", defaulted: true, confidence: 0.34 });
    expect(choice.reasons[0]).toMatch(/default route "rag" applies/);
  });
});
