import { TandemError } from "@tandem/core";
import type { RouterConfig } from "../config/router-config";
import type { RouterCalibration } from "../calibration/calibrate-router";
import { routeFeatureNames } from "../signals/route-features";
import { type BudgetCalibration, calibrateBudget, type RouteBudget } from "./budget";
import { expectedUtility } from "./expected-utility";
import { type LogisticModel, predictLogistic } from "./logistic-model";

/** A budget with its threshold and where it came from. */
export type ResolvedBudget = RouteBudget & { source: "config" | "synthetic" | "uncalibrated"; calibration?: BudgetCalibration };

/** `router.budget` with its threshold: from config, else calibrated on the synthetic queries of the calibration. */
export function resolveBudget(config: RouterConfig, model: LogisticModel | undefined, calibration: RouterCalibration | undefined): ResolvedBudget | undefined {
  if (!config.budget) return undefined;
  const { route, maxShare, threshold } = config.budget;
  if (threshold !== undefined) return { route, maxShare, threshold, source: "config" };
  const rows = calibration?.synthetic.rows;
  if (!model || !rows || rows.length === 0) return { route, maxShare, threshold: 0, source: "uncalibrated" };
  const sample = rows.map((row) => expectedUtility(predictLogistic(model, row), config.costs));
  const calibrated = calibrateBudget(sample, route, maxShare);
  return { route, maxShare, threshold: calibrated.threshold, source: "synthetic", calibration: calibrated };
}

/** A fitted model must use the features this version computes, in the same order. */
export function checkModelFeatures(model: LogisticModel): void {
  if (model.features.length === routeFeatureNames.length && model.features.every((name, index) => name === routeFeatureNames[index])) return;
  throw new TandemError({
    code: "CONFIG_INVALID",
    path: "router.model",
    message: `router.model was fitted on the features [${model.features.join(", ")}], but this version computes [${routeFeatureNames.join(", ")}]`,
    hint: "refit it with `tandem router fit FILE --write`, or remove router.model to use the self-calibrated policy",
  });
}
