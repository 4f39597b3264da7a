import { type Route, type RouteScores, routes } from "@tandem/core";

/**
 * What sending one query to a route costs, in the units of the route's probability of being right: a cost of
 * 0.1 on `both` means "send to both only when it is at least 10 points likelier to be right than the best
 * cheaper route". Fold money and latency into it as the deployment weighs them.
 */
export type RouteCosts = RouteScores;

/** Expected utility per route: P(route is right) − cost. */
export function expectedUtility(scores: RouteScores, costs: RouteCosts): RouteScores {
  return { tuned: scores.tuned - costs.tuned, rag: scores.rag - costs.rag, both: scores.both - costs.both };
}

/** Routes ordered by a score, best first; ties keep the `routes` order (tuned, rag, both). */
export function rankRoutes(scores: RouteScores): Route[] {
  return [...routes].sort((left, right) => scores[right] - scores[left]);
}

/** How far `route` is ahead of the best other route (negative when another route is ahead). */
export function marginOf(scores: RouteScores, route: Route): number {
  const others = routes.filter((other) => other !== route).map((other) => scores[other]);
  return scores[route] - Math.max(...others);
}
