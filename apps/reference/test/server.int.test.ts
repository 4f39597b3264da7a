// The HTTP API and web UI on a real port, with the runtime (real Chroma) in process, and a real browser.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { answerSchema } from "@tandem/core";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config";
import { type Runtime } from "../src/runtime/runtime";
import { openRuntime } from "../src/runtime/open-runtime";
import { type RunningServer, startHttpServer } from "../src/server/serve";
import { chromiumPath, launchChromium, makeProject, readServerSentEvents } from "./helpers";

let runtime: Runtime;
let server: RunningServer;
const logs: string[] = [];

beforeAll(async () => {
  const project = makeProject();
  runtime = await openRuntime(loadConfig(join(project, "tandem.config.yaml"), {}), { needs: "serve", log: (line) => logs.push(line) });
  server = await startHttpServer(runtime, { host: "127.0.0.1", port: 0 });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await runtime?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("HTTP API", () => {
  it("ingested the empty index on first start and says so", () => {
    expect(logs.join("\n")).toMatch(/the index is empty: ingesting rag\.sources first/);
  });

  it("POST /v1/ask answers with route, decision and citations", async () => {
    const response = await post("/v1/ask", { query: "Which port does Kestrel Pooler listen on?" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { why: { summary: string; points: string[] } };
    const answer = answerSchema.parse(body);
    expect(answer.route).toBe("rag");
    // The decision in plain words beside the engineers' reasons.
    expect(body.why.summary).toMatch(/→ rag$/);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.models?.offline).toBe(true);
  });

  it("POST /v1/route and /v1/search work, GET /v1/health describes the deployment", async () => {
    const decision = (await (await post("/v1/route", { query: "Review this query: SELECT * FROM t" })).json()) as { route: string; signals: unknown[] };
    expect(decision.route).toBe("tuned");
    const search = (await (await post("/v1/search", { query: "read replicas", k: 2 })).json()) as { hits: unknown[] };
    expect(search.hits).toHaveLength(2);
    const health = (await (await fetch(`${server.url}/v1/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, rag: true, tuned: true, models: { offline: true } });
  });

  it("POST /v1/route takes the conversation, like /v1/ask", async () => {
    const history = [
      { role: "user", content: "How long are daily backups retained on Enterprise?" },
      { role: "assistant", content: "35 days.", route: "rag" },
    ];
    const response = await post("/v1/route", { query: "and on Pro?", history });
    expect(response.status).toBe(200);
    const decision = (await response.json()) as { route: string; conversation: { original: string; standalone: string; followUp: boolean } };
    expect(decision.conversation).toMatchObject({ original: "and on Pro?", standalone: "How long are daily backups retained on Pro?", followUp: true });
    expect(decision.route).toBe("rag");
    expect((await post("/v1/route", { query: "x", history: [{ role: "robot", content: "?" }] })).status).toBe(400);
  });

  it("rejects bad requests with 400 naming the field", async () => {
    const empty = await post("/v1/ask", { query: "  " });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/query/);
    expect((await post("/v1/ask", "{not json")).status).toBe(400);
    const badRoute = await post("/v1/ask", { query: "x", route: "sideways" });
    expect(badRoute.status).toBe(400);
    expect(((await badRoute.json()) as { error: { path: string } }).error.path).toBe("route");
  });
});

describe("streaming over HTTP (Server-Sent Events)", () => {
  it("POST /v1/ask with stream: true sends the route first, deltas that each carry it, then the answer", async () => {
    const response = await post("/v1/ask", { query: "Which port does Kestrel Pooler listen on?", stream: true });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    expect(response.headers.get("x-tandem-route")).toBe("rag");
    const events = await readServerSentEvents(response);
    expect(events[0]?.event).toBe("route");
    const route = JSON.parse(events[0]?.data ?? "{}");
    expect(route).toMatchObject({ route: "rag", forced: false, decision: { route: "rag" } });
    const deltas = events.filter((event) => event.event === "delta").map((event) => JSON.parse(event.data) as { route: string; text: string });
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.every((delta) => delta.route === "rag")).toBe(true);
    expect(events.at(-1)?.event).toBe("done");
    const answer = answerSchema.parse(JSON.parse(events.at(-1)?.data ?? "{}"));
    expect(deltas.map((delta) => delta.text).join("")).toBe(answer.text);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.timings.firstDeltaMs).toBeLessThanOrEqual(answer.timings.totalMs);
  });

  it("a bad streaming request is still a plain 400", async () => {
    const response = await post("/v1/ask", { query: "x", route: "sideways", stream: true });
    expect(response.status).toBe(400);
  });
});

describe("OpenAI-compatible POST /v1/chat/completions (with the openai SDK)", () => {
  const client = () => new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "not-needed", maxRetries: 0 });

  it("answers with the route in the header and in the body", async () => {
    const { data, response } = await client()
      .chat.completions.create({ model: "tandem", messages: [{ role: "user", content: "What is the egress price in sa-east-1?" }] })
      .withResponse();
    const body = data as typeof data & { tandem: { route: string; decision: { route: string }; citations: unknown[] } };
    expect(response.headers.get("x-tandem-route")).toBe("rag");
    expect(body.model).toBe("tandem/rag");
    expect(body.tandem).toMatchObject({ route: "rag", decision: { route: "rag" } });
    expect(body.tandem.citations.length).toBeGreaterThan(0);
    expect(body.choices[0]?.message.content).toMatch(/\[\d+\]/);
    expect(body.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("streams chunks that each carry the route; the first carries the decision, the last the citations", async () => {
    const { data: stream, response } = await client()
      .chat.completions.create({ model: "tandem/tuned", messages: [{ role: "user", content: "Triage this ticket: replicas lag behind by minutes" }], stream: true, stream_options: { include_usage: true } })
      .withResponse();
    expect(response.headers.get("x-tandem-route")).toBe("tuned");
    const chunks: (OpenAI.Chat.Completions.ChatCompletionChunk & { tandem: Record<string, unknown> })[] = [];
    for await (const chunk of stream) chunks.push(chunk as (typeof chunks)[number]);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((chunk) => chunk.tandem.route === "tuned" && chunk.model === "tandem/tuned")).toBe(true);
    expect(chunks[0]?.choices[0]?.delta.role).toBe("assistant");
    expect(chunks[0]?.tandem).toMatchObject({ forced: true, decision: null });
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");
    expect(text.length).toBeGreaterThan(20);
    const finish = chunks.find((chunk) => chunk.choices[0]?.finish_reason === "stop");
    expect(finish?.tandem).toMatchObject({ route: "tuned", citations: [] });
    expect(chunks.at(-1)?.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("routes on the conversation: a follow-up stays with its route, a new topic switches", async () => {
    const ticket = 'Triage this ticket: "Our nightly pg_dump to S3 started failing with permission denied since Monday. — Priya"';
    const history = [
      { role: "user" as const, content: ticket },
      { role: "assistant" as const, content: "Severity: S2. Area: backups." },
    ];
    const alone = (await (await post("/v1/route", { query: "Why?" })).json()) as { route: string };
    expect(alone.route).toBe("rag");
    const followUp = (await client().chat.completions.create({ model: "tandem", messages: [...history, { role: "user", content: "Why?" }] })) as unknown as {
      tandem: { route: string; conversation: { followUp: boolean; standalone: string }; decision: { reasons: string[] } };
    };
    expect(followUp.tandem.route).toBe("tuned");
    expect(followUp.tandem.conversation).toMatchObject({ followUp: true });
    expect(followUp.tandem.conversation.standalone).toMatch(/pg_dump/);
    expect(followUp.tandem.decision.reasons.join(" ")).toMatch(/stays on tuned/);
    const switched = (await client().chat.completions.create({ model: "tandem", messages: [...history, { role: "user", content: "How long are daily backups retained on Enterprise?" }] })) as unknown as {
      tandem: { route: string; decision: { reasons: string[] } };
    };
    expect(switched.tandem.route).toBe("rag");
    expect(switched.tandem.decision.reasons.at(-1)).toMatch(/switches from tuned to rag/);
  });

  it("rejects an unknown model and a conversation that does not end with a user message, OpenAI-style", async () => {
    const unknown = await client()
      .chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] })
      .catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(OpenAI.BadRequestError);
    expect((unknown as InstanceType<typeof OpenAI.BadRequestError>).message).toMatch(/unknown model "gpt-4o".*tandem\/rag/);
    const ending = await post("/v1/chat/completions", { model: "tandem", messages: [{ role: "assistant", content: "hi" }] });
    expect(ending.status).toBe(400);
    expect(((await ending.json()) as { error: { param: string } }).error.param).toBe("messages.0");
    const models = (await (await fetch(`${server.url}/v1/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((model) => model.id)).toEqual(["tandem", "tandem/tuned", "tandem/rag", "tandem/both"]);
  });
});

const browserAvailable = existsSync(chromiumPath);
if (!browserAvailable && process.env.CI) throw new Error(`${chromiumPath} is required in CI for the browser test (.ci/run installs it)`);

describe.skipIf(!browserAvailable)("web UI in a real browser (Debian chromium)", () => {
  it("asks a question and shows the route first, then the streamed answer and its sources", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await expect(page.locator("#models-banner").textContent()).resolves.toMatch(/^Offline demo/);
      await page.fill("#query", "What is the egress price in sa-east-1?");
      await page.click("#ask");
      const answer = page.locator('.turn:nth-child(1) .answer-text[data-streaming="false"]');
      await answer.waitFor({ timeout: 30_000 });
      expect(await page.locator(".turn:nth-child(1) .badge").textContent()).toBe("rag");
      expect(await answer.textContent()).toMatch(/\[\d+\]/);
      expect(await page.locator(".turn:nth-child(1) .source-path").first().textContent()).toMatch(/corpus\/.+\.md/);
      const events = (await answer.getAttribute("data-events")) ?? "";
      expect(events.split(",")[0]).toBe("route");
      expect(events.split(",").at(-1)).toBe("done");
      expect(events.split(",").filter((type) => type === "delta").length).toBeGreaterThan(3);
      await page.selectOption("#route", "tuned");
      await page.fill("#query", "What is the egress price in sa-east-1?");
      await page.click("#ask");
      const forced = page.locator('.turn:nth-child(2) .answer-text[data-streaming="false"]');
      await forced.waitFor({ timeout: 30_000 });
      expect(await page.locator(".turn:nth-child(2) .badge").textContent()).toBe("tuned");
      expect((await forced.getAttribute("data-events"))?.startsWith("route,delta")).toBe(true);
      expect(await page.locator(".turn:nth-child(2) .answer-head").textContent()).toContain("chosen by hand");
    } finally {
      await browser.close();
    }
  });
});
