// Prometheus metrics (prom-client, one registry per server): HTTP requests by endpoint and status, end-to-end and
// decision latency, decisions by route, fallbacks, circuit states, Chroma up/restarts, the served index version and
// its lag behind Chroma, upstream tokens and cost,
// plus the process metrics (memory, CPU, event-loop lag). GET /metrics serves them in the text format.
import type { Answer, Route, RouteDecision } from "@tandem/core";
import type { MiddlewareHandler } from "hono";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ServerConfig } from "../config/server-config-schema";
import type { Runtime } from "../runtime/runtime";
import type { ConcurrencyLimiter } from "./limits";
import { onResponseDone } from "./limits";
import type { ServerEnv } from "./server-env";

/** Paths reported by name; anything else is "other" (a label per unknown path would grow without bound). */
const endpoints = new Set(["/", "/dashboard", "/page.js", "/metrics", "/v1/health", "/v1/ask", "/v1/chat/completions", "/v1/models", "/v1/route", "/v1/search", "/v1/dashboard", "/v1/router/trial"]);
/** Paths with an id, reported by their pattern. */
const endpointPatterns: [RegExp, string][] = [
  [/^\/sources\/[^/]+$/, "/sources/:id"],
  [/^\/v1\/sources\/[^/]+$/, "/v1/sources/:id"],
];
const endpointOf = (path: string) => (endpoints.has(path) ? path : (endpointPatterns.find(([pattern]) => pattern.test(path))?.[1] ?? "other"));
const circuitLevels = { closed: 0, "half-open": 1, open: 2 } as const;

export interface ServerMetrics {
  registry: Registry;
  middleware: MiddlewareHandler<ServerEnv>;
  /** A route was chosen: by the router (with its decision), or forced by the caller. */
  decided(event: { route: Route; forced: boolean; decision?: RouteDecision | undefined }): void;
  /** An answer was served (route, fallback, usage, latency). */
  answered(answer: Pick<Answer, "route" | "fallback" | "usage" | "timings" | "models">): void;
}

export function createMetrics(runtime: Runtime, options: { limiter: ConcurrencyLimiter; prices: ServerConfig["prices"] }): ServerMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: "tandem_http_requests_total", help: "HTTP requests by endpoint, method and status.", labelNames: ["endpoint", "method", "status"], registers });
  const requestSeconds = new Histogram({
    name: "tandem_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its response (a stream's last byte), by endpoint.",
    labelNames: ["endpoint"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers,
  });
  new Gauge({ name: "tandem_http_requests_in_flight", help: "Requests holding a concurrency slot.", registers, collect() { this.set(options.limiter.inFlight); } });
  new Gauge({ name: "tandem_http_requests_queued", help: "Requests waiting for a concurrency slot.", registers, collect() { this.set(options.limiter.queued); } });
  const decisions = new Counter({ name: "tandem_route_decisions_total", help: "Routing decisions by route (forced: the caller chose the route).", labelNames: ["route", "forced"], registers });
  const decisionSeconds = new Histogram({
    name: "tandem_route_decision_duration_seconds",
    help: "Time the router took to decide.",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers,
  });
  const answerSeconds = new Histogram({
    name: "tandem_answer_duration_seconds",
    help: "End-to-end time of an answer (decision, retrieval, generation), by the route that served it.",
    labelNames: ["route"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers,
  });
  const fallbacks = new Counter({ name: "tandem_fallbacks_total", help: "Answers served by another target after the chosen one failed.", labelNames: ["from", "to"], registers });
  const tokens = new Counter({ name: "tandem_upstream_tokens_total", help: "Model tokens used by answers, by serving route and direction.", labelNames: ["route", "direction"], registers });
  const cost = new Counter({ name: "tandem_upstream_cost_usd_total", help: "Model cost in USD at server.prices (models without a price are not counted).", labelNames: ["model"], registers });
  new Gauge({
    name: "tandem_circuit_state",
    help: "Circuit breaker per target: 0 closed, 1 half-open, 2 open.",
    labelNames: ["target"],
    registers,
    collect() {
      for (const [target, status] of Object.entries(runtime.describe().circuits)) this.set({ target }, circuitLevels[status.state]);
    },
  });
  new Gauge({
    name: "tandem_chroma_up",
    help: "1 while the Chroma server answers its heartbeat, 0 while it is down.",
    registers,
    collect() {
      const health = runtime.chromaHealth();
      if (health) this.set(health.up ? 1 : 0);
    },
  });
  let restartsSeen = 0;
  new Counter({
    name: "tandem_chroma_restarts_total",
    help: "Restarts (and takeovers) of the Chroma server by this process.",
    registers,
    collect() {
      const restarts = runtime.chromaHealth()?.restarts ?? 0;
      if (restarts > restartsSeen) this.inc(restarts - restartsSeen);
      restartsSeen = restarts;
    },
  });

  new Gauge({
    name: "tandem_index_version",
    help: "Index version this replica serves (bumped in Chroma by every committed ingest step).",
    registers,
    collect() {
      const index = runtime.indexStatus();
      if (index) this.set(index.version);
    },
  });
  new Gauge({
    name: "tandem_index_lag_seconds",
    help: "Time since this replica last knew its lexical index current with Chroma (polled every chroma.refreshMs).",
    registers,
    collect() {
      const index = runtime.indexStatus();
      if (index) this.set(index.lagMs / 1000);
    },
  });
  let refreshesSeen = 0;
  new Counter({
    name: "tandem_index_refreshes_total",
    help: "Refreshes of the lexical index that re-read changed sources from Chroma.",
    registers,
    collect() {
      const refreshes = runtime.indexStatus()?.refreshes ?? 0;
      if (refreshes > refreshesSeen) this.inc(refreshes - refreshesSeen);
      refreshesSeen = refreshes;
    },
  });

  const middleware: MiddlewareHandler<ServerEnv> = async (context, next) => {
    const endpoint = endpointOf(context.req.path);
    const stop = requestSeconds.startTimer({ endpoint });
    const done = onResponseDone(context, () => {
      stop();
      requests.inc({ endpoint, method: context.req.method, status: String(context.env?.outgoing?.statusCode ?? context.res.status) });
    });
    try {
      await next();
    } finally {
      done();
    }
  };

  return {
    registry,
    middleware,
    decided({ route, forced, decision }) {
      decisions.inc({ route, forced: String(forced) });
      if (decision) decisionSeconds.observe(decision.timings.totalMs / 1000);
    },
    answered(answer) {
      answerSeconds.observe({ route: answer.route }, answer.timings.totalMs / 1000);
      if (answer.fallback) fallbacks.inc({ from: answer.fallback.from, to: answer.fallback.to });
      if (!answer.usage) return;
      tokens.inc({ route: answer.route, direction: "input" }, answer.usage.inputTokens);
      tokens.inc({ route: answer.route, direction: "output" }, answer.usage.outputTokens);
      // The model that generated the served answer: the reader for rag, the tuned model otherwise (both = RAG on tuned).
      const model = answer.route === "rag" ? answer.models?.reader : answer.models?.tuned;
      const price = model ? options.prices[model] : undefined;
      if (model && price) cost.inc({ model }, (answer.usage.inputTokens * price.input + answer.usage.outputTokens * price.output) / 1_000_000);
    },
  };
}
