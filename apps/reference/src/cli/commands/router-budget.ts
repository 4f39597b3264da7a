import { type Route, TandemError } from "@tandem/core";
import { calibrateBudget, expectedUtility } from "@tandem/router/policy";
import { setConfigValues } from "../../config/set-config-values";
import type { RuntimeContext } from "../context";
import { readQueries } from "./eval-routing";
import { describeBudget } from "./router-fit";

export interface RouterBudgetOptions {
  /** Overrides router.budget.route. */
  route?: Route;
  /** Overrides router.budget.maxShare. */
  maxShare?: number;
  write?: boolean;
}

/**
 * `tandem router budget FILE`: calibrates the budget threshold on a sample of your own queries (a log: one
 * `{"query"}` per line; labels not needed), so that at most `maxShare` of them go to the capped route — the
 * RouteLLM calibration, on your traffic instead of someone else's. Prints (or writes) router.budget.
 */
export async function runRouterBudget(context: RuntimeContext, file: string, options: RouterBudgetOptions): Promise<number> {
  const configured = context.config.router.budget;
  const route = options.route ?? configured?.route ?? "both";
  const maxShare = options.maxShare ?? configured?.maxShare;
  if (maxShare === undefined) {
    throw new TandemError({
      code: "CONFIG_INVALID",
      file: context.config.file,
      path: "router.budget.maxShare",
      message: "no budget to calibrate: router.budget.maxShare is not set",
      hint: "pass --max-share 0.3 (and --route both), or set router.budget: {route: both, maxShare: 0.3} in the config",
    });
  }
  const records = readQueries(file);
  const sample = [];
  for (const [position, record] of records.entries()) {
    const decision = await context.runtime.route(record.value.query);
    sample.push(expectedUtility(decision.scores, context.config.router.costs));
    if ((position + 1) % 25 === 0 || position + 1 === records.length) context.output.log(`routed ${position + 1}/${records.length}`);
  }
  const budget = calibrateBudget(sample, route, maxShare);
  const patch = { router: { budget: { route, maxShare, threshold: budget.threshold } } };
  if (options.write) setConfigValues(context.config.file, [{ path: ["router", "budget"], value: patch.router.budget }]);
  context.output.result({ file, budget, patch, written: Boolean(options.write) }, () =>
    [
      describeBudget(budget),
      options.write
        ? `wrote router.budget into ${context.config.file}`
        : `config patch (or rerun with --write):\nrouter:\n  budget: { route: ${route}, maxShare: ${maxShare}, threshold: ${budget.threshold} }`,
    ].join("\n"),
  );
  return 0;
}
