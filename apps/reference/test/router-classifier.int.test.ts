// The optional LLM route classifier wired by the app: structured output over HTTP to the loopback
// OpenAI-compatible upstream, and a clear error when it is enabled without a real chat model.
import { join } from "node:path";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config";
import { type Runtime } from "../src/runtime/runtime";
import { openRuntime } from "../src/runtime/open-runtime";
import { makeProject } from "./helpers";

let upstream: OpenAIUpstream;
let runtime: Runtime;

beforeAll(async () => {
  upstream = await startOpenAIUpstream({
    reply: (request) =>
      request.response_format ? JSON.stringify({ route: "both", confidence: 0.9, reason: "a task that needs corpus facts" }) : `plain answer from ${request.model}`,
  });
  const project = makeProject(
    "rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\nmodels:\n  embeddingProvider: local\n  maxRetries: 0\nrouter:\n  classifier:\n    enabled: true\n    model: router-classifier\n    whenConfidenceBelow: 1\n    price: { inputPer1M: 2, outputPer1M: 8 }\n",
  );
  runtime = await openRuntime(loadConfig(join(project, "tandem.config.yaml"), {}), {
    needs: "route",
    log: () => {},
    environment: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop" },
  });
}, 180_000);

afterAll(async () => {
  await runtime?.close();
  await upstream?.close();
});

describe("router.classifier", () => {
  it("asks the configured chat model for a structured route when the policy is unsure, and records it", async () => {
    const decision = await runtime.route("Write a reply to a customer about backups");
    expect(decision.route).toBe("both");
    const signal = decision.signals.at(-1);
    expect(signal).toMatchObject({ name: "classifier", supports: "both", value: 0.9, threshold: 1, detail: { model: "router-classifier" } });
    // Its cost and latency are in the trace: the tokens the upstream reported, priced as configured.
    const detail = signal?.detail as { inputTokens: number; outputTokens: number; costUsd: number };
    expect(detail.inputTokens).toBeGreaterThan(0);
    expect(detail.costUsd).toBeCloseTo((detail.inputTokens * 2 + detail.outputTokens * 8) / 1e6, 8);
    expect(signal?.ms).toBeGreaterThan(0);
    expect(decision.reasons.at(-1)).toMatch(/LLM tie-breaker was asked \(\d+ ms, \d+ tokens, \$0\.\d+\): both \(0\.90\)/);
    const request = upstream.requests.find((entry) => (entry.body as { model?: string }).model === "router-classifier");
    expect((request?.body as { response_format?: { type: string } }).response_format?.type).toBe("json_schema");
    // A query with none of the trained tasks' wording exits early to rag: no classifier call.
    const calls = upstream.requests.length;
    expect((await runtime.route("What is the egress price in sa-east-1?")).route).toBe("rag");
    expect(upstream.requests.length).toBe(calls);
  });

  it("is on by default with real models and never offline", async () => {
    const project = makeProject("rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\nmodels:\n  maxRetries: 0\n");
    const config = loadConfig(join(project, "tandem.config.yaml"), {});
    expect(config.router.classifier.enabled).toBe("auto");
    const offline = await openRuntime(config, { needs: "route", log: () => {}, environment: {} });
    try {
      const decision = await offline.route("Write a reply to a customer about backups");
      expect(decision.signals.map((entry) => entry.name)).not.toContain("classifier");
    } finally {
      await offline.close();
    }
  });

  it("refuses to start with the offline models, naming the key", async () => {
    const project = makeProject("rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\nrouter:\n  classifier:\n    enabled: true\n");
    const config = loadConfig(join(project, "tandem.config.yaml"), {});
    await expect(openRuntime(config, { needs: "route", log: () => {}, environment: {} })).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      path: "router.classifier.enabled",
    });
  });
});
