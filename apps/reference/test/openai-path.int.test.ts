// The same app on the openai provider: every model call goes over HTTP to the loopback OpenAI-compatible
// upstream (chat and embeddings), including an injected failure and the fallback it triggers.
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config";
import { openRuntime, type Runtime } from "../src/runtime/runtime";
import { makeProject } from "./helpers";

let upstream: OpenAIUpstream;
let runtime: Runtime;

beforeAll(async () => {
  upstream = await startOpenAIUpstream({
    reply: (request) => {
      const system = String(request.messages?.[0]?.content ?? "");
      const user = String(request.messages?.at(-1)?.content ?? "");
      if (user.includes("Sources:")) return `Per the sources, see the details. [1] (model ${request.model})`;
      return `${request.model} answered without sources (${system.slice(0, 20)})`;
    },
  });
  const project = makeProject(
    "rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\nmodels:\n  chat: reader-model\n  tuned: ft:base:acme::t1\n  embeddings: embed-model\n  maxRetries: 0\n",
  );
  runtime = await openRuntime(loadConfig(join(project, "tandem.config.yaml"), {}), {
    needs: "ask",
    log: () => {},
    environment: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop" },
  });
}, 180_000);

afterAll(async () => {
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
