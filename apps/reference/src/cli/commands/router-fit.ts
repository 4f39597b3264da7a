import { readFileSync, renameSync, writeFileSync } from "node:fs";
import type { Route } from "@tandem/core";
import { fitRouter, formatRoutingReport, type LabelledFeatures, routingMetrics } from "@tandem/router";
import { parseDocument, stringify } from "yaml";
import type { Context } from "../main";
import { readLabelledQueries } from "./eval-routing";

/**
 * `tandem router fit FILE`: fits the logistic policy on labelled queries, reports it on a seeded, stratified
 * held-out split beside the current policy on the same queries, and prints (or writes) the config patch.
 */
export async function runRouterFit(context: Context, file: string, options: { holdout: number; seed: number; write?: boolean }): Promise<number> {
  const records = readLabelledQueries(file);
  const items: LabelledFeatures[] = [];
  for (const [position, record] of records.entries()) {
    items.push({ query: record.value.query, route: record.value.route, features: await context.runtime.features(record.value.query) });
    if ((position + 1) % 25 === 0) context.output.log(`measured ${position + 1}/${records.length}`);
  }
  const fitted = fitRouter(items, { holdout: options.holdout, seed: options.seed });
  const current: Route[] = [];
  for (const item of fitted.test) current.push((await context.runtime.route(item.query)).route);
  const baseline = routingMetrics(fitted.test.map((item) => item.route), current);
  const patch = { router: { model: fitted.model } };

  if (options.write) {
    const document = parseDocument(readFileSync(context.config.file, "utf8"));
    document.setIn(["router", "model"], fitted.model);
    const temporary = `${context.config.file}.${process.pid}.tmp`;
    writeFileSync(temporary, document.toString());
    renameSync(temporary, context.config.file);
  }
  context.output.result(
    { file, trained: fitted.trainCount, heldOut: fitted.heldOut, currentPolicyOnHeldOut: baseline, patch, written: Boolean(options.write) },
    () =>
      [
        `fitted on ${fitted.trainCount} labelled queries; held out ${fitted.test.length} (stratified, seed ${options.seed})`,
        "",
        "fitted policy on the held-out queries:",
        formatRoutingReport(fitted.heldOut),
        "",
        "current policy on the same held-out queries:",
        formatRoutingReport(baseline),
        "",
        options.write ? `wrote router.model into ${context.config.file}` : "config patch (add to tandem.config.yaml, or rerun with --write):",
        ...(options.write ? [] : [stringify(patch, { lineWidth: 0 })]),
      ].join("\n"),
  );
  return 0;
}
