import { createServer, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { fnv1a32 } from "@tandem/core";
import type { FaultRoute, Faults } from "./faults";
import { createFineTuningSimulation, type FineTuningSimulation, type FineTuningSimulationOptions } from "./fine-tuning/fine-tuning-simulation";
import { sendError, sendJson } from "./responses";
import type { RouteHandler, UpstreamRoute } from "./upstream-route";

/** A request the upstream received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content: unknown }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [key: string]: unknown;
}

export interface OpenAIUpstreamOptions {
  /** Reply text for a chat request. Default: `echo: <last user message>`. */
  reply?: (request: ChatRequestBody) => string;
  /** When set, requests must carry `Authorization: Bearer <requireApiKey>`. */
  requireApiKey?: string;
  /** Faults from the start, per route. */
  faults?: Partial<Record<FaultRoute, Faults>>;
  /** Default embedding size. Default 64. */
  dimensions?: number;
  /** Files and fine-tuning jobs simulation (processing polls, how jobs advance, steps per tick, models). */
  fineTuning?: FineTuningSimulationOptions;
}

export interface OpenAIUpstream {
  /** Base URL to give an OpenAI client, e.g. `http://127.0.0.1:41234/v1`. */
  url: string;
  requests: RecordedRequest[];
  setFaults(route: FaultRoute, faults: Faults | undefined): void;
  /** Adds routes (e.g. files and fine-tuning jobs) in front of the built-in ones. */
  addRoutes(routes: readonly UpstreamRoute[]): void;
  /** The Files API and fine-tuning jobs (+ events) it serves, and the handles to steer them. */
  fineTuning: FineTuningSimulation;
  close(): Promise<void>;
}

/** Deterministic unit vector for a text (equal texts → equal vectors). */
export function hashVector(text: string, dimensions: number): number[] {
  const vector = Array.from({ length: dimensions }, (_, index) => ((fnv1a32(`${index}:${text}`) % 2001) - 1000) / 1000);
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

function lastUserText(body: ChatRequestBody): string {
  const user = [...(body.messages ?? [])].reverse().find((message) => message.role === "user");
  if (!user) return "";
  return typeof user.content === "string" ? user.content : JSON.stringify(user.content);
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Starts a loopback OpenAI-compatible server on 127.0.0.1 and a free port: chat completions (with SSE streaming),
 * embeddings and models, files and fine-tuning jobs with events, plus fault injection, so the real
 * `@langchain/openai` and `openai` client paths are tested over HTTP.
 */
export async function startOpenAIUpstream(options: OpenAIUpstreamOptions = {}): Promise<OpenAIUpstream> {
  const requests: RecordedRequest[] = [];
  const faults = new Map<FaultRoute, Faults>(Object.entries(options.faults ?? {}) as [FaultRoute, Faults][]);
  const dimensions = options.dimensions ?? 64;
  const reply = options.reply ?? ((body: ChatRequestBody) => `echo: ${lastUserText(body)}`);
  const sockets = new Set<Socket>();
  let created = 0;

  const chat: RouteHandler = async ({ response, body, faults: active }) => {
    const request = body as ChatRequestBody;
    const text = reply(request);
    const model = request.model ?? "loopback-model";
    const id = `chatcmpl-${++created}`;
    const promptTokens = (request.messages ?? []).reduce((sum, message) => sum + countWords(String(message.content ?? "")), 0);
    const usage = { prompt_tokens: promptTokens, completion_tokens: countWords(text), total_tokens: promptTokens + countWords(text) };
    const now = Math.floor(Date.now() / 1000);
    if (!request.stream) {
      sendJson(response, 200, {
        id,
        object: "chat.completion",
        created: now,
        model,
        choices: [{ index: 0, message: { role: "assistant", content: text }, logprobs: null, finish_reason: "stop" }],
        usage,
      });
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const pieces = text.match(/\S+\s*|\s+/g) ?? [];
    const frames = [
      { delta: { role: "assistant", content: "" }, finish_reason: null },
      ...pieces.map((piece) => ({ delta: { content: piece }, finish_reason: null })),
      { delta: {}, finish_reason: "stop" },
    ];
    let sent = 0;
    for (const frame of frames) {
      if (active.dropStreamAfter !== undefined && sent >= active.dropStreamAfter) {
        response.destroy();
        return;
      }
      response.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: now, model, choices: [{ index: 0, ...frame }] })}\n\n`);
      sent += 1;
      if (active.streamDelayMs) await new Promise((resolve) => setTimeout(resolve, active.streamDelayMs));
    }
    if (request.stream_options?.include_usage) {
      response.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: now, model, choices: [], usage })}\n\n`);
    }
    response.end("data: [DONE]\n\n");
  };

  const embeddings: RouteHandler = ({ response, body }) => {
    const request = body as { input?: unknown; model?: string; dimensions?: number; encoding_format?: string };
    const inputs = Array.isArray(request.input) ? request.input : [request.input];
    if (inputs.some((input) => typeof input !== "string")) {
      sendError(response, 400, "input must be a string or an array of strings", "invalid_request_error");
      return;
    }
    const size = request.dimensions ?? dimensions;
    const tokens = (inputs as string[]).reduce((sum, input) => sum + countWords(input), 0);
    sendJson(response, 200, {
      object: "list",
      // The openai SDK asks for base64 (little-endian float32) by default; honour both encodings.
      data: (inputs as string[]).map((input, index) => {
        const vector = hashVector(input, size);
        const embedding =
          request.encoding_format === "base64" ? Buffer.from(Float32Array.from(vector).buffer).toString("base64") : vector;
        return { object: "embedding", index, embedding };
      }),
      model: request.model ?? "loopback-embedding",
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  };

  const fineTuning = createFineTuningSimulation(options.fineTuning);
  const routes: UpstreamRoute[] = [
    ...fineTuning.routes(),
    { method: "POST", pattern: /^\/chat\/completions$/, fault: "chat", handle: chat },
    { method: "POST", pattern: /^\/embeddings$/, fault: "embeddings", handle: embeddings },
    {
      method: "GET",
      pattern: /^\/models$/,
      fault: "models",
      handle: ({ response }) =>
        sendJson(response, 200, {
          object: "list",
          data: ["loopback-model", "loopback-embedding"].map((id) => ({ id, object: "model", created: 0, owned_by: "tandem-testing" })),
        }),
    },
  ];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = String(request.headers["content-type"] ?? "");
    let body: unknown = raw.length === 0 ? undefined : raw;
    if (raw.length > 0 && contentType.includes("application/json")) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        sendError(response, 400, "request body is not valid JSON", "invalid_request_error");
        return;
      }
    }
    requests.push({ method: request.method ?? "GET", path: url.pathname, headers: request.headers, body });

    if (options.requireApiKey && request.headers.authorization !== `Bearer ${options.requireApiKey}`) {
      sendError(response, 401, "Incorrect API key provided", "invalid_request_error", "invalid_api_key");
      return;
    }
    const path = url.pathname.replace(/^\/v1/, "");
    const route = routes.find((candidate) => candidate.method === request.method && candidate.pattern.test(path));
    if (!route) {
      sendError(response, 404, `no route for ${request.method} ${url.pathname}`, "invalid_request_error");
      return;
    }
    const active = { ...faults.get("all"), ...faults.get(route.fault) };
    if (active.latencyMs) await new Promise((resolve) => setTimeout(resolve, active.latencyMs));
    if (active.timeout) return; // never answers; the socket is destroyed on close()
    if (active.status) {
      const remaining = active.failTimes;
      if (remaining === undefined || remaining > 0) {
        if (remaining !== undefined) {
          const stored = faults.get(route.fault) ?? faults.get("all");
          if (stored) stored.failTimes = remaining - 1;
        }
        if (active.afterHandling) await route.handle({ request, response: new ServerResponse(request), body, path, query: url.searchParams, faults: active });
        if (active.retryAfterMs !== undefined) response.setHeader("retry-after-ms", String(active.retryAfterMs));
        sendError(response, active.status, `injected failure (HTTP ${active.status})`, active.status === 429 ? "rate_limit_exceeded" : "server_error");
        return;
      }
    }
    if (active.badJson) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"id": "broken", "choices": [');
      return;
    }
    try {
      await route.handle({ request, response, body, path, query: url.searchParams, faults: active });
    } catch (error) {
      if (!response.headersSent) sendError(response, 500, `upstream handler failed: ${(error as Error).message}`);
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setFaults(route, value) {
      if (value === undefined) faults.delete(route);
      else faults.set(route, { ...value });
    },
    addRoutes(extra) {
      routes.unshift(...extra);
    },
    fineTuning,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
