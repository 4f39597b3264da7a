// What the server records about each answer — metrics and the decision log — wrapped around the runtime for one
// request, so the JSON API and the OpenAI-compatible endpoint record the same things the same way.
import type { Answer, Route, RouteDecision } from "@tandem/core";
import type { AskEvent, AskOptions, Runtime } from "../runtime/runtime";
import type { DecisionLog } from "./decision-log";
import type { ServerMetrics } from "./metrics";

export interface Observers {
  metrics: ServerMetrics;
  decisionLog?: DecisionLog | undefined;
}

/** The runtime as one request sees it: `route`, `ask` and `askStream` record their decisions and outcomes. */
export function observedRuntime(runtime: Runtime, observers: Observers, request: { requestId: string; endpoint: string }): Runtime {
  const record = (query: string, options: AskOptions, decision: RouteDecision | undefined, answer?: Answer, error?: unknown) => {
    if (answer) observers.metrics.answered(answer);
    observers.decisionLog?.append({ ...request, query: answer?.conversation?.standalone ?? query, forced: options.route, decision, answer, error });
  };
  const decided = (route: Route, forced: boolean, decision: RouteDecision | undefined) => observers.metrics.decided({ route, forced, decision });
  return {
    ...runtime,
    async route(query, options = {}) {
      const decision = await runtime.route(query, options);
      decided(decision.route, false, decision);
      observers.decisionLog?.append({ ...request, query: decision.conversation?.standalone ?? query, decision });
      return decision;
    },
    async ask(query, options = {}) {
      try {
        const answer = await runtime.ask(query, options);
        decided(answer.decision?.route ?? options.route ?? answer.route, options.route !== undefined, answer.decision);
        record(query, options, answer.decision, answer);
        return answer;
      } catch (error) {
        record(query, options, undefined, undefined, error);
        throw error;
      }
    },
    async *askStream(query, options = {}): AsyncGenerator<AskEvent> {
      let decision: RouteDecision | undefined;
      try {
        for await (const event of runtime.askStream(query, options)) {
          if (event.type === "route") {
            decision = event.decision;
            decided(event.route, event.forced, event.decision);
          }
          if (event.type === "done") record(query, options, decision, event);
          yield event;
        }
      } catch (error) {
        record(query, options, decision, undefined, error);
        throw error;
      }
    },
  };
}
