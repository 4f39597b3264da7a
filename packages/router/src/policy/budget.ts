import type { Route, RouteScores } from "@tandem/core";
import { marginOf, rankRoutes } from "./expected-utility";

/** A cap on the share of queries sent to one (expensive) route, RouteLLM style. */
export interface RouteBudget {
  route: Route;
  /** At most this share of queries goes to `route` (0..1). */
  maxShare: number;
  /**
   * `route` wins only when its utility is ahead of the runner-up by at least this margin. Calibrated so that at most
   * `maxShare` of a sample of queries pass (see `calibrateBudget`).
   */
  threshold: number;
}

export interface BudgetCalibration extends RouteBudget {
  /** Queries the threshold was calibrated on. */
  sampleSize: number;
  /** Share of the sample that would go to `route` without the budget, and with it. */
  shareBefore: number;
  shareAfter: number;
}

/**
 * The smallest margin threshold that sends at most `maxShare` of the sample to `route`: an exact cut between
 * sorted margins (deterministic; no search). When the sample already stays within the budget, the threshold is 0
 * and the budget changes nothing; a `maxShare` of 0 sends nothing there (threshold 1).
 */
export function calibrateBudget(sample: readonly RouteScores[], route: Route, maxShare: number): BudgetCalibration {
  const margins = sample.map((scores) => marginOf(scores, route)).sort((left, right) => right - left);
  const winning = margins.filter((margin) => margin >= 0);
  const allowed = Math.floor(maxShare * margins.length + 1e-9);
  let threshold = 0;
  if (winning.length > allowed) {
    const lastIn = allowed > 0 ? (margins[allowed - 1] as number) : undefined;
    const firstOut = margins[allowed] as number;
    // Just above the first margin that must be left out; halfway to the last one kept when there is room.
    threshold = lastIn !== undefined && lastIn > firstOut ? (lastIn + firstOut) / 2 : firstOut + 1e-9;
    // A budget of zero holds the route back for every query, not only for those like the sample's: a utility
    // margin never reaches 1.
    if (allowed === 0) threshold = Math.max(threshold, 1);
  }
  const passing = margins.filter((margin) => margin >= 0 && margin >= threshold).length;
  const size = Math.max(margins.length, 1);
  return { route, maxShare, threshold, sampleSize: margins.length, shareBefore: winning.length / size, shareAfter: passing / size };
}

export interface BudgetedChoice {
  route: Route;
  /** Set when the budgeted route was the best but fell short of the threshold. */
  heldBack?: { margin: number; threshold: number };
}

/** The best route by utility, unless it is the budgeted route and its lead is below the threshold. */
export function applyBudget(utilities: RouteScores, budget: RouteBudget | undefined): BudgetedChoice {
  const ranked = rankRoutes(utilities);
  const best = ranked[0] as Route;
  if (!budget || best !== budget.route) return { route: best };
  const margin = marginOf(utilities, best);
  if (margin >= budget.threshold) return { route: best };
  return { route: ranked[1] as Route, heldBack: { margin, threshold: budget.threshold } };
}
