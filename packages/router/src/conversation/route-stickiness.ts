import { type Route, type RouteDecision, round } from "@tandem/core";
import type { ConversationConfig } from "../config/execution-config";
import type { FollowUp } from "./follow-up";

/**
 * Hysteresis across turns: a conversation stays on its previous route unless another route's score beats it by
 * a margin (larger for follow-ups). Rules still decide outright. The decision gains a `conversation` signal and
 * a reason saying what happened.
 */
export function applyStickiness(decision: RouteDecision, previousRoute: Route, followUp: FollowUp, config: ConversationConfig, standalone: string): RouteDecision {
  const started = performance.now();
  const margin = followUp.followUp ? config.followUpMargin : config.switchMargin;
  const kind = followUp.followUp ? "follow-up" : "new-question";
  const detail = { previousRoute, followUp: followUp.followUp, cues: followUp.cues, standalone };
  const ruled = decision.signals.some((signal) => signal.name === "rules" && signal.verdict === "pass");
  if (ruled) {
    return withSignal(decision, decision.route, { value: null, threshold: margin, verdict: "skipped", detail: { ...detail, why: "a rule decided" } }, started, [
      `a rule decides regardless of the conversation's previous route (${previousRoute})`,
    ]);
  }
  if (decision.route === previousRoute) {
    return withSignal(decision, previousRoute, { value: 0, threshold: margin, verdict: "fail", detail }, started, [`the conversation stays on ${previousRoute}, the route of the previous turn`]);
  }
  const gap = round(decision.scores[decision.route] - decision.scores[previousRoute], 3);
  if (gap >= margin) {
    return withSignal(decision, decision.route, { value: gap, threshold: margin, verdict: "pass", detail }, started, [
      `the conversation switches from ${previousRoute} to ${decision.route}: its score leads by ${gap.toFixed(2)} ≥ the ${kind} margin ${margin.toFixed(2)}`,
    ]);
  }
  const kept = withSignal(decision, previousRoute, { value: gap, threshold: margin, verdict: "fail", detail }, started, [
    `the conversation stays on ${previousRoute} from the previous turn: ${decision.route} leads by only ${gap.toFixed(2)} < the ${kind} margin ${margin.toFixed(2)}`,
  ]);
  return { ...kept, confidence: Math.max(0, Math.min(1, decision.scores[previousRoute])), defaulted: false };
}

function withSignal(
  decision: RouteDecision,
  route: Route,
  outcome: { value: number | null; threshold: number; verdict: "pass" | "fail" | "skipped"; detail: Record<string, unknown> },
  started: number,
  reasons: string[],
): RouteDecision {
  const ms = performance.now() - started;
  return {
    ...decision,
    route,
    signals: [...decision.signals, { name: "conversation", ...outcome, supports: route, ms }],
    reasons: [...decision.reasons, ...reasons],
    timings: { ...decision.timings, conversationMs: ms },
  };
}
