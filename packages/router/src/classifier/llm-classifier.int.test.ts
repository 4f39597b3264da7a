// The classifier through the real @langchain/openai path, against the loopback OpenAI-compatible upstream.
import { createOpenAIChatModel } from "@tandem/models";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRouter } from "../router";
import { corpus, probe, trainingPrompts } from "../testing-deployment.test-helper";
import { calibrateRouter } from "../calibration/calibrate-router";
import { createLlmClassifier } from "./llm-classifier";

let upstream: OpenAIUpstream;
let verdict = { route: "both", confidence: 0.8, reason: "a reply that needs the price list" } as Record<string, unknown>;

beforeAll(async () => {
  upstream = await startOpenAIUpstream({ reply: () => JSON.stringify(verdict) });
});
afterAll(async () => {
  await upstream?.close();
});

const model = () => createOpenAIChatModel({ model: "classifier-model", baseURL: upstream.url, apiKey: "sk-loop", maxRetries: 0 });

describe("createLlmClassifier", () => {
  it("asks for structured output with the route schema and the deployment's tasks, and validates the answer", async () => {
    const classify = createLlmClassifier(model(), { tasks: ["Triage this ticket", "Write a reply to this customer"] });
    const classified = await classify("Write a reply about egress prices");
    expect(classified).toMatchObject({ ...verdict, model: "classifier-model" });
    // The call's tokens, as the upstream reported them (for the decision's cost).
    expect(classified.usage?.inputTokens).toBeGreaterThan(0);
    const body = upstream.requests.at(-1)?.body as { response_format?: { type: string; json_schema?: { name: string; schema: { properties: Record<string, unknown> } } }; messages: { content: string }[] };
    expect(body.response_format?.type).toBe("json_schema");
    expect(body.response_format?.json_schema?.name).toBe("route_decision");
    expect(Object.keys(body.response_format?.json_schema?.schema.properties ?? {})).toEqual(["route", "confidence", "reason"]);
    expect(body.messages[0]?.content).toContain("• Triage this ticket");
  });

  it("rejects an answer outside the schema", async () => {
    verdict = { route: "maybe", confidence: 2, reason: "?" };
    await expect(createLlmClassifier(model())("anything")).rejects.toThrow();
    verdict = { route: "both", confidence: 0.8, reason: "a reply that needs the price list" };
  });
});

describe("the router with the classifier", () => {
  it("consults it only when not disabled and unsure, records it as a signal, and keeps the policy's route when it fails", async () => {
    const calibration = await calibrateRouter({ trainingPrompts, corpusTexts: corpus, evidence: probe, samples: 40 });
    const classifier = createLlmClassifier(model());
    const query = "Write a reply about backups";
    const before = upstream.requests.length;
    const off = await createRouter({ trainingPrompts, evidence: probe, calibration, classifier, config: { classifier: { enabled: false } } }).decide({ query });
    expect(off.signals.map((signal) => signal.name)).not.toContain("classifier");
    expect(upstream.requests.length).toBe(before);

    const router = createRouter({ trainingPrompts, evidence: probe, calibration, classifier, config: { classifier: { enabled: true, whenConfidenceBelow: 1 } } });
    const decision = await router.decide({ query });
    expect(decision.route).toBe("both");
    expect(decision.confidence).toBe(0.8);
    expect(decision.signals.at(-1)).toMatchObject({ name: "classifier", value: 0.8, verdict: "pass", supports: "both", detail: { reason: "a reply that needs the price list" } });
    expect(decision.reasons.at(-1)).toMatch(/the policy was unsure .* so the LLM tie-breaker was asked \(\d+ ms, \d+ tokens\): both \(0\.80\)/);

    upstream.setFaults("chat", { status: 500, failTimes: 1 });
    const fallback = await router.decide({ query });
    expect(fallback.route).toBe(off.route);
    expect(fallback.signals.at(-1)).toMatchObject({ name: "classifier", verdict: "skipped" });
    expect(String(fallback.signals.at(-1)?.detail?.why)).toMatch(/the classifier failed: .*the policy's route stands/);
  });
});
