import type { SearchHit } from "@tandem/core";
import { beforeAll, describe, expect, it } from "vitest";
import { createRouter } from "./router";
import { calibrateRouter, type RouterCalibration } from "./calibration/calibrate-router";
import { corpus, probe, trainingPrompts } from "./testing-deployment.test-helper";

let calibration: RouterCalibration;
beforeAll(async () => {
  calibration = await calibrateRouter({ trainingPrompts, corpusTexts: corpus, evidence: probe, samples: 40 });
});

describe("calibrateRouter", () => {
  it("learns from the deployment's own prompts and corpus, deterministically", async () => {
    expect(calibration.synthetic.counts.tuned).toBe(trainingPrompts.length);
    expect(calibration.synthetic.counts.rag).toBeGreaterThan(0);
    expect(calibration.synthetic.accuracy).toBeGreaterThan(0.8);
    expect(calibration.synthetic.examples.both[0]).toMatch(/^(Triage this ticket|Write a reply to this customer) /);
    const again = await calibrateRouter({ trainingPrompts, corpusTexts: corpus, evidence: probe, samples: 40 });
    expect(again).toEqual(calibration);
  });
});

describe("createRouter", () => {
  it("refuses an unknown config key (strict), naming its router. path and the key it likely meant", () => {
    expect(() => createRouter({ config: { defualtRoute: "tuned" } as never })).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID", path: "router.defualtRoute", message: 'invalid router config: router.defualtRoute: unknown key — did you mean "defaultRoute"?' }),
    );
    expect(() => createRouter({ config: { coverage: { treshold: 0.3 } } as never })).toThrow(expect.objectContaining({ path: "router.coverage.treshold" }));
  });

  it("refuses a calibration in another format", () => {
    expect(() => createRouter({ trainingPrompts, calibration: { ...calibration, version: 3 as never } })).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID", message: expect.stringMatching(/format 3, but this version reads format 6/), hint: expect.stringMatching(/recalibrate/) }),
    );
  });

  it("routes tuned / rag / both and explains why", async () => {
    const router = createRouter({ trainingPrompts, evidence: probe, calibration });
    const tuned = await router.decide({ query: 'Triage this ticket: "the invitation link in our onboarding email expired — Max"' });
    expect(tuned.route).toBe("tuned");
    expect(tuned.signals.map((signal) => signal.name)).toEqual(["rules", "coverage", "freshness", "evidence"]);
    expect(tuned.reasons.join(" ")).toMatch(/task the tuned model learned/);

    const rag = await router.decide({ query: "How long are daily backups kept on Pro?" });
    expect(rag.route).toBe("rag");

    const both = await router.decide({ query: "Write a reply to a customer asking how much egress in eu-west-1 costs" });
    expect(both.route).toBe("both");
    expect(both.scores.both).toBeGreaterThan(both.scores.tuned);
    expect(both.configVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(both.confidence).toBeGreaterThan(0.4);
  });

  it("reads the request once and shows how: a task whose material asks for a fact it does not give is both", async () => {
    const router = createRouter({ trainingPrompts, evidence: probe, calibration });
    const asking = await router.decide({ query: 'Triage this ticket: "the nightly export stalls again — Max" and mention how long daily backups are kept on Pro' });
    expect(asking.analysis).toMatchObject({ instruction: "Triage this ticket:", informationRequests: [{ text: "mention how", kind: "include" }] });
    expect(asking.analysis?.taskWords).toEqual(expect.arrayContaining(["triag", "ticket"]));
    expect(asking.reasons.join(" ")).toMatch(/asks for facts it does not give \("mention how"\)/);
    expect(asking.route).toBe("both");
    const complete = await router.decide({ query: 'Triage this ticket: "the nightly export stalls again — Max"' });
    expect(complete.analysis?.informationRequests).toEqual([]);
    expect(complete.route).toBe("tuned");
  });

  it("reports freshness against the tuned model's cutoff, with what made the query fresh", async () => {
    const router = createRouter({ trainingPrompts, evidence: probe, calibration });
    const stale = await router.decide({ query: "Write a reply to a customer asking how long daily backups are kept" });
    expect(stale.signals.find((signal) => signal.name === "freshness")).toMatchObject({ value: 0, verdict: "fail" });
    const fresh = await router.decide({ query: "Write a reply to a customer asking what egress costs as of today" });
    const signal = fresh.signals.find((entry) => entry.name === "freshness");
    expect(signal).toMatchObject({ value: 1, verdict: "pass", supports: "rag" });
    expect(signal?.detail).toMatchObject({ cues: ["as of", "today"] });
    expect(fresh.reasons.join(" ")).toMatch(/asks about the present \("as of", "today"\)/);

    const uncalibrated = createRouter({ trainingPrompts, cutoff: "2026-06-30" });
    const dated = await uncalibrated.decide({ query: "Write a reply to a customer about the 2026-10-01 price change" });
    expect(dated.signals.find((entry) => entry.name === "freshness")).toMatchObject({ value: 1, detail: { cutoff: "2026-06-30", cutoffSource: "config", laterDates: ["2026-10-01"] } });
  });

  it("calibrates a budget on the deployment's synthetic queries and holds the capped route back", async () => {
    const bothQuery = "Write a reply to a customer asking how much egress in eu-west-1 costs";
    const capped = createRouter({ trainingPrompts, evidence: probe, calibration, config: { budget: { route: "both", maxShare: 0 } } });
    expect(capped.budget).toMatchObject({ route: "both", source: "synthetic" });
    expect(capped.budget?.calibration?.shareBefore).toBeGreaterThan(0.1);
    expect(capped.budget?.calibration?.shareAfter).toBe(0);
    const decision = await capped.decide({ query: bothQuery });
    expect(decision.route).not.toBe("both");
    expect(decision.reasons.join(" ")).toMatch(/the budget sends at most 0% of queries to both/);

    const generous = createRouter({ trainingPrompts, evidence: probe, calibration, config: { budget: { route: "both", maxShare: 1 } } });
    expect(generous.budget?.threshold).toBe(0);
    expect((await generous.decide({ query: bothQuery })).route).toBe("both");
    const fixed = createRouter({ trainingPrompts, evidence: probe, calibration, config: { budget: { route: "both", maxShare: 0.3, threshold: 0.25 } } });
    expect(fixed.budget).toMatchObject({ threshold: 0.25, source: "config" });
  });

  it("weighs route costs against probabilities, and shows the utilities", async () => {
    const router = createRouter({ trainingPrompts, evidence: probe, calibration, config: { costs: { both: 1 } } });
    const decision = await router.decide({ query: "Write a reply to a customer asking how much egress in eu-west-1 costs" });
    expect(decision.route).not.toBe("both");
    expect(decision.scores.both).toBeGreaterThan(decision.scores[decision.route]);
    expect(decision.reasons.join(" ")).toMatch(/expected utility, probability − cost: .*both -0\.\d\d/);
  });

  it("rejects a fitted model whose features differ from the ones this version computes", () => {
    const model = { features: ["coverage"], mean: [0], scale: [1], weights: [[0, 0], [0, 0], [0, 0]] };
    expect(() => createRouter({ trainingPrompts, config: { model } })).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID", path: "router.model", hint: expect.stringMatching(/tandem router fit/) as string }),
    );
  });

  it("lets a similar enough exemplar decide (cancelling the probe), and otherwise goes on to the other signals", async () => {
    const words = ["refund", "invoice", "egress", "backups", "triage"];
    const embed = async (texts: string[]) => texts.map((text) => words.map((word) => (text.toLowerCase().includes(word) ? 1 : 0) + 0.01));
    let probeSignal: AbortSignal | undefined;
    const router = createRouter({
      trainingPrompts,
      calibration,
      embed,
      evidence: (query, options) => {
        probeSignal = options.signal;
        return probe(query, options);
      },
      config: { exemplars: { both: ["Write a refund reply citing the invoice policy"], rag: ["What does egress cost?"], threshold: 0.9 } },
    });
    const decided = await router.decide({ query: "Draft a refund answer that quotes our invoice rules" });
    expect(decided.route).toBe("both");
    expect(decided.signals.map((signal) => signal.name)).toEqual(["rules", "exemplars", "coverage", "freshness", "evidence"]);
    expect(decided.signals[1]).toMatchObject({ name: "exemplars", verdict: "pass", supports: "both", threshold: 0.9, detail: { thresholdSource: "config" } });
    expect(decided.reasons[0]).toMatch(/nearest exemplar is a both example \(similarity 1\.00 ≥ 0\.90/);
    expect(probeSignal?.aborted).toBe(true);

    const onwards = await router.decide({ query: "How long are daily backups kept on Pro?" });
    expect(onwards.signals[1]).toMatchObject({ name: "exemplars", verdict: "fail" });
    expect(onwards.route).toBe("rag");
  });

  it("cancels the speculative probe when the query has none of the trained tasks' wording", async () => {
    let probeSignal: AbortSignal | undefined;
    const router = createRouter({
      trainingPrompts,
      calibration,
      evidence: (_query, options) => {
        probeSignal = options.signal;
        return new Promise<SearchHit[]>((resolve) => setTimeout(() => resolve([]), 300));
      },
    });
    const decision = await router.decide({ query: "Which regions are available?" });
    expect(decision.route).toBe("rag");
    expect(probeSignal?.aborted).toBe(true);
    expect(decision.signals.find((signal) => signal.name === "evidence")?.verdict).toBe("skipped");
  });

  it("lets a rule decide first and routes single-target deployments to what exists", async () => {
    const router = createRouter({ trainingPrompts, calibration, config: { rules: [{ name: "fresh", route: "rag", keywords: ["latest"] }] } });
    const ruled = await router.decide({ query: "Triage this ticket: latest release broke login" });
    expect(ruled.route).toBe("rag");
    expect(ruled.reasons[0]).toMatch(/rule "fresh" matched/);

    expect((await createRouter({ available: { tuned: false, rag: true } }).decide({ query: "Triage this ticket: x" })).route).toBe("rag");
    const tunedOnly = createRouter({ available: { tuned: true, rag: false }, config: { rules: [{ name: "b", route: "both", keywords: ["x"] }] } });
    const clamped = await tunedOnly.decide({ query: "x" });
    expect(clamped.route).toBe("tuned");
    expect(clamped.reasons[1]).toMatch(/not configured/);
  });

  it("with the threshold policy, applies the default route when nothing is decisive, and says so", async () => {
    const router = createRouter({
      trainingPrompts,
      calibration,
      evidence: probe,
      config: { policy: "thresholds", defaultRoute: "both", coverage: { threshold: 0.99 }, evidence: { threshold: 0.99 } },
    });
    const decision = await router.decide({ query: "Triage this: penguins with egress, replicas and backups" });
    expect(decision).toMatchObject({ route: "both", defaulted: true });
    expect(decision.reasons.at(-1)).toMatch(/default route "both"/);
  });

  it("sends a task that names nothing the corpus knows to the tuned model without probing the index", async () => {
    const router = createRouter({ trainingPrompts, calibration, evidence: probe });
    const decision = await router.decide({ query: "Triage this: penguins" });
    expect(decision.route).toBe("tuned");
    expect(decision.signals.find((signal) => signal.name === "evidence")).toMatchObject({ verdict: "skipped", detail: { why: "cancelled: the query names nothing the corpus knows" } });
    expect(decision.reasons[0]).toMatch(/names nothing the corpus knows/);
  });

  it("does not send a question about a general notion to rag only because it uses none of the task wording", async () => {
    const router = createRouter({ trainingPrompts, calibration, evidence: probe });
    const decision = await router.decide({ query: "qué significa deducible? explícamelo fácil" });
    expect(decision.signals.find((signal) => signal.name === "evidence")?.detail).not.toMatchObject({ why: expect.stringMatching(/none of the tuned model's task wording/) });
  });

  it("probes the index for a plain question worded only in the trained tasks' words", async () => {
    const router = createRouter({ trainingPrompts, calibration, evidence: probe });
    const decision = await router.decide({ query: "why does the nightly export stall?" });
    expect(decision.signals.find((signal) => signal.name === "evidence")?.verdict).not.toBe("skipped");
  });

  it("falls back to the default route when the calibrated policy is unsure", async () => {
    const router = createRouter({ trainingPrompts, calibration, evidence: probe, config: { minConfidence: 0.999, defaultRoute: "tuned" } });
    const decision = await router.decide({ query: "Write a reply about backups" });
    expect(decision.defaulted).toBe(true);
    expect(decision.route).toBe("tuned");
  });
});
