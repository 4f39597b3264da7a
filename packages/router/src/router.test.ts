import type { SearchHit } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { createRouter } from "./router";
import { CoverageIndex } from "./signals/coverage";

function hit(score: number, source = "corpus/pricing.md"): SearchHit {
  return {
    id: `id-${score}`,
    score,
    source,
    text: "Egress costs $0.09 per GB.",
    metadata: { source, spanStart: 0, spanEnd: 10, chunkIndex: 0, sourceHash: "h" },
  };
}

const coverage = new CoverageIndex([
  "Triage this ticket: the database is slow after the upgrade",
  "Triage this ticket: connections time out from the app server",
  "Write a reply to this customer: they were double charged in March",
  "Review this query: SELECT * FROM orders WHERE id = 1",
]);

describe("createRouter", () => {
  it("routes tuned / rag / both from coverage and evidence, explaining why", async () => {
    const strongEvidence = async () => [hit(0.8), hit(0.4)];
    const weakEvidence = async () => [hit(0.1)];
    const calibration = {
      coverage: { threshold: 0.15, scale: 0.03, balancedAccuracy: 1, positives: summary(0.4), negatives: summary(0.05) },
      evidence: { threshold: 0.5, scale: 0.05, balancedAccuracy: 1, positives: summary(0.8), negatives: summary(0.2) },
    };
    const weak = createRouter({ coverage, evidence: weakEvidence, calibration });
    const strong = createRouter({ coverage, evidence: strongEvidence, calibration });

    const tuned = await weak.decide({ query: "Triage this ticket: replication lag keeps growing" });
    expect(tuned.route).toBe("tuned");
    expect(tuned.signals.map((signal) => [signal.name, signal.verdict])).toEqual([
      ["rules", "fail"],
      ["coverage", "pass"],
      ["evidence", "fail"],
    ]);
    expect(tuned.reasons.join(" ")).toMatch(/covered by the tuned model's training data/);

    const both = await strong.decide({ query: "Triage this ticket: why did egress prices change in October?" });
    expect(both.route).toBe("both");

    const rag = await strong.decide({ query: "What does egress cost in eu-west-1?" });
    expect(rag.route).toBe("rag");
    expect(rag.configVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it("cancels the speculative probe when coverage fails and the default is rag", async () => {
    let probeSignal: AbortSignal | undefined;
    const router = createRouter({
      coverage,
      evidence: (_query, options) => {
        probeSignal = options.signal;
        return new Promise<SearchHit[]>((resolve) => setTimeout(() => resolve([hit(0.9)]), 200));
      },
      config: { coverage: { threshold: 0.35 }, evidence: { threshold: 0.5 } },
    });
    const decision = await router.decide({ query: "What regions are available?" });
    expect(decision.route).toBe("rag");
    expect(probeSignal?.aborted).toBe(true);
    expect(decision.signals.find((signal) => signal.name === "evidence")?.verdict).toBe("skipped");
    expect(decision.timings.totalMs).toBeLessThan(200);
  });

  it("lets a rule decide first and routes single-target deployments to what exists", async () => {
    const router = createRouter({
      coverage,
      config: { rules: [{ name: "fresh", route: "rag", keywords: ["latest"] }] },
    });
    const ruled = await router.decide({ query: "Triage this ticket: latest release broke login" });
    expect(ruled.route).toBe("rag");
    expect(ruled.reasons[0]).toMatch(/rule "fresh" matched/);

    const ragOnly = createRouter({ available: { tuned: false, rag: true } });
    expect((await ragOnly.decide({ query: "Triage this ticket: x" })).route).toBe("rag");
    const tunedOnly = createRouter({ available: { tuned: true, rag: false }, config: { rules: [{ name: "b", route: "both", keywords: ["x"] }] } });
    const clamped = await tunedOnly.decide({ query: "x" });
    expect(clamped.route).toBe("tuned");
    expect(clamped.reasons[1]).toMatch(/not configured/);
  });

  it("applies the default route when nothing is decisive, and says so", async () => {
    const router = createRouter({
      coverage,
      evidence: async () => [hit(0.05)],
      config: { defaultRoute: "both", coverage: { threshold: 0.9 }, evidence: { threshold: 0.9 } },
    });
    const decision = await router.decide({ query: "Tell me a joke about penguins" });
    expect(decision).toMatchObject({ route: "both", defaulted: true });
  });
});

function summary(p50: number) {
  return { count: 10, p10: p50 - 0.1, p50, p90: p50 + 0.1 };
}
