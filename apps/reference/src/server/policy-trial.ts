// POST /v1/router/trial — the dashboard's "try a policy": the router (as configured now) on pasted or uploaded
// labelled queries, scored like `tandem eval routing`: confusion, per-route precision and recall, the cost–quality
// curve against the always-one-route baselines, drawn as SVG, and every bad line with its line number.
// The decisions are made on the runtime directly, so they do not count in the dashboard's live route mix.
import { parseJsonl, routes, TandemError } from "@tandem/core";
import { defaultRelativeCosts } from "@tandem/router/evaluation";
import { z } from "zod";
import type { ServerLimits } from "../config/server-config-schema";
import type { Runtime } from "../runtime/runtime";
import { evaluateRouting, labelledQueryHint, labelledQuerySchema } from "../reports/routing-evaluation";
import { routingCharts } from "../reports/routing-report";

/** At most this many labelled queries in one trial (each is routed, retrieval probe included). */
export const trialMaxQueries = 2000;

const cost = z.number().min(0).max(1000);
export const trialBodySchema = z.strictObject({
  /** Labelled JSONL: one {"query": ..., "route": ...} per line. */
  jsonl: z.string().min(1, "paste or upload at least one labelled query"),
  /** Relative cost per query of each route (the cost–quality curve's x axis). */
  costs: z.strictObject({ tuned: cost, rag: cost, both: cost }).optional(),
});

export async function runPolicyTrial(runtime: Runtime, body: z.output<typeof trialBodySchema>, limits: Pick<ServerLimits, "queryChars">, signal: AbortSignal) {
  const parsed = parseJsonl(body.jsonl, labelledQuerySchema, "input");
  const problems = parsed.problems.map((problem) => ({ line: problem.line, message: problem.pointer ? `${problem.pointer}: ${problem.message}` : problem.message }));
  const records = parsed.records.filter((record) => {
    if (record.value.query.length <= limits.queryChars) return true;
    problems.push({ line: record.line, message: `the query is ${record.value.query.length} characters; at most ${limits.queryChars} are accepted` });
    return false;
  });
  problems.sort((left, right) => left.line - right.line);
  if (records.length > trialMaxQueries) {
    throw new TandemError({ code: "INPUT_INVALID", path: "jsonl", message: `${records.length} labelled queries; at most ${trialMaxQueries} are tried at once`, hint: "try a sample, or run `tandem eval routing FILE --html report.html`" });
  }
  const costs = body.costs ?? defaultRelativeCosts;
  if (records.length === 0) return { count: 0, problems, hint: labelledQueryHint, costs, evaluation: null, charts: null };
  const evaluation = await evaluateRouting((query) => runtime.route(query), records, { costs, signal });
  const charts = await routingCharts(evaluation.report, evaluation.curve);
  const labels = Object.fromEntries(routes.map((route) => [route, records.filter((record) => record.value.route === route).length]));
  return { count: records.length, labels, problems, hint: labelledQueryHint, costs, evaluation, charts };
}
