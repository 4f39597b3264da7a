import type { RouteDecision, RouteSignal } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { explainDecision, wordsForStems } from "./explain-decision";

const signal = (name: string, verdict: RouteSignal["verdict"], value: number, threshold: number, detail?: Record<string, unknown>): RouteSignal => ({ name, verdict, value, threshold, ms: 0.1, ...(detail ? { detail } : {}) });
const query = "Write a reply to a customer asking why their October egress invoice went up";
const decision: RouteDecision = {
  route: "both",
  confidence: 0.9,
  scores: { tuned: 0.1, rag: 0.01, both: 0.89 },
  signals: [signal("rules", "fail", 0, 1), signal("coverage", "pass", 0.38, 0.34), signal("freshness", "fail", 0.26, 0.5), signal("evidence", "pass", 1, 0.79, { hits: [{ source: "datasets/kestrel/corpus/pricing.md" }] })],
  reasons: ["it asks for a task the tuned model learned (nearest training prompt 0.38 ≥ 0.34; task words: write, repli, custom, went)"],
  analysis: { instruction: query, payload: "", taskWords: ["write", "repli", "custom", "went"], subjects: ["Pricing"], informationRequests: [{ text: "asking why", kind: "relayed" }], dates: [], suppliedFacts: 0 },
  defaulted: false,
  configVersion: "v1",
  timings: { totalMs: 3 },
};

describe("explainDecision", () => {
  it("maps analysed stems back to the words of the query", () => {
    expect(wordsForStems(query, ["write", "repli", "custom", "went"])).toEqual(["write", "reply", "customer", "went"]);
  });

  it("says what the router saw in plain words, with the numbers apart — no stems, no thresholds in the text", () => {
    const why = explainDecision({ query, decision });
    expect(why.summary).toBe("Looks like a task the tuned model learned, and the documents have the facts it needs → both");
    expect(why.points).toEqual([
      "Task words it shares with the training examples: “write”, “reply”, “customer”, “went”.",
      "It names “Pricing”, which the documents cover.",
      "Best matching document: Pricing.",
    ]);
    expect(JSON.stringify([why.summary, why.points])).not.toMatch(/repli|custom\b|0\.38|≥/);
    expect(why.numbers.scores).toEqual({ tuned: 0.1, rag: 0.01, both: 0.89 });
    expect(why.numbers.signals.map((entry) => entry.label)).toEqual(["a configured rule matched", "similarity to the tuned model's training tasks", "asks about something newer than the training data", "share of the question the documents cover"]);
  });

  it("says when the router leans against its two main signals, and explains forced routes and fallbacks", () => {
    const leaning = explainDecision({ query, decision: { ...decision, route: "rag", scores: { tuned: 0.1, rag: 0.6, both: 0.3 } } });
    expect(leaning.summary).toBe("Looks like a task the tuned model learned, and the documents have the facts it needs; yet, weighing how it is put and what it asks for, the router leans to rag (60%) → rag");
    const forced = explainDecision({ query, forced: "tuned", answer: { route: "rag", fallback: { from: "tuned", to: "rag", reason: "timeout" } } });
    expect(forced.summary).toBe("You chose the tuned model → rag");
    expect(forced.points).toEqual(["The tuned model failed, so the documents (RAG) answered instead."]);
    const defaulted = explainDecision({ query, decision: { ...decision, route: "rag", defaulted: true, scores: { tuned: 0.35, rag: 0.3, both: 0.35 } } });
    expect(defaulted.summary).toBe("Looks like a task the tuned model learned, and the documents have the facts it needs; yet no route was clearly likelier, so the default route (rag) applies → rag");
    const rule = explainDecision({ query, decision: { ...decision, route: "rag", signals: [signal("rules", "pass", 1, 1, { rule: "pricing questions" })] } });
    expect(rule.summary).toBe("The rule “pricing questions” matched → rag");
  });
});
