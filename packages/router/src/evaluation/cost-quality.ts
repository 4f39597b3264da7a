import { type Route, type RouteScores, routes } from "@tandem/core";
import { rankRoutes } from "../policy/expected-utility";

/**
 * What one query costs on each route, in relative units. The default follows the cost order of `eval answers`:
 * tuned is one model call (1), rag is a retrieval plus a reader call over the retrieved chunks (2), both is a
 * retrieval plus the tuned model over the chunks (3). Put your own figures (money, latency) in their place.
 */
export const defaultRelativeCosts: RouteScores = { tuned: 1, rag: 2, both: 3 };

/** One labelled query as the router saw it: the label, the route it chose and its scores. */
export interface ScoredQuery {
  expected: Route;
  predicted: Route;
  scores: RouteScores;
}

/** A point of a cost–quality curve: mean relative cost per query and routing accuracy. */
export interface CostQualityPoint {
  /** What the point is: `this policy`, `always tuned`, or a penalty of the sweep (`penalty 0.05`). */
  label: string;
  /** Mean relative cost per query. */
  cost: number;
  /** Share of queries sent to their labelled route. */
  accuracy: number;
  /** Share of queries per route. */
  shares: RouteScores;
}

export interface CostQualityCurve {
  costs: RouteScores;
  /** The router as it decided. */
  policy: CostQualityPoint;
  /** Sending every query to one route. */
  baselines: Record<`always-${Route}`, CostQualityPoint>;
  /**
   * The router's scores with a cost penalty λ: each query goes to argmax(score − λ·cost), λ swept from strongly
   * favouring the dear routes (negative) to strongly favouring the cheap ones. Sorted by cost.
   */
  sweep: (CostQualityPoint & { penalty: number })[];
}

/** The penalties swept, in units of score per unit of relative cost. */
const penalties = [-1, -0.5, -0.3, -0.2, -0.15, -0.1, -0.07, -0.05, -0.03, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 1];

function point(label: string, items: readonly ScoredQuery[], chosen: readonly Route[], costs: RouteScores): CostQualityPoint {
  const count = Math.max(items.length, 1);
  const shares = Object.fromEntries(routes.map((route) => [route, chosen.filter((entry) => entry === route).length / count])) as RouteScores;
  return {
    label,
    cost: chosen.reduce((sum, route) => sum + costs[route], 0) / count,
    accuracy: items.filter((item, index) => item.expected === chosen[index]).length / count,
    shares,
  };
}

/**
 * How routing quality trades against cost on labelled queries: the policy's own point, the always-one-route
 * baselines, and the curve a cost penalty on the router's scores traces between them (RouteLLM-style).
 */
export function costQualityCurve(items: readonly ScoredQuery[], costs: RouteScores = defaultRelativeCosts): CostQualityCurve {
  const baselines = Object.fromEntries(
    routes.map((route) => [`always-${route}`, point(`always ${route}`, items, items.map(() => route), costs)]),
  ) as CostQualityCurve["baselines"];
  const sweep = penalties
    .map((penalty) => {
      const chosen = items.map((item) => rankRoutes({ tuned: item.scores.tuned - penalty * costs.tuned, rag: item.scores.rag - penalty * costs.rag, both: item.scores.both - penalty * costs.both })[0] as Route);
      return { ...point(`penalty ${penalty}`, items, chosen, costs), penalty };
    })
    .sort((left, right) => left.cost - right.cost || left.penalty - right.penalty);
  return { costs, policy: point("this policy", items, items.map((item) => item.predicted), costs), baselines, sweep };
}
