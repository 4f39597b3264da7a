import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseJsonlStrict, routeSchema, routes, TandemError } from "@tandem/core";
import { formatRoutingReport } from "@tandem/router/evaluation";
import { z } from "zod";
import { writeHtmlReport } from "../../reports/html-report";
import { labelledQueryHint, labelledQuerySchema, evaluateRouting } from "../../reports/routing-evaluation";
import { routingHtmlReport } from "../../reports/routing-report";
import type { RuntimeContext } from "../context";

const querySchema = z.looseObject({ query: z.string().min(1), route: routeSchema.optional() });

function readText(file: string): string {
  try {
    return readFileSync(resolve(file), "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `cannot read ${file}: ${(error as Error).message}` });
  }
}

/** Reads `{query, route}` JSONL strictly (any bad line is an error naming it). */
export function readLabelledQueries(file: string) {
  return parseJsonlStrict(readText(file), labelledQuerySchema, file, { hint: labelledQueryHint });
}

/** Reads `{query}` JSONL strictly (a `route` label is allowed and checked, not needed). */
export function readQueries(file: string) {
  return parseJsonlStrict(readText(file), querySchema, file, { hint: 'each line must be {"query": "..."}' });
}

/** `tandem eval routing FILE`: routes every labelled query and reports accuracy, per-class table, confusion. */
export async function runEvalRouting(context: RuntimeContext, file: string, options: { html?: string } = {}): Promise<number> {
  const records = readLabelledQueries(file);
  const evaluation = await evaluateRouting((query) => context.runtime.route(query), records, {
    onProgress: (done, total) => {
      if (!context.output.json && done % 20 === 0) context.output.log(`routed ${done}/${total}`);
    },
  });
  const { report, curve, routeShares: shares, latencyMs: latency, localLatencyMs: localLatency, mistakes } = evaluation;
  let html: string | undefined;
  if (options.html) {
    html = writeHtmlReport(options.html, await routingHtmlReport({ file, ...evaluation }, `tandem eval routing ${file} --html ${options.html}`));
    context.output.log(`wrote the HTML report to ${html}`);
  }
  context.output.result({ file, ...report, routeShares: shares, latencyMs: latency, localLatencyMs: localLatency, costQuality: curve, mistakes, ...(html ? { html } : {}) }, () =>
    [
      formatRoutingReport(report),
      "",
      `routed: ${routes.map((route) => `${route} ${((shares[route] ?? 0) * 100).toFixed(1)}%`).join(", ")}`,
      `decision latency: p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms (includes the retrieval probe)`,
      `local signals (rules, coverage, freshness, policy): p50 ${localLatency.p50.toFixed(3)} ms, p99 ${localLatency.p99.toFixed(3)} ms`,
      `relative cost per query (tuned ${curve.costs.tuned}, rag ${curve.costs.rag}, both ${curve.costs.both}): this policy ${curve.policy.cost.toFixed(2)}, ${routes.map((route) => `always ${route} ${curve.baselines[`always-${route}`].cost.toFixed(2)}`).join(", ")}`,
      ...(mistakes.length > 0
        ? ["", "misrouted:", ...mistakes.map((mistake) => `  line ${mistake.line}: expected ${mistake.expected}, got ${mistake.predicted} — ${mistake.query.slice(0, 90)}${mistake.why ? `\n      why: ${mistake.why}` : ""}`)]
        : []),
    ].join("\n"),
  );
  return 0;
}
