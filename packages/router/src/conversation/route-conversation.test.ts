import type { RouteDecision } from "@tandem/core";
import { beforeAll, describe, expect, it } from "vitest";
import { conversationConfigSchema } from "../config/execution-config";
import { createRouter, type Router } from "../router";
import { calibrateRouter } from "../calibration/calibrate-router";
import { corpus, probe, trainingPrompts } from "../testing-deployment.test-helper";
import type { ConversationMessage } from "./conversation-message";
import { detectFollowUp } from "./follow-up";
import { routeConversation } from "./route-conversation";
import { applyStickiness } from "./route-stickiness";

let router: Router;
beforeAll(async () => {
  const calibration = await calibrateRouter({ trainingPrompts, corpusTexts: corpus, evidence: probe, samples: 40 });
  router = createRouter({ trainingPrompts, evidence: probe, calibration });
});

const ticket = 'Triage this ticket: "the invitation link in our onboarding email expired — Max"';
const afterTicket: ConversationMessage[] = [
  { role: "user", content: ticket },
  { role: "assistant", content: "Severity: P3. Component: auth." },
];

describe("routeConversation", () => {
  it("keeps a follow-up on the conversation's route although alone it would route elsewhere", async () => {
    for (const followUp of ["Why?", "is it urgent?"]) {
      expect((await router.decide({ query: followUp })).route).toBe("rag");
      const routed = await routeConversation({ router, history: afterTicket, query: followUp });
      expect(routed.decision?.route).toBe("tuned");
      expect(routed.turn).toMatchObject({ original: followUp, followUp: true, condensedBy: "rules", previousRoute: "tuned" });
      expect(routed.turn.standalone).toContain("invitation link");
      expect(routed.decision?.signals.at(-1)).toMatchObject({ name: "conversation", supports: "tuned" });
      expect(routed.decision?.reasons.at(-1)).toMatch(/stays on tuned/);
    }
  });

  it("switches on a clear change of topic, and says by how much", async () => {
    const routed = await routeConversation({ router, history: afterTicket, query: "How long are daily backups kept on Pro?" });
    expect(routed.turn.followUp).toBe(false);
    expect(routed.turn.standalone).toBe("How long are daily backups kept on Pro?");
    expect(routed.decision?.route).toBe("rag");
    expect(routed.decision?.reasons.at(-1)).toMatch(/switches from tuned to rag: its score leads by 1\.00 ≥ the new-question margin 0\.15/);
  });

  it("chains follow-ups and trusts a route the client kept on the assistant message", async () => {
    const history: ConversationMessage[] = [
      { role: "user", content: "How long are daily backups kept on Pro?" },
      { role: "assistant", content: "30 days [1]", route: "both" },
    ];
    const routed = await routeConversation({ router, history, query: "and on Starter?" });
    expect(routed.turn).toMatchObject({ standalone: "How long are daily backups kept on Starter?", previousRoute: "both" });
    expect(routed.decision?.signals.find((signal) => signal.name === "conversation")?.detail).toMatchObject({ previousRoute: "both", followUp: true });
  });

  it("uses the LLM condenser when configured, and falls back to the rules when it fails", async () => {
    const llmRouter = createRouter({ trainingPrompts, evidence: probe, config: { conversation: { condense: "llm" } } });
    const good = await routeConversation({ router: llmRouter, history: afterTicket, query: "Why?", condenser: async () => "Why is the expired invitation link ticket P3?" });
    expect(good.turn).toMatchObject({ standalone: "Why is the expired invitation link ticket P3?", condensedBy: "llm" });
    const failing = await routeConversation({ router: llmRouter, history: afterTicket, query: "Why?", condenser: async () => Promise.reject(new Error("HTTP 500")) });
    expect(failing).toMatchObject({ condenserError: "HTTP 500", turn: { condensedBy: "rules" } });
  });

  it("with a forced route, condenses without deciding", async () => {
    const routed = await routeConversation({ router, history: afterTicket, query: "Why?", decide: false });
    expect(routed.decision).toBeUndefined();
    expect(routed.turn.condensedBy).toBe("rules");
  });
});

describe("applyStickiness", () => {
  const decision = (route: RouteDecision["route"], scores: RouteDecision["scores"], ruled = false): RouteDecision => ({
    route,
    confidence: scores[route],
    scores,
    signals: [{ name: "rules", value: ruled ? 1 : null, threshold: null, verdict: ruled ? "pass" : "skipped", ms: 0 }],
    reasons: ["signal reasons"],
    defaulted: false,
    configVersion: "v",
    timings: { totalMs: 0 },
  });
  const config = conversationConfigSchema.parse({});

  it("needs a larger margin to leave the route on a follow-up than on a new question", () => {
    const close = decision("tuned", { tuned: 0.55, rag: 0.3, both: 0.15 });
    const followUp = applyStickiness(close, "rag", detectFollowUp("what about it?"), config, "q");
    expect(followUp).toMatchObject({ route: "rag", confidence: 0.3 });
    expect(followUp.reasons.at(-1)).toMatch(/stays on rag from the previous turn: tuned leads by only 0\.25 < the follow-up margin 0\.35/);
    const fresh = applyStickiness(close, "rag", detectFollowUp("How long are daily backups kept on Pro?"), config, "q");
    expect(fresh.route).toBe("tuned");
  });

  it("lets a rule decide regardless", () => {
    const ruled = applyStickiness(decision("both", { tuned: 0, rag: 0, both: 1 }, true), "rag", detectFollowUp("and it?"), config, "q");
    expect(ruled.route).toBe("both");
    expect(ruled.signals.at(-1)).toMatchObject({ name: "conversation", verdict: "skipped" });
  });
});
