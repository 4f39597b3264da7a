// @tandem/router/evaluation — how well a routing policy does: metrics against labels, the cost–quality curve,
// latency, outcome (silver) labels from answers, and fitting the logistic policy on labelled queries.
export { routingMetrics, formatRoutingReport, type LabelledQuery, type RoutingReport, type ClassMetrics } from "./routing-metrics";
export { summarizeLatency, type LatencySummary } from "./latency";
export { costQualityCurve, defaultRelativeCosts, type CostQualityCurve, type CostQualityPoint, type ScoredQuery } from "./cost-quality";
export { answerContains, answerReport, defaultCostOrder, normalizeAnswer, silverLabel, type AnswerOutcome, type AnswerReport } from "./answer-labels";
export {
  fitRouter,
  crossValidate,
  stratifiedSplit,
  predictRoutes,
  fittedUtilities,
  type FitReport,
  type FitPolicy,
  type FitRouterOptions,
  type CrossValidationReport,
  type LabelledFeatures,
} from "./fit-router";
