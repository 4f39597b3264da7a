import type { Answer, ConversationTurn, Route, RouteDecision } from "@tandem/core";

/** The dispatcher's answer (the app adds `models`). */
export type DispatchResult = Omit<Answer, "models">;

/** First event of every stream: who answers, and why — before any text. */
export interface RouteEvent {
  type: "route";
  route: Route;
  /** Absent when the route was forced. */
  decision?: RouteDecision;
  forced: boolean;
  /** How the conversation's last turn became the routed query, when there was a conversation. */
  conversation?: ConversationTurn;
}

/** The chosen target failed before it sent any text; `route` now serves. */
export interface FallbackEvent {
  type: "fallback";
  route: Route;
  from: Route;
  reason: string;
}

/** A piece of the answer's text, carrying the route that serves it. */
export interface DeltaEvent {
  type: "delta";
  route: Route;
  text: string;
}

/** Last event: the whole answer — text, citations, decision, trace, usage, timings. */
export type DoneEvent = DispatchResult & { type: "done" };

/** What `dispatcher.stream()` and `dispatcher.events()` yield, in this order: route, (fallback), delta*, done. */
export type DispatchEvent = RouteEvent | FallbackEvent | DeltaEvent | DoneEvent;
