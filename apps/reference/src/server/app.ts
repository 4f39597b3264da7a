import { routeSchema, TandemError, toTandemError } from "@tandem/core";
import { conversationMessageSchema } from "@tandem/router";
import { Hono } from "hono";
import { z } from "zod";
import type { ConfigStatus } from "../config/watch-config";
import type { Runtime } from "../runtime/runtime";
import { streamAskResponse } from "./ask-stream";
import { requestController } from "./event-stream";
import { chatCompletions, chatModels, openAIError } from "./openai-chat-completions";
import { renderPage } from "./page";

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

const statusByCode: Partial<Record<TandemError["code"], 400 | 404 | 502 | 503 | 504>> = {
  INPUT_INVALID: 400,
  NOT_CONFIGURED: 404,
  UPSTREAM_FAILED: 502,
  TARGET_FAILED: 502,
  CHROMA_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

export interface HttpAppOptions {
  /** The config watcher's status, shown by GET /v1/health (absent when the config is not watched). */
  configStatus?: () => ConfigStatus;
}

/** The HTTP API and web UI as a Hono app (runtime-agnostic; `serve.ts` binds it to a port). */
export function createHttpApp(runtime: Runtime, options: HttpAppOptions = {}) {
  const app = new Hono();

  app.onError((error, context) => {
    const tandemError = toTandemError(error);
    return context.json({ error: tandemError.toJSON() }, statusByCode[tandemError.code] ?? 500);
  });

  app.get("/", (context) => context.html(renderPage(runtime.describe())));
  app.get("/v1/health", (context) => {
    const description = runtime.describe();
    return context.json({ ok: true, configVersion: description.routerConfigVersion, ...description, ...(options.configStatus ? { config: options.configStatus() } : {}) });
  });

  app.post("/v1/ask", async (context) => {
    const body = await parseBody(context.req.raw, askBodySchema);
    const abort = requestController(context.req.raw);
    const options = {
      ...(body.route ? { route: body.route } : {}),
      ...(body.metadata ? { metadata: body.metadata } : {}),
      ...(body.history ? { history: body.history } : {}),
      signal: abort.signal,
    };
    if (body.stream) return streamAskResponse(context, runtime.askStream(body.query, options), abort);
    const answer = await runtime.ask(body.query, options);
    context.header("x-tandem-route", answer.route);
    return context.json(answer);
  });

  app.post("/v1/chat/completions", async (context) => {
    try {
      return await chatCompletions(context, runtime);
    } catch (error) {
      const { status, body } = openAIError(error);
      return context.json(body, status);
    }
  });

  app.get("/v1/models", (context) =>
    context.json({ object: "list", data: chatModels.map((id) => ({ id, object: "model", created: 0, owned_by: "tandem" })) }),
  );

  app.post("/v1/route", async (context) => {
    const body = await parseBody(context.req.raw, routeBodySchema);
    return context.json(await runtime.route(body.query, { ...(body.metadata ? { metadata: body.metadata } : {}), ...(body.history ? { history: body.history } : {}) }));
  });

  app.post("/v1/search", async (context) => {
    const body = await parseBody(context.req.raw, searchBodySchema);
    return context.json({ query: body.query, hits: await runtime.search(body.query, body.k) });
  });

  return app;
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
