import { createHash } from "node:crypto";
import { type Route, routes } from "@tandem/core";
import { fitLogistic, type LogisticModel, predictLogistic } from "../policy/logistic-model";
import { featureRow, type RouteFeatures, routeFeatureNames } from "../signals/route-features";
import { type RoutingReport, routingMetrics } from "./routing-metrics";

export interface LabelledFeatures {
  query: string;
  route: Route;
  features: RouteFeatures;
}

/**
 * Deterministic stratified split: within each label, queries are ordered by a seeded hash and the first
 * `holdout` share goes to the held-out side.
 */
export function stratifiedSplit<T extends { query: string; route: Route }>(items: readonly T[], holdout: number, seed: number): { train: T[]; test: T[] } {
  const train: T[] = [];
  const test: T[] = [];
  for (const route of routes) {
    const group = items
      .filter((item) => item.route === route)
      .map((item) => ({ item, key: createHash("sha256").update(`${seed}\0${item.query}`).digest("hex") }))
      .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
    const cut = Math.round(group.length * holdout);
    group.forEach((entry, index) => (index < cut ? test : train).push(entry.item));
  }
  return { train, test };
}

export function predictRoutes(model: LogisticModel, items: readonly LabelledFeatures[]): Route[] {
  return items.map((item) => {
    const scores = predictLogistic(model, featureRow(item.features));
    return (Object.entries(scores) as [Route, number][]).sort((left, right) => right[1] - left[1])[0]?.[0] as Route;
  });
}

export interface FitReport {
  model: LogisticModel;
  trainCount: number;
  /** The fitted model on the held-out queries. */
  heldOut: RoutingReport;
}

/** Fits the logistic policy on the training side of a labelled set and reports it on the held-out side. */
export function fitRouter(items: readonly LabelledFeatures[], options: { holdout?: number; seed?: number } = {}): FitReport & { test: LabelledFeatures[] } {
  const { train, test } = stratifiedSplit(items, options.holdout ?? 0.3, options.seed ?? 1);
  const model = fitLogistic(routeFeatureNames, train.map((item) => featureRow(item.features)), train.map((item) => item.route));
  return { model, trainCount: train.length, test, heldOut: routingMetrics(test.map((item) => item.route), predictRoutes(model, test)) };
}
