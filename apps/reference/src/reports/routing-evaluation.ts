// Routing a set of labelled queries and scoring it: shared by `tandem eval routing` and the dashboard's
// "try a policy" (POST /v1/router/trial), so both report the same figures the same way.
import { type Route, type RouteDecision, routes, routeSchema } from "@tandem/core";
import { type CostQualityCurve, costQualityCurve, type LatencySummary, type RoutingReport, routingMetrics, type ScoredQuery, summarizeLatency } from "@tandem/router/evaluation";
import { z } from "zod";
import { explainDecision } from "../explain/explain-decision";
import type { Misrouted } from "./routing-report";

export const labelledQuerySchema = z.looseObject({ query: z.string().min(1), route: routeSchema });
export const labelledQueryHint = 'each line must be {"query": "...", "route": "tuned" | "rag" | "both"}';

export interface RoutingEvaluationResult {
  report: RoutingReport;
  curve: CostQualityCurve;
  routeShares: Record<Route, number>;
  latencyMs: LatencySummary;
  /** The local signals alone (rules, coverage, freshness, policy): everything but the retrieval probe. */
  localLatencyMs: LatencySummary;
  mistakes: Misrouted[];
}

export interface EvaluateRoutingOptions {
  /** Relative cost per query of each route, for the cost–quality curve. */
  costs?: Record<Route, number>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Routes every labelled query (one untimed warm-up decision first) and scores the routing against the labels. */
export async function evaluateRouting(
  route: (query: string) => Promise<RouteDecision>,
  records: readonly { line: number; value: { query: string; route: Route } }[],
  options: EvaluateRoutingOptions = {},
): Promise<RoutingEvaluationResult> {
  const scored: ScoredQuery[] = [];
  const latencies: number[] = [];
  const localLatencies: number[] = [];
  const mistakes: Misrouted[] = [];
  // One untimed decision first, so the JIT's warm-up does not land in the latency figures.
  if (records[0]) await route(records[0].value.query);
  for (const [position, record] of records.entries()) {
    options.signal?.throwIfAborted();
    const decision = await route(record.value.query);
    scored.push({ expected: record.value.route, predicted: decision.route, scores: decision.scores });
    latencies.push(decision.timings.totalMs);
    localLatencies.push(decision.timings.localMs ?? decision.timings.totalMs);
    if (decision.route !== record.value.route) {
      mistakes.push({ line: record.line, query: record.value.query, expected: record.value.route, predicted: decision.route, why: explainDecision({ query: record.value.query, decision }).summary });
    }
    options.onProgress?.(position + 1, records.length);
  }
  const predicted = scored.map((item) => item.predicted);
  return {
    report: routingMetrics(scored.map((item) => item.expected), predicted),
    curve: costQualityCurve(scored, options.costs),
    routeShares: Object.fromEntries(routes.map((entry) => [entry, predicted.filter((chosen) => chosen === entry).length / Math.max(predicted.length, 1)])) as Record<Route, number>,
    latencyMs: summarizeLatency(latencies),
    localLatencyMs: summarizeLatency(localLatencies),
    mistakes,
  };
}
