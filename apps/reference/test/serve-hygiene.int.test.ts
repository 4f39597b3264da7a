// Serving safely, on the real HTTP stack with the runtime (real Chroma) in process and every model call going to the
// loopback OpenAI-compatible upstream: API keys (401, OpenAI-style on /v1/chat/completions), JSON only (415), query
// and message limits (400), the Host allow-list (403), the concurrency limit (429 + Retry-After) with health still
// answering, the request timeout (504, and the upstream call aborted), security headers, request ids in headers and
// logs (never a key), /metrics, and the decision log read by `tandem router fit`.
import { existsSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { type OpenAIUpstream, sendJson, startOpenAIUpstream } from "@tandem/testing";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type TandemConfig } from "../src/config/load-config";
import { type Runtime } from "../src/runtime/runtime";
import { openRuntime } from "../src/runtime/open-runtime";
import { DecisionLog } from "../src/server/decision-log";
import { createServerLogger } from "../src/server/logging";
import { type RunningServer, startHttpServer } from "../src/server/serve";
import { chromiumPath, launchChromium, makeProject, runCli, sampleDataset, until } from "./helpers";

const key = "tk-test-0123456789abcdef";
let upstream: OpenAIUpstream;
let runtime: Runtime;
let config: TandemConfig;
let server: RunningServer;
let project: string;
const logLines: Record<string, unknown>[] = [];
/** For each "(stall)" chat request: whether its connection was closed by Tandem before the upstream answered. */
const slowAborted: boolean[] = [];

const lastUser = (body: { messages?: { role: string; content: unknown }[] }) => String([...(body.messages ?? [])].reverse().find((message) => message.role === "user")?.content ?? "");

beforeAll(async () => {
  upstream = await startOpenAIUpstream();
  // Chat: a question marked "(stall)" is never answered (until the caller gives up); anything else is answered at once.
  upstream.addRoutes([
    {
      method: "POST",
      pattern: /^\/chat\/completions$/,
      fault: "chat",
      handle: async ({ response, body }) => {
        const request = body as { model: string; stream?: boolean; stream_options?: { include_usage?: boolean }; messages?: { role: string; content: unknown }[] };
        const text = lastUser(request);
        if (text.includes("(stall)")) {
          slowAborted.push(await new Promise<boolean>((resolve) => {
            response.once("close", () => resolve(true));
            setTimeout(() => resolve(false), 20_000).unref();
          }));
          return;
        }
        const reply = `answer from ${request.model}`;
        if (!request.stream) {
          sendJson(response, 200, { id: "c1", object: "chat.completion", created: 0, model: request.model, choices: [{ index: 0, message: { role: "assistant", content: reply }, finish_reason: "stop" }], usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 } });
          return;
        }
        response.writeHead(200, { "content-type": "text/event-stream" });
        const chunk = (delta: unknown, finish: string | null) => `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 0, model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
        response.write(chunk({ role: "assistant", content: reply }, null));
        response.write(chunk({}, "stop"));
        if (request.stream_options?.include_usage) response.write(`data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 0, model: request.model, choices: [], usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 } })}\n\n`);
        response.end("data: [DONE]\n\n");
      },
    },
  ]);
  project = makeProject(
    [
      "rag:\n  sources: [./corpus]",
      "tuned:\n  trainingData: ./finetune/train.jsonl",
      "models:\n  chat: reader-model\n  tuned: ft:base:acme::t1\n  embeddings: embed-model\n  maxRetries: 0",
      "server:",
      `  apiKeys: [${key}]`,
      "  timeoutMs: 1500",
      "  limits: { queryChars: 200, messages: 4, concurrency: 1, queue: 1, queueTimeoutMs: 200, headersTimeoutMs: 1000, bodyTimeoutMs: 2000 }",
      "  decisionLog: { path: ./decisions.jsonl, query: text }",
      "  prices: { 'ft:base:acme::t1': { input: 1, output: 2 } }",
      "",
    ].join("\n"),
  );
  config = loadConfig(join(project, "tandem.config.yaml"), {});
  runtime = await openRuntime(config, { needs: "serve", log: () => {}, environment: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop" } });
  const logger = createServerLogger({ level: "info", destination: { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) } });
  const decisionLog = config.server.decisionLog ? new DecisionLog(config.server.decisionLog) : undefined;
  server = await startHttpServer(runtime, { host: "127.0.0.1", port: 0, server: config.server, apiKeys: config.server.apiKeys, logger, ...(decisionLog ? { decisionLog } : {}) });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await runtime?.close();
  await upstream?.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${key}` }) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; path?: string; type?: string } }).error;

/** A raw request with any Host header (fetch does not let one set it). */
function withHost(host: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, path, headers: { host, authorization: `Bearer ${key}` } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("API keys", () => {
  it("refuses /v1/* and /metrics without a valid key (401), and answers with one", async () => {
    const missing = await post("/v1/route", { query: "What is the egress price in sa-east-1?" }, {});
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await errorOf(missing)).toMatchObject({ code: "UNAUTHORIZED" });
    expect((await post("/v1/ask", { query: "x" }, { authorization: "Bearer wrong-key-0123456789" })).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/v1/models`)).status).toBe(401);
    // The web pages' data: the dashboard, the source view and the policy trial need the key too.
    expect((await fetch(`${server.url}/v1/dashboard`)).status).toBe(401);
    expect((await fetch(`${server.url}/v1/sources/0123abcd`)).status).toBe(401);
    expect((await post("/v1/router/trial", { jsonl: '{"query":"x","route":"rag"}' }, {})).status).toBe(401);
    expect((await fetch(`${server.url}/v1/dashboard`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/v1/sources/0123abcd`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(404);
    const ok = await post("/v1/route", { query: "What is the egress price in sa-east-1?" });
    expect(ok.status).toBe(200);
  });

  it("answers /v1/chat/completions without a key OpenAI-style (the SDK raises AuthenticationError)", async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "sk-not-a-tandem-key", maxRetries: 0 });
    const failure = await client.chat.completions.create({ model: "tandem", messages: [{ role: "user", content: "hi" }] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((failure as InstanceType<typeof OpenAI.AuthenticationError>).error).toMatchObject({ type: "authentication_error", code: "UNAUTHORIZED", param: null });
    const allowed = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: key, maxRetries: 0 });
    const completion = await allowed.chat.completions.create({ model: "tandem/tuned", messages: [{ role: "user", content: "Triage this ticket: replicas lag" }] });
    expect(completion.choices[0]?.message.content).toBe("answer from ft:base:acme::t1");
  });

  it("health without a key is liveness only; with a key it shows every component", async () => {
    const anonymous = await fetch(`${server.url}/v1/health`);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ ok: true });
    const detailed = (await (await fetch(`${server.url}/v1/health`, { headers: { authorization: `Bearer ${key}` } })).json()) as Record<string, unknown>;
    expect(detailed).toMatchObject({ ok: true, components: { chroma: { status: "ok", role: "owner" }, models: { status: "ok", provider: "openai" }, circuits: { status: "ok" }, server: { status: "ok" } } });
    expect(JSON.stringify(detailed)).not.toContain(project);
  });

  it("the page names no models to a visitor without a key, and asks for one", async () => {
    const page = await (await fetch(server.url)).text();
    expect(page).toMatch(/needs an API key/);
    expect(page).not.toContain("ft:base:acme::t1");
    expect(await (await fetch(`${server.url}/common.js`)).text()).toMatch(/sessionStorage/);
    // The pages themselves are static shells (their data comes from /v1/*, with the key).
    for (const path of ["/dashboard", "/sources/0123abcd"]) {
      const shell = await fetch(`${server.url}${path}`);
      expect(shell.status).toBe(200);
      expect(await shell.text()).not.toContain("ft:base:acme::t1");
    }
  });
});

describe("request hygiene", () => {
  it("refuses bodies that are not application/json with 415 (text/plain needs no CORS preflight)", async () => {
    const plain = await post("/v1/ask", JSON.stringify({ query: "x" }), { authorization: `Bearer ${key}`, "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(await errorOf(plain)).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    const charset = await post("/v1/route", { query: "What is the egress price in sa-east-1?" }, { authorization: `Bearer ${key}`, "content-type": "application/json; charset=utf-8" });
    expect(charset.status).toBe(200);
  });

  it("refuses a body over server.limits.bodyBytes with 413", async () => {
    const response = await post("/v1/ask", { query: "x".repeat(2_000_000) });
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: "BODY_TOO_LARGE" });
  });

  it("refuses over-long queries and too many messages with 400 naming the field", async () => {
    const long = await post("/v1/ask", { query: "q".repeat(201) });
    expect(long.status).toBe(400);
    expect(await errorOf(long)).toMatchObject({ code: "INPUT_INVALID", path: "query" });
    const many = await post("/v1/chat/completions", { model: "tandem", messages: Array.from({ length: 5 }, () => ({ role: "user", content: "hi" })) });
    expect(many.status).toBe(400);
    expect(await errorOf(many)).toMatchObject({ param: "messages", code: "INPUT_INVALID", type: "invalid_request_error" });
  });

  it("answers only to loopback names (and server.allowedHosts) on a loopback bind: DNS rebinding gets 403", async () => {
    expect((await withHost("evil.example:8787", "/v1/models")).status).toBe(403);
    expect((await withHost("localhost:8787", "/v1/models")).status).toBe(200);
    expect((await withHost("127.0.0.1", "/v1/models")).status).toBe(200);
  });

  it.each([
    ["headers that never end", `POST /v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\n`],
    ["a body that never ends", `POST /v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query"`],
  ])("cuts off a client that sends %s (408, connection closed)", async (_label, partial) => {
    const url = new URL(server.url);
    const socket = connect(Number(url.port), url.hostname);
    let received = "";
    socket.on("data", (data: Buffer) => (received += data.toString()));
    socket.on("error", () => {});
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write(partial);
    await until(() => socket.closed, Boolean, "the server to close the connection", 20_000);
    await closed;
    expect(received.split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
  });

  it("sends the page with a CSP without inline script, X-Frame-Options DENY and nosniff", async () => {
    const page = await fetch(server.url);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("times a request out with 504 and aborts its upstream call", async () => {
    const before = slowAborted.length;
    const response = await post("/v1/ask", { query: "a question (stall)", route: "tuned" });
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toMatchObject({ code: "TIMEOUT" });
    await expect.poll(() => slowAborted.length, { timeout: 10_000 }).toBe(before + 1);
    expect(slowAborted.at(-1)).toBe(true);
  });

  it("over the concurrency limit and its queue: 429 with Retry-After, while health keeps answering", async () => {
    // concurrency 1, queue 1 (200 ms): the first holds the slot until its timeout, the second waits and gives up,
    // the third finds the queue full.
    const first = post("/v1/ask", { query: "one (stall)", route: "tuned" });
    await expect.poll(() => server.metrics.registry.getSingleMetric("tandem_http_requests_in_flight")?.get().then((metric) => metric.values[0]?.value), { timeout: 5000 }).toBe(1);
    const [second, third] = await Promise.all([post("/v1/ask", { query: "two (stall)", route: "tuned" }), post("/v1/ask", { query: "three (stall)", route: "tuned" })]);
    const health = await fetch(`${server.url}/v1/health`);
    expect(health.status).toBe(200);
    expect([second.status, third.status]).toEqual([429, 429]);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await errorOf(third)).toMatchObject({ code: "OVERLOADED" });
    expect((await first).status).toBe(504);
  });
});

describe("observability", () => {
  it("puts a request id in the x-request-id header and in every log line of the request, and never a key", async () => {
    const response = await post("/v1/ask", { query: "Triage this ticket: the pooler drops connections", route: "tuned" });
    expect(response.status).toBe(200);
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = logLines.filter((line) => line.reqId === id);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatchObject({ msg: "request", method: "POST", path: "/v1/ask", status: 200 });
    const given = await post("/v1/route", { query: "What is the egress price?" }, { authorization: `Bearer ${key}`, "x-request-id": "proxy-abc.123" });
    expect(given.headers.get("x-request-id")).toBe("proxy-abc.123");
    expect(logLines.some((line) => line.reqId === "proxy-abc.123")).toBe(true);
    const all = JSON.stringify(logLines);
    expect(all).not.toContain(key);
    expect(all).not.toContain("wrong-key-0123456789");
  });

  it("serves Prometheus metrics: requests, decisions, latency, fallbacks, circuits, Chroma, tokens and cost", async () => {
    await post("/v1/ask", { query: "What is the egress price in sa-east-1?" });
    upstream.setFaults("chat", { status: 500, failTimes: 1 });
    const fellBack = (await (await post("/v1/ask", { query: "Triage this ticket: replicas lag", route: "tuned" })).json()) as { fallback?: unknown };
    upstream.setFaults("chat", undefined);
    expect(fellBack.fallback).toMatchObject({ from: "tuned", to: "rag" });
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^tandem_http_requests_total\{endpoint="\/v1\/ask",method="POST",status="200"\} [1-9]/m);
    expect(text).toMatch(/^tandem_http_requests_total\{endpoint="\/v1\/ask",method="POST",status="401"\} 1$/m);
    expect(text).toMatch(/^tandem_http_requests_total\{endpoint="\/v1\/ask",method="POST",status="429"\} 2$/m);
    expect(text).toMatch(/^tandem_route_decisions_total\{route="rag",forced="false"\} [1-9]/m);
    expect(text).toMatch(/^tandem_route_decisions_total\{route="tuned",forced="true"\} [1-9]/m);
    expect(text).toMatch(/^tandem_route_decision_duration_seconds_count [1-9]/m);
    expect(text).toMatch(/^tandem_answer_duration_seconds_bucket\{le="\+Inf",route="tuned"\} [1-9]/m);
    expect(text).toMatch(/^tandem_http_request_duration_seconds_count\{endpoint="\/v1\/ask"\} [1-9]/m);
    expect(text).toMatch(/^tandem_circuit_state\{target="tuned"\} 0$/m);
    expect(text).toMatch(/^tandem_chroma_up 1$/m);
    expect(text).toMatch(/^tandem_chroma_restarts_total 0$/m);
    expect(text).toMatch(/^tandem_upstream_tokens_total\{route="tuned",direction="output"\} [1-9]/m);
    expect(text).toMatch(/^tandem_upstream_cost_usd_total\{model="ft:base:acme::t1"\} [0-9.e-]+$/m);
    expect(text).toMatch(/^tandem_fallbacks_total\{from="tuned",to="rag"\} 1$/m);
    expect(text).toMatch(/^process_resident_memory_bytes [1-9]/m);
  });

  it("logs decisions and outcomes to the decision log, which `tandem router fit` reads", async () => {
    const labelled = readFileSync(join(sampleDataset, "eval/routing.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { query: string; route: "tuned" | "rag" | "both" })
      .filter((item) => item.query.length <= 200)
      .slice(0, 45);
    for (const item of labelled) expect((await post("/v1/ask", { query: item.query, route: item.route })).status).toBe(200);
    // The log is appended asynchronously: wait for the last request's line.
    const readLog = () => readFileSync(join(project, "decisions.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    const lines = await until(readLog, (entries) => entries.at(-1)?.query === labelled.at(-1)?.query, "the decision log's last line");
    const last = lines.at(-1);
    expect(last).toMatchObject({ endpoint: "/v1/ask", query: labelled.at(-1)?.query, route: labelled.at(-1)?.route, forced: labelled.at(-1)?.route, outcome: { status: "answered" } });
    expect(lines.some((line) => line.decided && line.outcome && (line.outcome as { status: string }).status === "answered")).toBe(true);
    expect(lines.some((line) => (line.outcome as { status: string }).status === "failed")).toBe(true);
    const fit = await runCli(project, ["router", "fit", "decisions.jsonl", "--json"]);
    expect(fit.code, fit.stderr).toBe(0);
    expect(fit.stderr).toMatch(/skipped \d+ logged request\(s\) that failed/);
    expect(JSON.parse(fit.stdout)).toMatchObject({ patch: { router: { model: {} } } });

    const hashed = new DecisionLog({ path: join(project, "hashed.jsonl"), query: "hash" });
    hashed.append({ requestId: "r1", endpoint: "/v1/ask", query: "secret question", forced: "rag" });
    await hashed.close();
    expect(readFileSync(join(project, "hashed.jsonl"), "utf8")).not.toContain("secret question");
    const refused = await runCli(project, ["router", "fit", "hashed.jsonl"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/query hashes, not query texts[\s\S]*server\.decisionLog\.query: text/);
  });
});

describe.skipIf(!existsSync(chromiumPath))("the page with API keys, in a real browser (Debian chromium)", () => {
  it("asks for the key once, keeps it in the tab (sessionStorage), and answers; no CSP violation", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const prompts: string[] = [];
      page.on("dialog", (dialog) => {
        prompts.push(dialog.message());
        void dialog.accept(key);
      });
      await page.goto(server.url);
      await page.fill("#query", "Triage this ticket: the pooler drops connections");
      await page.selectOption("#route", "tuned");
      await page.click("#ask");
      await page.locator('.turn:nth-child(1) .answer-text[data-streaming="false"]').waitFor({ timeout: 30_000 });
      expect((await page.locator(".turn:nth-child(1) .answer-text").textContent())?.trim()).toBe("answer from ft:base:acme::t1");
      expect(prompts).toHaveLength(1);
      expect(prompts[0]).toMatch(/API key/);
      expect(await page.evaluate(() => sessionStorage.getItem("tandem-api-key"))).toBe(key);
      await page.fill("#query", "Triage this ticket: replicas lag");
      await page.click("#ask");
      await page.locator('.turn:nth-child(2) .answer-text[data-streaming="false"]').waitFor({ timeout: 30_000 });
      expect(await page.locator(".turn:nth-child(2) .badge").textContent()).toBe("tuned");
      // The dashboard's data comes with the same key: no second prompt.
      await page.goto(`${server.url}/dashboard`);
      await page.locator('#live[data-loaded="true"]').waitFor({ timeout: 30_000 });
      expect(await page.locator("#route-mix-chart svg").count()).toBe(1);
      expect(prompts).toHaveLength(1);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
