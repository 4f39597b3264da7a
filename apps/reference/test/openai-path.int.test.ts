// The same app on the openai provider: every model call goes over HTTP to the loopback OpenAI-compatible
// upstream (chat and embeddings), including an injected failure and the fallback it triggers.
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type TandemConfig } from "../src/config/load-config";
import { type AskEvent, type Runtime } from "../src/runtime/runtime";
import { openRuntime } from "../src/runtime/open-runtime";
import { type RunningServer, startHttpServer } from "../src/server/serve";
import { makeProject } from "./helpers";

let upstream: OpenAIUpstream;
let runtime: Runtime;
let config: TandemConfig;
let server: RunningServer;
const tunedModel = "ft:base:acme::t1";

beforeAll(async () => {
  upstream = await startOpenAIUpstream({
    reply: (request) => {
      const system = String(request.messages?.[0]?.content ?? "");
      const user = String(request.messages?.at(-1)?.content ?? "");
      if (system.includes("standalone question")) return "How long are daily backups retained on the Pro plan?";
      if (user.includes("Sources:")) return `Per the sources, see the details. [1] (model ${request.model})`;
      if (user.includes("(unsure)")) return "I'm not sure about that one.";
      return `${request.model} answered without sources (${system.slice(0, 20)})`;
    },
  });
  const project = makeProject(
    "rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\nmodels:\n  chat: reader-model\n  tuned: ft:base:acme::t1\n  embeddings: embed-model\n  maxRetries: 0\n",
  );
  config = loadConfig(join(project, "tandem.config.yaml"), {});
  runtime = await openRuntime(config, {
    needs: "serve",
    log: () => {},
    environment: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop" },
  });
  server = await startHttpServer(runtime, { host: "127.0.0.1", port: 0 });
  // Failures injected by one test must not open circuits for the next; the circuit test sets its own threshold.
  withRouter({});
}, 180_000);

afterAll(async () => {
  await server?.close();
  await runtime?.close();
  await upstream?.close();
});

describe("openai provider through the app", () => {
  it("uses the configured models over HTTP for every route", async () => {
    expect(runtime.describe().models).toMatchObject({ provider: "openai", offline: false, reader: "reader-model", tuned: "ft:base:acme::t1" });
    const tuned = await runtime.ask("Triage this ticket: the pooler drops connections", { route: "tuned" });
    expect(tuned.text).toBe("ft:base:acme::t1 answered without sources (You are Kestrel's su)");
    const rag = await runtime.ask("What is the egress price in sa-east-1?", { route: "rag" });
    expect(rag.text).toContain("(model reader-model)");
    expect(rag.citations[0]?.marker).toBe(1);
    const both = await runtime.ask("Draft a customer announcement about the São Paulo region launch.", { route: "both" });
    expect(both.text).toContain("(model ft:base:acme::t1)");
    expect(both.citations).toHaveLength(1);
    const models = new Set(upstream.requests.map((request) => (request.body as { model?: string })?.model));
    expect(models).toEqual(new Set(["embed-model", "reader-model", "ft:base:acme::t1"]));
    expect(upstream.requests.every((request) => request.headers.authorization === "Bearer sk-loop")).toBe(true);
  });

  it("falls back to the other target when the upstream fails once, and the trace says so", async () => {
    upstream.setFaults("chat", { status: 500, failTimes: 1 });
    const answer = await runtime.ask("Triage this ticket: replicas lag", { route: "tuned" });
    expect(answer.route).toBe("rag");
    expect(answer.fallback).toMatchObject({ from: "tuned", to: "rag" });
    expect(answer.trace.map((event) => event.type)).toEqual(["route-forced", "target-started", "target-failed", "target-started", "retrieval-finished", "target-finished", "fallback-used"]);
  });

  it("fails clearly when every target fails", async () => {
    upstream.setFaults("chat", { status: 500 });
    const error = await runtime.ask("anything", { route: "rag" }).catch((caught: unknown) => caught);
    upstream.setFaults("chat", undefined);
    expect(TandemError.isInstance(error) && error.code).toBe("TARGET_FAILED");
  });
});

const collect = async (events: AsyncIterable<AskEvent>) => {
  const list: AskEvent[] = [];
  for await (const event of events) list.push(event);
  return list;
};
const chatCalls = (model: string) => upstream.requests.filter((request) => request.path.endsWith("/chat/completions") && (request.body as { model?: string }).model === model).length;
const lenientFallback = { enabled: true, failures: 1000, windowMs: 60_000, coolDownMs: 30_000 };
const withRouter = (router: Record<string, unknown>) =>
  runtime.reload({ ...config, router: { ...config.router, fallback: lenientFallback, ...router } as TandemConfig["router"] });

describe("streaming, fallback and circuit breaking over the real OpenAI path", () => {
  it("streams the tuned model's tokens from the upstream (SSE), route first", async () => {
    const events = await collect(runtime.askStream("Triage this ticket: backups are slow", { route: "tuned" }));
    expect(events[0]).toMatchObject({ type: "route", route: "tuned", forced: true });
    const deltas = events.filter((event) => event.type === "delta");
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.map((event) => (event as { text: string }).text).join("")).toBe(`${tunedModel} answered without sources (You are Kestrel's su)`);
    expect(upstream.requests.at(-1)?.body).toMatchObject({ model: tunedModel, stream: true });
  });

  it("an upstream failure before the first token falls back, announced before any text", async () => {
    upstream.setFaults("chat", { status: 500, failTimes: 1 });
    const events = await collect(runtime.askStream("Triage this ticket: replicas lag", { route: "tuned" }));
    expect(events.map((event) => event.type).slice(0, 3)).toEqual(["route", "fallback", "delta"]);
    expect(events[1]).toMatchObject({ type: "fallback", from: "tuned", route: "rag" });
    expect(events.at(-1)).toMatchObject({ type: "done", route: "rag", fallback: { from: "tuned", to: "rag" } });
  });

  it("a stream the upstream cuts mid-answer ends in an error, never in a second answer", async () => {
    const readerCalls = chatCalls("reader-model");
    upstream.setFaults("chat", { dropStreamAfter: 3, streamDelayMs: 20 });
    const events: AskEvent[] = [];
    const error = await (async () => {
      for await (const event of runtime.askStream("Triage this ticket: the pooler restarts", { route: "tuned" })) events.push(event);
    })().catch((caught: unknown) => caught);
    upstream.setFaults("chat", undefined);
    expect(TandemError.isInstance(error) && error.code).toBe("TARGET_FAILED");
    expect((error as Error).message).toMatch(/tuned failed after part of its answer was streamed/);
    expect(events.filter((event) => event.type === "delta").length).toBeGreaterThan(0);
    expect(chatCalls("reader-model")).toBe(readerCalls);
  });

  it("the same cut through /v1/chat/completions reaches an OpenAI SDK client as an error", async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "x", maxRetries: 0 });
    upstream.setFaults("chat", { dropStreamAfter: 3, streamDelayMs: 20 });
    const stream = await client.chat.completions.create({ model: "tandem/tuned", messages: [{ role: "user", content: "Triage this ticket: disk full" }], stream: true });
    let text = "";
    const error = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    })().catch((caught: unknown) => caught);
    upstream.setFaults("chat", undefined);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as Error).message).toMatch(/part of its answer was streamed/);
    expect(text.length).toBeGreaterThan(0);
  });

  it("opens the tuned model's circuit after repeated failures: the upstream is no longer called, the trace says so", async () => {
    expect((await runtime.ask("Triage this ticket: warm-up", { route: "tuned" })).route).toBe("tuned"); // a success resets the count
    withRouter({ fallback: { enabled: true, failures: 2, windowMs: 60_000, coolDownMs: 60_000 } });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      upstream.setFaults("chat", { status: 503, failTimes: 1 });
      const answer = await runtime.ask("Triage this ticket: login fails", { route: "tuned" });
      expect(answer.route).toBe("rag");
      if (attempt === 1) expect(answer.trace.map((event) => event.type)).toContain("circuit-opened");
    }
    upstream.setFaults("chat", undefined);
    const before = chatCalls(tunedModel);
    const skipped = await runtime.ask("Triage this ticket: login fails", { route: "tuned" });
    expect(chatCalls(tunedModel)).toBe(before);
    expect(skipped.trace.map((event) => event.type)).toEqual(["route-forced", "circuit-skipped", "target-started", "retrieval-finished", "target-finished", "fallback-used"]);
    expect(runtime.describe().circuits.tuned).toMatchObject({ state: "open" });
    const health = (await (await fetch(`${server.url}/v1/health`)).json()) as { circuits: { tuned: { state: string } } };
    expect(health.circuits.tuned.state).toBe("open");
    withRouter({ fallback: { enabled: true, failures: 2, windowMs: 60_000, coolDownMs: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const probe = await runtime.ask("Triage this ticket: login fails", { route: "tuned" });
    expect(probe.route).toBe("tuned");
    expect(probe.trace.map((event) => event.type)).toContain("circuit-closed");
    withRouter({});
  });
});

describe("both strategies and the LLM condenser over the real OpenAI path", () => {
  it("cascade: a hedging tuned answer is held back and the reader answers", async () => {
    withRouter({ both: { strategy: "cascade", minGroundedness: 0.5, minConfidence: 0, hedges: [], escalateTo: "rag" } });
    const events = await collect(runtime.askStream("Triage this ticket: the pooler drops connections (unsure)", { route: "both" }));
    const text = events.filter((event) => event.type === "delta").map((event) => (event as { text: string }).text).join("");
    expect(text).not.toMatch(/not sure/);
    expect(text).toContain("(model reader-model)");
    expect(events.at(-1)).toMatchObject({ type: "done", route: "both", execution: { strategy: "cascade", chosen: "rag", escalated: true } });
    withRouter({});
  });

  it("parallel-fuse: both targets are called over HTTP and the choice is recorded", async () => {
    withRouter({ both: { strategy: "parallel-fuse", minGroundedness: 0.5, minConfidence: 0, hedges: [], escalateTo: "rag" } });
    const before = { tuned: chatCalls(tunedModel), reader: chatCalls("reader-model") };
    const answer = await runtime.ask("What is the egress price in sa-east-1?", { route: "both" });
    expect(chatCalls(tunedModel)).toBe(before.tuned + 1);
    expect(chatCalls("reader-model")).toBe(before.reader + 1);
    expect(answer.execution).toMatchObject({ strategy: "parallel-fuse" });
    expect(answer.execution?.groundedness?.rag).toBeGreaterThan(0);
    withRouter({});
  });

  it("condenses a follow-up with the configured chat model when router.conversation.condense is llm", async () => {
    withRouter({ conversation: { condense: "llm", maxTurns: 6, switchMargin: 0.15, followUpMargin: 0.35 } });
    const answer = await runtime.ask("and on Pro?", { history: [{ role: "user", content: "How long are daily backups retained on Enterprise?" }, { role: "assistant", content: "35 days." }] });
    expect(answer.conversation).toMatchObject({ condensedBy: "llm", standalone: "How long are daily backups retained on the Pro plan?" });
    const condenser = upstream.requests.filter((request) => JSON.stringify(request.body).includes("standalone question")).at(-1);
    expect(JSON.stringify(condenser?.body)).toContain("Enterprise");
    withRouter({});
  });
});
