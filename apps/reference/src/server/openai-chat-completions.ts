import { randomUUID } from "node:crypto";
import type { Answer, Route } from "@tandem/core";
import { routeSchema, TandemError } from "@tandem/core";
import type { ConversationMessage } from "@tandem/router";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { AskEvent, Runtime } from "../runtime/runtime";
import type { ServerLimits } from "../config/server-config-schema";
import { openAIError } from "./error-response";
import { clientGone, openEvents, requestController, streamFailure } from "./event-stream";
import { checkQueryLimits } from "./limits";
import type { ServerEnv } from "./server-env";

/** The model names this endpoint serves: `tandem` (the router decides) or `tandem/<route>` (forced). */
export const chatModels = ["tandem", ...routeSchema.options.map((route) => `tandem/${route}`)];

const contentSchema = z.union([
  z.string(),
  z.array(z.looseObject({ type: z.string(), text: z.string().optional() })).transform((parts, context) => {
    const other = parts.find((part) => part.type !== "text" || typeof part.text !== "string");
    if (other) context.addIssue({ code: "custom", message: `only text content parts are supported (got "${other.type}")` });
    return parts.map((part) => part.text ?? "").join("");
  }),
]);

/** An OpenAI chat completion request. Generation parameters are accepted and reported as ignored. */
const requestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z
    .array(
      z.looseObject({
        role: z.enum(["system", "developer", "user", "assistant"], { message: 'role must be "system", "developer", "user" or "assistant" (tools are not supported)' }),
        content: contentSchema,
      }),
    )
    .min(1, "messages must not be empty"),
  stream: z.boolean().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});
const knownKeys = new Set(["model", "messages", "stream", "stream_options", "metadata"]);

interface ParsedRequest {
  route?: Route;
  query: string;
  history: ConversationMessage[];
  stream: boolean;
  includeUsage: boolean;
  metadata?: Record<string, string>;
  ignored: string[];
}

function parseRequest(json: unknown, limits: ServerLimits): ParsedRequest {
  const parsed = requestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TandemError({ code: "INPUT_INVALID", ...(issue ? { path: issue.path.join(".") } : {}), message: `invalid request: ${parsed.error.issues.map((entry) => `${entry.path.join(".") || "(body)"}: ${entry.message}`).join("; ")}` });
  }
  const body = parsed.data;
  checkQueryLimits(limits, { query: body.messages.at(-1)?.content ?? "", queryPath: `messages.${body.messages.length - 1}.content`, messages: body.messages, messagesPath: "messages" });
  if (!chatModels.includes(body.model)) {
    throw new TandemError({ code: "INPUT_INVALID", path: "model", message: `unknown model "${body.model}"`, hint: `use one of ${chatModels.join(", ")}` });
  }
  const last = body.messages.at(-1);
  if (!last || last.role !== "user" || last.content.trim().length === 0) {
    throw new TandemError({ code: "INPUT_INVALID", path: `messages.${body.messages.length - 1}`, message: "the last message must be a non-empty user message" });
  }
  const route = body.model.startsWith("tandem/") ? routeSchema.parse(body.model.slice("tandem/".length)) : undefined;
  return {
    ...(route ? { route } : {}),
    query: last.content,
    history: body.messages.slice(0, -1).map((message) => ({ role: message.role === "developer" ? "system" : message.role, content: message.content })),
    stream: body.stream ?? false,
    includeUsage: body.stream_options?.include_usage ?? false,
    ...(body.metadata ? { metadata: body.metadata } : {}),
    ignored: Object.keys(body).filter((key) => !knownKeys.has(key)).sort(),
  };
}

const usageOf = (answer: Answer) => {
  const input = answer.usage?.inputTokens ?? 0;
  const output = answer.usage?.outputTokens ?? 0;
  return { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
};

/** What every response and chunk says about the routing (the route is in the body, not only in a header). */
function answerDetails(answer: Answer) {
  const { text: _text, type: _type, ...details } = answer as Answer & { type?: string };
  return details;
}

/**
 * `POST /v1/chat/completions`, OpenAI-compatible. `model: "tandem"` lets the router decide on the whole
 * conversation; `"tandem/tuned" | "tandem/rag" | "tandem/both"` forces a route. The route is in the
 * `x-tandem-route` header, in the body's `tandem` field, and — streaming — in every chunk's `tandem.route`
 * (the first chunk also carries the decision, the last the citations and trace).
 */
export async function chatCompletions(context: Context<ServerEnv>, runtime: Runtime, limits: ServerLimits): Promise<Response> {
  let json: unknown;
  try {
    json = await context.req.raw.json();
  } catch {
    throw new TandemError({ code: "INPUT_INVALID", message: "request body is not valid JSON" });
  }
  const request = parseRequest(json, limits);
  const abort = requestController(context.get("signal"));
  const options = {
    ...(request.route ? { route: request.route } : {}),
    ...(request.metadata ? { metadata: request.metadata } : {}),
    history: request.history,
    signal: abort.signal,
  };
  const id = `chatcmpl-tandem-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const ignored = request.ignored.length > 0 ? { ignoredParameters: request.ignored } : {};

  if (!request.stream) {
    const answer = await runtime.ask(request.query, options);
    context.header("x-tandem-route", answer.route);
    if (answer.decision) context.header("x-tandem-config-version", answer.decision.configVersion);
    return context.json({
      id,
      object: "chat.completion",
      created,
      model: `tandem/${answer.route}`,
      choices: [{ index: 0, message: { role: "assistant", content: answer.text, refusal: null }, logprobs: null, finish_reason: "stop" }],
      usage: usageOf(answer),
      tandem: { ...answerDetails(answer), ...ignored },
    });
  }

  const opened = await openEvents(runtime.askStream(request.query, options));
  context.header("x-tandem-route", opened.first.route);
  if (opened.first.type === "route" && opened.first.decision) context.header("x-tandem-config-version", opened.first.decision.configVersion);
  const chunk = (route: Route, delta: Record<string, unknown>, finish: string | null, tandem: Record<string, unknown>) => ({
    id,
    object: "chat.completion.chunk",
    created,
    model: `tandem/${route}`,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    tandem: { route, ...tandem },
  });
  const toChunks = (event: AskEvent): unknown[] => {
    switch (event.type) {
      case "route":
        return [chunk(event.route, { role: "assistant", content: "" }, null, { decision: event.decision ?? null, forced: event.forced, ...(event.conversation ? { conversation: event.conversation } : {}), ...ignored })];
      case "fallback":
        return [chunk(event.route, {}, null, { fallback: { from: event.from, to: event.route, reason: event.reason } })];
      case "delta":
        return [chunk(event.route, { content: event.text }, null, {})];
      case "done": {
        const { decision: _decision, ...details } = answerDetails(event);
        const last = chunk(event.route, {}, "stop", details);
        return request.includeUsage ? [last, { id, object: "chat.completion.chunk", created, model: `tandem/${event.route}`, choices: [], usage: usageOf(event), tandem: { route: event.route } }] : [last];
      }
    }
  };
  return streamSSE(context, async (stream) => {
    stream.onAbort(() => abort.abort(clientGone()));
    const send = async (event: AskEvent) => {
      for (const entry of toChunks(event)) await stream.writeSSE({ data: JSON.stringify(entry) });
    };
    try {
      await send(opened.first);
      for (let next = await opened.rest.next(); !next.done; next = await opened.rest.next()) await send(next.value);
      await stream.writeSSE({ data: "[DONE]" });
    } catch (error) {
      const failure = streamFailure(error, abort);
      if (failure) await stream.writeSSE({ data: JSON.stringify(openAIError(failure).body) });
    }
  });
}
