import type { Route, RouteScores } from "@tandem/core";
import { applyBudget, type RouteBudget } from "./budget";
import { expectedUtility, type RouteCosts, rankRoutes } from "./expected-utility";

export interface UtilityPolicyOptions {
  costs: RouteCosts;
  budget?: RouteBudget;
  /** Below this probability for the most likely route, `defaultRoute` applies. */
  minConfidence: number;
  defaultRoute: Route;
}

export interface UtilityChoice {
  route: Route;
  /** Probability of the chosen route. */
  confidence: number;
  defaulted: boolean;
  utilities: RouteScores;
  reasons: string[];
}

/** How reasons name each route. */
export const routeWords: Record<Route, string> = { tuned: "the tuned model", rag: "the RAG chain", both: "the tuned model with retrieved context" };
const fixed = (value: number) => value.toFixed(2);
const listed = (scores: RouteScores) => `tuned ${fixed(scores.tuned)}, rag ${fixed(scores.rag)}, both ${fixed(scores.both)}`;

/**
 * Turns route probabilities into a decision: the highest expected utility (probability − cost), unless a
 * budget holds the expensive route back, or no route is likely enough (then the default route applies).
 */
export function chooseByUtility(scores: RouteScores, options: UtilityPolicyOptions): UtilityChoice {
  const likeliest = rankRoutes(scores)[0] as Route;
  const utilities = expectedUtility(scores, options.costs);
  if (scores[likeliest] < options.minConfidence) {
    return {
      route: options.defaultRoute,
      confidence: scores[likeliest],
      defaulted: true,
      utilities,
      reasons: [
        `no route is likely enough (best: ${likeliest} at ${fixed(scores[likeliest])} < ${options.minConfidence}), so the default route "${options.defaultRoute}" applies`,
      ],
    };
  }
  const costed = options.costs.tuned !== 0 || options.costs.rag !== 0 || options.costs.both !== 0;
  const choice = applyBudget(utilities, options.budget);
  const reasons = [`the calibrated policy gives ${likeliest} ${fixed(scores[likeliest])} (${listed(scores)})`];
  if (costed) reasons.push(`expected utility, probability − cost: ${listed(utilities)}`);
  if (choice.heldBack && options.budget) {
    reasons.push(
      `the budget sends at most ${Math.round(options.budget.maxShare * 100)}% of queries to ${options.budget.route}: its lead ${fixed(choice.heldBack.margin)} is below the calibrated ${fixed(choice.heldBack.threshold)}`,
    );
  }
  reasons.push(`${routeWords[choice.route]} answers`);
  return { route: choice.route, confidence: scores[choice.route], defaulted: false, utilities, reasons };
}
