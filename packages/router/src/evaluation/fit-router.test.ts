import type { Route } from "@tandem/core";
import { describe, expect, it } from "vitest";
import type { RouteFeatures } from "../signals/route-features";
import { crossValidate, fittedUtilities, fitRouter, predictRoutes, stratifiedSplit } from "./fit-router";

const features = (framing: number, answerability: number, novelty: number): RouteFeatures => ({
  framingMass: framing,
  framingShare: framing / (framing + 5),
  coverage: framing > 0 ? 0.5 : 0,
  answerability,
  novelty,
  contentTerms: 6,
  retrievalTop: answerability,
  payloadShare: framing > 5 ? 0.7 : 0,
  instructionContent: framing > 5 ? 0 : 4,
  freshness: answerability > 0.5 ? 0.5 : 0,
  headFraming: framing > 0 ? 2 : 0,
  corpusSpecificShare: answerability > 0.5 ? 0.5 : 0,
  instructionCorpusTerms: framing > 5 ? 0 : 2,
  question: framing > 0 ? 0 : 1,
  factRequests: framing > 0 && answerability > 0.5 ? 1 : 0,
  relayedQuestions: 0,
  namedSubjects: answerability > 0.5 ? 1 : 0,
  suppliedFacts: framing > 5 ? 3 : 0,
  quotedShare: framing > 5 ? 0.5 : 0,
  generalQuestion: 0,
});

describe("stratifiedSplit", () => {
  it("holds out the same share of every route, deterministically by seed", () => {
    const items = (["tuned", "rag", "both"] as Route[]).flatMap((route) => Array.from({ length: 10 }, (_, index) => ({ query: `${route} ${index}`, route })));
    const first = stratifiedSplit(items, 0.3, 1);
    expect(first.test.filter((item) => item.route === "rag")).toHaveLength(3);
    expect(first.train).toHaveLength(21);
    expect(stratifiedSplit(items, 0.3, 1)).toEqual(first);
    expect(stratifiedSplit(items, 0.3, 2).test).not.toEqual(first.test);
  });
});

describe("fitRouter", () => {
  it("learns a separable labelled set and reports it on the held-out side", () => {
    const items = Array.from({ length: 20 }, (_, index) => [
      { query: `t${index}`, route: "tuned" as Route, features: features(6 + (index % 3), 0.2, 0.6) },
      { query: `r${index}`, route: "rag" as Route, features: features(0, 0.9, 0) },
      { query: `b${index}`, route: "both" as Route, features: features(4 + (index % 2), 0.85, 0.05) },
    ]).flat();
    const report = fitRouter(items, { holdout: 0.25, seed: 3 });
    expect(report.trainCount).toBe(45);
    expect(report.heldOut.count).toBe(15);
    expect(report.heldOut.accuracy).toBe(1);
    expect(report.model.features).toEqual(["framingMass", "framingShare", "coverage", "answerability", "novelty", "contentTerms", "retrievalTop", "payloadShare", "instructionContent", "freshness", "headFraming", "instructionCorpusTerms", "question", "factRequests", "relayedQuestions", "namedSubjects", "suppliedFacts", "quotedShare", "generalQuestion"]);
  });
});

describe("crossValidate", () => {
  const items = Array.from({ length: 10 }, (_, index) => [
    { query: `t${index}`, route: "tuned" as Route, features: features(6 + (index % 3), 0.2, 0.6) },
    { query: `r${index}`, route: "rag" as Route, features: features(0, 0.9, 0) },
    { query: `b${index}`, route: "both" as Route, features: features(4 + (index % 2), 0.85, 0.05) },
  ]).flat();

  it("predicts every query once, by a model fitted without its fold, deterministically", () => {
    const report = crossValidate(items, { folds: 5, seed: 2 });
    expect(report.folds).toBe(5);
    // 10 per route dealt to 5 folds: every fold holds 2 of each route.
    expect(report.foldAccuracy).toHaveLength(5);
    expect(report.predicted).toHaveLength(30);
    expect(report.pooled.count).toBe(30);
    expect(report.pooled.accuracy).toBe(1);
    expect(report.pooled.baselines["always-both"]).toBeCloseTo(1 / 3);
    expect(crossValidate(items, { folds: 5, seed: 2 })).toEqual(report);
  });
});

describe("predictRoutes and fittedUtilities", () => {
  const { model } = fitRouter(
    Array.from({ length: 6 }, (_, index) => ({ query: `t${index}`, route: "tuned" as Route, features: features(6, 0.2, 0.6) })).concat(
      Array.from({ length: 6 }, (_, index) => ({ query: `b${index}`, route: "both" as Route, features: features(5, 0.9, 0) })),
    ),
    { holdout: 0 },
  );

  it("sends a query with none of the trained tasks' wording to rag before asking the model, as decide() does", () => {
    expect(predictRoutes(model, [{ query: "q", route: "rag", features: features(0, 0.2, 0.6) }])).toEqual(["rag"]);
  });

  it("gives such a query all its utility on rag (the budget's sample), and the model's utilities otherwise", () => {
    const costs = { tuned: 0, rag: 0, both: 0.1 };
    expect(fittedUtilities(model, features(0, 0.2, 0.6), costs)).toEqual({ tuned: 0, rag: 1, both: 0 });
    const utilities = fittedUtilities(model, features(6, 0.2, 0.6), costs);
    expect(utilities.tuned).toBeGreaterThan(utilities.both);
    expect(utilities.tuned + utilities.rag + utilities.both).toBeCloseTo(1 - 0.1);
  });
});
