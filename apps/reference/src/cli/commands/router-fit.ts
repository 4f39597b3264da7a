import { readFileSync } from "node:fs";
import { type Route, TandemError } from "@tandem/core";
import { crossValidate, type FitPolicy, fitRouter, fittedUtilities, formatRoutingReport, type LabelledFeatures, routingMetrics } from "@tandem/router/evaluation";
import { calibrateBudget, type LogisticModel } from "@tandem/router/policy";
import { stringify } from "yaml";
import { setConfigValues } from "../../config/set-config-values";
import type { RuntimeContext } from "../context";
import { readLabelledQueries } from "./eval-routing";

export interface RouterFitOptions {
  /** Share of each route held out (ignored with `folds`). */
  holdout: number;
  seed: number;
  /** k-fold cross-validation instead of one held-out split. */
  folds?: number;
  write?: boolean;
}

/**
 * `tandem router fit FILE`: fits the logistic policy on labelled queries and reports it — on a seeded,
 * stratified held-out split, or with k-fold cross-validation — beside the current policy on the same queries;
 * prints (or writes) the config patch. With `router.budget` configured, the patch also carries the budget
 * threshold calibrated on these queries under the fitted model.
 */
export async function runRouterFit(context: RuntimeContext, file: string, options: RouterFitOptions): Promise<number> {
  const records = readFitLabels(file, context.output.log);
  const items: LabelledFeatures[] = [];
  for (const [position, record] of records.entries()) {
    items.push({ query: record.value.query, route: record.value.route, features: await context.runtime.features(record.value.query) });
    if ((position + 1) % 25 === 0 || position + 1 === records.length) context.output.log(`measured ${position + 1}/${records.length}`);
  }
  const router = context.config.router;
  const policy: FitPolicy = { costs: router.costs, minConfidence: router.minConfidence, defaultRoute: router.defaultRoute };

  let model: LogisticModel;
  let evaluated: LabelledFeatures[];
  let fitted: ReturnType<typeof routingMetrics>;
  let summary: string;
  let split: Record<string, unknown>;
  if (options.folds !== undefined) {
    const report = crossValidate(items, { folds: options.folds, seed: options.seed, policy });
    [model, evaluated, fitted] = [report.model, items, report.pooled];
    const folds = report.foldAccuracy.map((accuracy) => `${(accuracy * 100).toFixed(1)}%`).join(", ");
    summary = `${report.folds}-fold cross-validation on ${items.length} labelled queries (stratified, seed ${options.seed}); fold accuracy ${folds}\nthe patch's model is fitted on all ${items.length}`;
    split = { method: "cross-validation", folds: report.folds, foldAccuracy: report.foldAccuracy, seed: options.seed };
  } else {
    const report = fitRouter(items, { holdout: options.holdout, seed: options.seed, policy });
    [model, evaluated, fitted] = [report.model, report.test, report.heldOut];
    summary = `fitted on ${report.trainCount} labelled queries; held out ${report.test.length} (stratified, seed ${options.seed})`;
    split = { method: "holdout", holdout: options.holdout, trained: report.trainCount, seed: options.seed };
  }
  const current: Route[] = [];
  for (const item of evaluated) current.push((await context.runtime.route(item.query)).route);
  const currentReport = routingMetrics(evaluated.map((item) => item.route), current);

  const budget = router.budget
    ? calibrateBudget(items.map((item) => fittedUtilities(model, item.features, policy.costs)), router.budget.route, router.budget.maxShare)
    : undefined;
  const patch = { router: { model, ...(budget ? { budget: { route: budget.route, maxShare: budget.maxShare, threshold: budget.threshold } } : {}) } };
  if (options.write) {
    setConfigValues(context.config.file, [
      { path: ["router", "model"], value: model },
      ...(budget ? [{ path: ["router", "budget", "threshold"], value: budget.threshold }] : []),
    ]);
  }
  const label = options.folds !== undefined ? "out-of-fold predictions of the fitted policy" : "fitted policy on the held-out queries";
  context.output.result(
    { file, split, fitted, currentPolicy: currentReport, ...(budget ? { budget } : {}), patch, written: Boolean(options.write) },
    () =>
      [
        summary,
        "",
        `${label}:`,
        formatRoutingReport(fitted),
        "",
        `current policy on the same ${evaluated.length} queries:`,
        formatRoutingReport(currentReport),
        ...(budget ? ["", describeBudget(budget)] : []),
        "",
        options.write ? `wrote router.model${budget ? " and router.budget.threshold" : ""} into ${context.config.file}` : "config patch (add to tandem.config.yaml, or rerun with --write):",
        ...(options.write ? [] : [stringify(patch, { lineWidth: 0 })]),
      ].join("\n"),
  );
  return 0;
}

export function describeBudget(budget: ReturnType<typeof calibrateBudget>): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  return `budget: at most ${percent(budget.maxShare)} to ${budget.route} — threshold ${budget.threshold.toFixed(4)} on ${budget.sampleSize} queries (${percent(budget.shareBefore)} would go there without it, ${percent(budget.shareAfter)} with it)`;
}

/**
 * Labelled queries from `{query, route}` JSONL — a hand-labelled file, or the server's decision log
 * (server.decisionLog: each line's `route` is the route that answered; requests that failed are skipped).
 */
function readFitLabels(file: string, log: (message: string) => void) {
  let firstLine: Record<string, unknown> | undefined;
  try {
    firstLine = JSON.parse(readFileSync(file, "utf8").split("\n", 1)[0] ?? "") as Record<string, unknown>;
  } catch {
    firstLine = undefined; // the strict reader below names the problem
  }
  if (firstLine && "queryHash" in firstLine && !("query" in firstLine)) {
    throw new TandemError({
      code: "INPUT_INVALID",
      file,
      line: 1,
      message: "this decision log holds query hashes, not query texts: the router cannot be fitted on it",
      hint: "set server.decisionLog.query: text (the log then keeps the queries' text) and fit on the lines logged from then on",
    });
  }
  const records = readLabelledQueries(file);
  const answered = records.filter((record) => (record.value.outcome as { status?: string } | undefined)?.status !== "failed");
  if (answered.length < records.length) log(`skipped ${records.length - answered.length} logged request(s) that failed (no route answered them)`);
  return answered;
}
