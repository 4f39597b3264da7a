import { routeSchema } from "@tandem/core";
import { type Command, Option } from "commander";
import { defineAction } from "../define-action";
import { integer, positiveInteger, share } from "../parsers";
import { type RouterBudgetOptions, runRouterBudget } from "./router-budget";
import { type RouterFitOptions, runRouterFit } from "./router-fit";

/** `tandem router fit|budget FILE`: the routing policy fitted on your labels, a route's share capped on your traffic. */
export function registerRouterCommands(program: Command): void {
  const router = program.command("router").description("Fit the router on your own labelled data");
  router
    .command("fit")
    .description(
      "Fit the routing policy on labelled {query, route} JSONL; report it on a held-out split (or k-fold cross-validation) beside the current policy, with per-class tables and baselines; print or write the config patch",
    )
    .argument("<file>", "labelled JSONL: one {\"query\": ..., \"route\": \"tuned\"|\"rag\"|\"both\"} per line")
    .option("--holdout <share>", "share of each route held out for evaluation", share, 0.3)
    .option("--folds <k>", "k-fold cross-validation instead of one held-out split (the patch's model is fitted on all queries)", positiveInteger)
    .option("--seed <n>", "seed of the deterministic split", integer, 1)
    .option("--write", "write the fitted model (and a configured budget's threshold) into the config file")
    .action(defineAction({ needs: "route" }, (context, file: string, options: RouterFitOptions) => runRouterFit(context, file, options)));
  router
    .command("budget")
    .description("Calibrate router.budget's threshold on a sample of your own queries so at most maxShare of them go to the capped route")
    .argument("<file>", "JSONL: one {\"query\": ...} per line (e.g. a query log; labels not needed)")
    .addOption(new Option("--route <route>", "the route to cap (default: router.budget.route, else both)").choices(routeSchema.options))
    .option("--max-share <share>", "at most this share of queries to the route (default: router.budget.maxShare)", share)
    .option("--write", "write router.budget into the config file")
    .action(defineAction({ needs: "route" }, (context, file: string, options: RouterBudgetOptions) => runRouterBudget(context, file, options)));
}
