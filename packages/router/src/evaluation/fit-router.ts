import { createHash } from "node:crypto";
import { type Route, type RouteScores, routes } from "@tandem/core";
import { expectedUtility, type RouteCosts } from "../policy/expected-utility";
import { fitLogistic, type LogisticModel, predictLogistic } from "../policy/logistic-model";
import { noTaskWordingRoute } from "../policy/no-task-wording";
import { chooseByUtility, type UtilityPolicyOptions } from "../policy/utility-policy";
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
    const group = seededOrder(items.filter((item) => item.route === route), seed);
    const cut = Math.round(group.length * holdout);
    group.forEach((item, index) => (index < cut ? test : train).push(item));
  }
  return { train, test };
}

/** How fitted predictions become routes; the router's own settings, so held-out figures match live routing. */
export type FitPolicy = Omit<UtilityPolicyOptions, "budget">;

const argmax: FitPolicy = { costs: { tuned: 0, rag: 0, both: 0 }, minConfidence: 0, defaultRoute: "rag" };

/** The no-task-wording rule's input from a query's features, as the router gives it from its request analysis. */
const ruleInput = (features: RouteFeatures) => ({ framingMass: features.framingMass, general: features.generalQuestion > 0 });

/**
 * The routes the router would choose with `model`: like `decide`, a query with none of the trained tasks'
 * wording goes to rag before the model is asked; otherwise the utility policy picks.
 */
export function predictRoutes(model: LogisticModel, items: readonly LabelledFeatures[], policy: FitPolicy = argmax): Route[] {
  return items.map((item) => noTaskWordingRoute(ruleInput(item.features)) ?? chooseByUtility(predictLogistic(model, featureRow(item.features)), policy).route);
}

/**
 * The utilities (probability − cost) a fitted model gives a query, as the router would see them: a query the
 * no-task-wording rule sends to rag has all of its utility there. What a budget threshold is calibrated on.
 */
export function fittedUtilities(model: LogisticModel, features: RouteFeatures, costs: RouteCosts): RouteScores {
  const ruled = noTaskWordingRoute(ruleInput(features));
  if (ruled) return { tuned: 0, rag: 0, both: 0, [ruled]: 1 };
  return expectedUtility(predictLogistic(model, featureRow(features)), costs);
}

export interface FitReport {
  model: LogisticModel;
  trainCount: number;
  /** The fitted model on the held-out queries. */
  heldOut: RoutingReport;
}

export interface FitRouterOptions {
  /** Share of each route held out. Default 0.3. */
  holdout?: number;
  /** Seed of the deterministic split. Default 1. */
  seed?: number;
  policy?: FitPolicy;
}

/** Fits the logistic policy on the training side of a labelled set and reports it on the held-out side. */
export function fitRouter(items: readonly LabelledFeatures[], options: FitRouterOptions = {}): FitReport & { test: LabelledFeatures[] } {
  const { train, test } = stratifiedSplit(items, options.holdout ?? 0.3, options.seed ?? 1);
  const model = fitOn(train);
  return { model, trainCount: train.length, test, heldOut: routingMetrics(test.map((item) => item.route), predictRoutes(model, test, options.policy)) };
}

export interface CrossValidationReport {
  /** Fitted on every labelled query: the model to deploy. */
  model: LogisticModel;
  folds: number;
  /** Accuracy of each fold's model on its held-out fold. */
  foldAccuracy: number[];
  /** Every query predicted by the model that did not see it, pooled into one report. */
  pooled: RoutingReport;
  /** The out-of-fold prediction for each input item, in input order. */
  predicted: Route[];
}

/**
 * Stratified k-fold cross-validation: within each route, queries are ordered by a seeded hash and dealt to folds
 * in turn; each fold is predicted by a model fitted on the others. Deterministic.
 */
export function crossValidate(items: readonly LabelledFeatures[], options: { folds: number; seed?: number; policy?: FitPolicy }): CrossValidationReport {
  const folds = Math.max(2, Math.min(options.folds, items.length));
  const foldOf = new Map<LabelledFeatures, number>();
  for (const route of routes) {
    seededOrder(items.filter((item) => item.route === route), options.seed ?? 1).forEach((item, index) => foldOf.set(item, index % folds));
  }
  const predicted = new Array<Route>(items.length);
  const foldAccuracy: number[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const held = items.map((item, index) => ({ item, index })).filter(({ item }) => foldOf.get(item) === fold);
    if (held.length === 0) continue;
    const model = fitOn(items.filter((item) => foldOf.get(item) !== fold));
    const routesOut = predictRoutes(model, held.map(({ item }) => item), options.policy);
    held.forEach(({ index }, position) => (predicted[index] = routesOut[position] as Route));
    foldAccuracy.push(held.filter(({ item }, position) => item.route === routesOut[position]).length / held.length);
  }
  return { model: fitOn(items), folds, foldAccuracy, pooled: routingMetrics(items.map((item) => item.route), predicted), predicted };
}

function fitOn(items: readonly LabelledFeatures[]): LogisticModel {
  return fitLogistic(routeFeatureNames, items.map((item) => featureRow(item.features)), items.map((item) => item.route));
}

function seededOrder<T extends { query: string }>(items: readonly T[], seed: number): T[] {
  return items
    .map((item) => ({ item, key: createHash("sha256").update(`${seed}\0${item.query}`).digest("hex") }))
    .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
    .map((entry) => entry.item);
}
