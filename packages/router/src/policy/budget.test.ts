import type { RouteScores } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { applyBudget, calibrateBudget } from "./budget";
import { expectedUtility, marginOf, rankRoutes } from "./expected-utility";

const scores = (tuned: number, rag: number, both: number): RouteScores => ({ tuned, rag, both });

describe("expected utility", () => {
  it("subtracts each route's cost and ranks by what is left", () => {
    const utilities = expectedUtility(scores(0.4, 0.1, 0.5), { tuned: 0, rag: 0.05, both: 0.2 });
    expect(utilities.tuned).toBeCloseTo(0.4);
    expect(utilities.rag).toBeCloseTo(0.05);
    expect(utilities.both).toBeCloseTo(0.3);
    expect(rankRoutes(utilities)).toEqual(["tuned", "both", "rag"]);
    expect(marginOf(scores(0.2, 0.3, 0.5), "both")).toBeCloseTo(0.2);
    expect(marginOf(scores(0.6, 0.3, 0.1), "both")).toBeCloseTo(-0.5);
  });
});

describe("calibrateBudget", () => {
  // Margins of "both" over the best other route: 0.6, 0.4, 0.2, 0.1, -0.2, -0.6.
  const sample = [scores(0.2, 0, 0.8), scores(0.3, 0, 0.7), scores(0.4, 0, 0.6), scores(0.45, 0, 0.55), scores(0.6, 0, 0.4), scores(0.8, 0, 0.2)];

  it("cuts between the last margin kept and the first left out", () => {
    // 4 of 6 prefer both; a 50% budget keeps 3: the cut is halfway between 0.2 and 0.1.
    const budget = calibrateBudget(sample, "both", 0.5);
    expect(budget.threshold).toBeCloseTo(0.15);
    expect(budget.shareBefore).toBeCloseTo(4 / 6);
    expect(budget.shareAfter).toBeCloseTo(3 / 6);
    // 1/3 keeps 2: between 0.4 and 0.2.
    expect(calibrateBudget(sample, "both", 1 / 3).threshold).toBeCloseTo(0.3);
  });

  it("changes nothing when the sample is already within budget, and keeps none for a zero budget", () => {
    expect(calibrateBudget(sample, "both", 0.8)).toMatchObject({ threshold: 0, shareAfter: 4 / 6 });
    const none = calibrateBudget(sample, "both", 0);
    expect(none.threshold).toBeGreaterThan(0.6);
    expect(none.shareAfter).toBe(0);
  });
});

describe("applyBudget", () => {
  it("holds the budgeted route back when its lead is below the threshold, for the runner-up", () => {
    const budget = { route: "both" as const, maxShare: 0.5, threshold: 0.15 };
    expect(applyBudget(scores(0.2, 0, 0.8), budget)).toEqual({ route: "both" });
    expect(applyBudget(scores(0.45, 0, 0.55), budget)).toEqual({ route: "tuned", heldBack: { margin: expect.closeTo(0.1) as number, threshold: 0.15 } });
    expect(applyBudget(scores(0.6, 0.3, 0.1), budget)).toEqual({ route: "tuned" });
    expect(applyBudget(scores(0.45, 0, 0.55), undefined)).toEqual({ route: "both" });
  });
});
