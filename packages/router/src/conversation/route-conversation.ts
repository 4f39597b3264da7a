import type { ConversationTurn, Route, RouteDecision } from "@tandem/core";
import type { Router } from "../router";
import { condenseFollowUp } from "./condense-follow-up";
import type { ConversationMessage } from "./conversation-message";
import { detectFollowUp, type FollowUp } from "./follow-up";
import type { Condenser } from "./llm-condenser";
import { applyStickiness } from "./route-stickiness";

export interface RouteConversationOptions {
  router: Router;
  /** Earlier messages, oldest first (the current query is not among them). */
  history: readonly ConversationMessage[];
  /** The last user message. */
  query: string;
  /** Used when `router.conversation.condense` is `llm` (for the last turn; earlier turns use the rules). */
  condenser?: Condenser;
  metadata?: Record<string, string>;
  signal?: AbortSignal;
  /** False when the route is forced: the turn is still condensed, but nothing is decided. Default true. */
  decide?: boolean;
}

export interface ConversationRouting {
  turn: ConversationTurn;
  /** The decision on the standalone query, with the conversation's stickiness applied (absent when not deciding). */
  decision?: RouteDecision;
  /** Set when the llm condenser failed and the rules condensed instead. */
  condenserError?: string;
}

/**
 * Routes the last turn of a conversation, not only its last message: walks the last `maxTurns` user turns in
 * order, condenses each follow-up into a standalone query from the turn before it, decides each turn (unless an
 * assistant message already says which route answered it) and keeps the conversation on its route unless the
 * evidence clearly changes (`applyStickiness`).
 */
export async function routeConversation(options: RouteConversationOptions): Promise<ConversationRouting> {
  const config = options.router.config.conversation;
  const turns = userTurns(options.history, options.query).slice(-config.maxTurns);
  let previousStandalone: string | undefined;
  let previousRoute: Route | undefined;
  let condenserError: string | undefined;
  const decideTurn = async (standalone: string, detected: FollowUp, previous: Route | undefined) => {
    const decision = await options.router.decide({
      query: standalone,
      ...(options.metadata ? { metadata: options.metadata } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return previous ? applyStickiness(decision, previous, detected, config, standalone) : decision;
  };
  for (const [index, turn] of turns.entries()) {
    const last = index === turns.length - 1;
    const detected: FollowUp = previousStandalone === undefined ? { followUp: false, cues: [] } : detectFollowUp(turn.text);
    let standalone = turn.text;
    let condensedBy: ConversationTurn["condensedBy"] = "none";
    if (detected.followUp && previousStandalone !== undefined && config.condense !== "off") {
      if (last && config.condense === "llm" && options.condenser) {
        try {
          standalone = await options.condenser({ history: options.history, followUp: turn.text, ...(options.signal ? { signal: options.signal } : {}) });
          condensedBy = "llm";
        } catch (error) {
          options.signal?.throwIfAborted();
          condenserError = error instanceof Error ? error.message : String(error);
        }
      }
      if (condensedBy === "none") {
        standalone = condenseFollowUp(previousStandalone, turn.text, detected);
        condensedBy = "rules";
      }
    }
    if (last) {
      const result: ConversationTurn = {
        original: turn.text,
        standalone,
        followUp: detected.followUp,
        cues: detected.cues,
        condensedBy,
        ...(previousRoute ? { previousRoute } : {}),
      };
      if (options.decide === false) return { turn: result, ...(condenserError ? { condenserError } : {}) };
      const decision = await decideTurn(standalone, detected, previousRoute);
      return { turn: result, decision, ...(condenserError ? { condenserError } : {}) };
    }
    if (turn.answeredBy) {
      previousRoute = turn.answeredBy;
    } else {
      previousRoute = (await decideTurn(standalone, detected, previousRoute)).route;
    }
    previousStandalone = standalone;
  }
  throw new Error("unreachable: a conversation has at least its last turn");
}

/** The user turns, each with the route of the assistant reply that followed it (when the client kept it). */
function userTurns(history: readonly ConversationMessage[], query: string): { text: string; answeredBy?: Route }[] {
  const turns: { text: string; answeredBy?: Route }[] = [];
  for (const message of history) {
    if (message.role === "user") turns.push({ text: message.content });
    else if (message.role === "assistant" && message.route) {
      const last = turns.at(-1);
      if (last) last.answeredBy = message.route;
    }
  }
  turns.push({ text: query });
  return turns;
}
