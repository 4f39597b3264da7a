import type { Route } from "@tandem/core";

/**
 * The one rule ahead of every policy: a query that uses none of the wording of the tasks the tuned model learned
 * (framing mass 0 — none of its terms is more common in the training prompts than in the corpus) is not for the tuned
 * model, so the RAG chain answers it — unless it is known to ask about a general notion (`general`: "qué significa
 * deducible" needs nothing from the corpus). Returns that route, or undefined when the rule does not apply.
 *
 * Used by the router (an early exit that cancels the retrieval probe; it passes `general` from its request analysis)
 * and by `predictRoutes` and `fittedUtilities` (`tandem router fit`: held-out figures and the budget threshold),
 * which pass the same two values from a query's features (`framingMass`, `generalQuestion`).
 */
export function noTaskWordingRoute(query: { readonly framingMass: number; readonly general?: boolean }): Route | undefined {
  return query.framingMass === 0 && !query.general ? "rag" : undefined;
}
