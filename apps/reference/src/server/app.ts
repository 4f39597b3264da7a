import { type Route, routeSchema, TandemError } from "@tandem/core";
import { conversationMessageSchema } from "@tandem/router";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import { z } from "zod";
import { type ServerConfig, serverConfigSchema } from "../config/server-config-schema";
import type { ConfigStatus } from "../config/watch-config";
import type { Runtime } from "../runtime/runtime";
import { streamAskResponse } from "./ask-stream";
import { apiKeyAuth } from "./auth";
import type { DecisionLog } from "./decision-log";
import { Drain } from "./drain";
import { errorResponse } from "./error-response";
import { requestController } from "./event-stream";
import { healthReport } from "./health";
import { hostAllowList } from "./host-allow-list";
import { checkQueryLimits, ConcurrencyLimiter, concurrencyLimit, requestBodyLimit, requestTimeout, requireJson } from "./limits";
import { createServerLogger, requestLogging } from "./logging";
import { createMetrics, type ServerMetrics } from "./metrics";
import { observedRuntime } from "./observe";
import { chatCompletions, chatModels } from "./openai-chat-completions";
import { Dashboard } from "./dashboard";
import { explainDecision, type PlainExplanation } from "../explain/explain-decision";
import type { AskEvent } from "../runtime/runtime";
import { type PageName, renderWebPage, webAssets } from "./page";
import { runPolicyTrial, trialBodySchema } from "./policy-trial";
import type { ServerEnv } from "./server-env";

const askBodySchema = z.strictObject({
  query: z.string().trim().min(1, "query must not be empty"),
  route: routeSchema.optional(),
  metadata: z.record(z.string(), z.string()).optional(),
  /** Earlier turns of the conversation, oldest first: the router then routes on the conversation. */
  history: z.array(conversationMessageSchema).optional(),
  /** Server-Sent Events: route, delta..., done. */
  stream: z.boolean().default(false),
});
const routeBodySchema = askBodySchema.omit({ route: true, stream: true });
const searchBodySchema = z.strictObject({
  query: z.string().trim().min(1, "query must not be empty"),
  k: z.number().int().min(1).max(50).default(5),
});

export interface HttpAppOptions {
  /** The config watcher's status, shown by GET /v1/health (absent when the config is not watched). */
  configStatus?: () => ConfigStatus;
  /** The `server:` config section (keys, limits, timeouts). Default: every default. */
  server?: ServerConfig;
  /** API keys in force (TANDEM_API_KEYS or server.apiKeys). Default: server.apiKeys. */
  apiKeys?: readonly string[];
  /** The interface the server binds (for the Host allow-list). Default server.host. */
  bindHost?: string;
  logger?: Logger;
  decisionLog?: DecisionLog;
  /** How often the dashboard samples the decision counter for its route mix over time. Default 10 s. */
  dashboardIntervalMs?: number;
}

/** The HTTP API and web UI as a Hono app (runtime-agnostic; `serve.ts` binds it to a port). */
export function createHttpApp(runtime: Runtime, options: HttpAppOptions = {}) {
  const server = options.server ?? serverConfigSchema.parse({});
  const limits = server.limits;
  const logger = options.logger ?? createServerLogger({ level: "silent" });
  const limiter = new ConcurrencyLimiter(limits);
  const metrics: ServerMetrics = createMetrics(runtime, { limiter, prices: server.prices });
  const drain = new Drain();
  const dashboard = new Dashboard(metrics.registry, { ...(options.dashboardIntervalMs ? { intervalMs: options.dashboardIntervalMs } : {}) });
  const apiKeys = options.apiKeys ?? server.apiKeys;
  const app = new Hono<ServerEnv>();
  const forRequest = (context: { get(key: "requestId"): string; req: { path: string } }) =>
    observedRuntime(runtime, { metrics, decisionLog: options.decisionLog }, { requestId: context.get("requestId"), endpoint: context.req.path });

  app.onError((error, context) => errorResponse(context, error));
  app.use(requestLogging(logger), metrics.middleware, drain.middleware());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
      xFrameOptions: "DENY",
      xContentTypeOptions: "nosniff",
      referrerPolicy: "no-referrer",
      // HTTPS, and so HSTS, is the proxy's business.
      strictTransportSecurity: false,
    }),
  );
  const hosts = hostAllowList(options.bindHost ?? server.host, server.allowedHosts);
  if (hosts) app.use(hosts);
  app.use(apiKeyAuth(apiKeys));
  app.post("/v1/*", requireJson(), requestBodyLimit(limits.bodyBytes), concurrencyLimit(limiter), requestTimeout(server.timeoutMs));

  const described = (context: { get(key: "authenticated"): boolean }) => (context.get("authenticated") ? runtime.describe() : undefined);
  const pages: [string, PageName][] = [["/", "ask"], ["/dashboard", "dashboard"], ["/sources/:id", "source"]];
  for (const [path, name] of pages) app.get(path, (context) => context.html(renderWebPage(name, described(context))));
  for (const [path, asset] of Object.entries(webAssets)) {
    app.get(path, (context) => context.body(asset.body, 200, { "content-type": asset.type, "cache-control": "no-cache" }));
  }
  app.get("/metrics", async (context) => context.body(await metrics.registry.metrics(), 200, { "content-type": metrics.registry.contentType }));
  app.get("/v1/health", (context) => {
    const report = healthReport(runtime, { detailed: context.get("authenticated"), draining: drain.draining, configStatus: options.configStatus });
    return context.json(report.body, report.status);
  });

  app.post("/v1/ask", async (context) => {
    const body = await parseBody(context.req.raw, askBodySchema);
    checkQueryLimits(limits, { query: body.query, queryPath: "query", ...(body.history ? { messages: body.history, messagesPath: "history" } : {}) });
    const abort = requestController(context.get("signal"));
    const options = {
      ...(body.route ? { route: body.route } : {}),
      ...(body.metadata ? { metadata: body.metadata } : {}),
      ...(body.history ? { history: body.history } : {}),
      signal: abort.signal,
    };
    const observed = forRequest(context);
    if (body.stream) return streamAskResponse(context, withExplanations(observed.askStream(body.query, options), body.query, body.route), abort);
    const answer = await observed.ask(body.query, options);
    context.header("x-tandem-route", answer.route);
    return context.json({ ...answer, why: explainDecision({ query: answer.conversation?.standalone ?? body.query, decision: answer.decision, forced: body.route, answer }) });
  });

  app.post("/v1/chat/completions", (context) => chatCompletions(context, forRequest(context), limits));

  app.get("/v1/models", (context) =>
    context.json({ object: "list", data: chatModels.map((id) => ({ id, object: "model", created: 0, owned_by: "tandem" })) }),
  );

  app.post("/v1/route", async (context) => {
    const body = await parseBody(context.req.raw, routeBodySchema);
    checkQueryLimits(limits, { query: body.query, queryPath: "query", ...(body.history ? { messages: body.history, messagesPath: "history" } : {}) });
    return context.json(await forRequest(context).route(body.query, { ...(body.metadata ? { metadata: body.metadata } : {}), ...(body.history ? { history: body.history } : {}) }));
  });

  app.post("/v1/search", async (context) => {
    const body = await parseBody(context.req.raw, searchBodySchema);
    checkQueryLimits(limits, { query: body.query, queryPath: "query" });
    return context.json({ query: body.query, hits: await runtime.search(body.query, body.k) });
  });

  app.get("/v1/dashboard", async (context) => context.json(await dashboard.data()));

  app.get("/v1/sources/:id", async (context) => {
    const view = await runtime.source(context.req.param("id"), context.req.query("quote"));
    if (!view) return context.json({ error: new TandemError({ code: "SOURCE_NOT_FOUND", message: "no chunk with this id in the index", hint: "the source may have been re-ingested; ask again" }).toJSON() }, 404);
    return context.json(view);
  });

  app.post("/v1/router/trial", async (context) => {
    const body = await parseBody(context.req.raw, trialBodySchema);
    return context.json(await runPolicyTrial(runtime, body, limits, context.get("signal")));
  });

  return Object.assign(app, { drain, metrics, limiter, dashboard });
}

/** Adds the decision in plain words (`why`) to the route event and to the answer. */
async function* withExplanations(events: AsyncIterable<AskEvent>, query: string, forced: Route | undefined): AsyncGenerator<AskEvent & { why?: PlainExplanation }> {
  let routed = query;
  for await (const event of events) {
    if (event.type === "route") {
      routed = event.conversation?.standalone ?? query;
      yield { ...event, why: explainDecision({ query: routed, decision: event.decision, forced }) };
    } else if (event.type === "done") {
      yield { ...event, why: explainDecision({ query: routed, decision: event.decision, forced, answer: event }) };
    } else {
      yield event;
    }
  }
}

async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new TandemError({ code: "INPUT_INVALID", message: "request body is not valid JSON", hint: 'send {"query": "..."}' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.join(".") : "";
    throw new TandemError({
      code: "INPUT_INVALID",
      ...(path ? { path } : {}),
      message: `invalid request: ${parsed.error.issues.map((entry) => `${entry.path.join(".") || "(body)"}: ${entry.message}`).join("; ")}`,
    });
  }
  return parsed.data;
}
