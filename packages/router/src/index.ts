// @tandem/router — explainable tuned / rag / both decisions, and the dispatcher that runs them.
export {
  routerConfigSchema,
  routeRuleSchema,
  routerConfigVersion,
  type RouterConfig,
  type RouterConfigInput,
  type RouteRule,
} from "./config/router-config";
export { createRouter, type Router, type RouterOptions, type ResolvedBudget } from "./router";
export { RuleSet, type RuleMatch } from "./signals/rules";
export { CoverageIndex, type CoverageMeasure } from "./signals/coverage";

export { measureEvidence, type EvidenceProbe, type EvidenceMeasure } from "./signals/evidence";
export { FreshnessIndex, type FreshnessData, type FreshnessMeasure, type CutoffSource } from "./signals/freshness";
export { findDates, documentDate, type FoundDate } from "./signals/dates";
export { splitPayload, type PayloadSplit } from "./signals/payload";
export { ExemplarIndex, type EmbedTexts, type ExemplarMatch } from "./signals/exemplars";
export { createLlmClassifier, classifierVerdictSchema, type ClassifierVerdict, type RouteClassifier, type LlmClassifierOptions } from "./classifier/llm-classifier";
export {
  separatingThreshold,
  summarize,
  quantile,
  type ThresholdCalibration,
  type ValueSummary,
} from "./signals/calibration";
export { type SignalInput } from "./signals/signal";
export { thresholdPolicy, type PolicyInput, type PolicyOutcome, type ThresholdedValue } from "./policy/threshold-policy";
export { createDispatcher, Dispatcher, type DispatcherOptions, type DispatchInput } from "./dispatch/dispatcher";
export type { DispatchEvent, DispatchResult, RouteEvent, DeltaEvent, FallbackEvent, DoneEvent } from "./dispatch/dispatch-events";
export { streamTarget, streamingTarget, type Target, type TargetInput, type TargetOutput, type TargetSource } from "./dispatch/target";
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitState, type CircuitStatus } from "./dispatch/circuit-breaker";
export { groundedness, type Groundedness } from "./dispatch/groundedness";
export { findHedge } from "./dispatch/hedge";
export { bothStrategies, type BothStrategy, type BothConfig, type FallbackConfig, type ConversationConfig } from "./config/execution-config";
export { conversationMessageSchema, type ConversationMessage } from "./conversation/conversation-message";
export { detectFollowUp, type FollowUp } from "./conversation/follow-up";
export { condenseFollowUp } from "./conversation/condense-follow-up";
export { createLlmCondenser, type Condenser } from "./conversation/llm-condenser";
export { routeConversation, type ConversationRouting, type RouteConversationOptions } from "./conversation/route-conversation";
export {
  routingMetrics,
  formatRoutingReport,
  table,
  type LabelledQuery,
  type RoutingReport,
  type ClassMetrics,
} from "./evaluation/routing-metrics";
export { summarizeLatency, type LatencySummary } from "./evaluation/latency";
export { costQualityCurve, defaultRelativeCosts, type CostQualityCurve, type CostQualityPoint, type ScoredQuery } from "./evaluation/cost-quality";
export { answerContains, answerReport, defaultCostOrder, normalizeAnswer, silverLabel, type AnswerOutcome, type AnswerReport } from "./evaluation/answer-labels";
export { calibrateRouter, type RouterCalibration, type AutoCalibrationInput } from "./signals/auto-calibration";
export { corpusSample, type CorpusSample } from "./signals/corpus-sample";
export { analyzeRequest, type RequestAnalysis } from "./signals/request-analysis";
export { findInformationRequests, type InformationRequest } from "./signals/information-requests";
export { SubjectIndex, type SubjectData, type NamedSubject } from "./signals/subjects";
export { corpusProbeQueries, instructionOf } from "./signals/synthetic-queries";
export {
  fitRouter,
  crossValidate,
  stratifiedSplit,
  predictRoutes,
  type FitReport,
  type FitPolicy,
  type CrossValidationReport,
  type LabelledFeatures,
} from "./evaluation/fit-router";
export { chooseByUtility, type UtilityChoice, type UtilityPolicyOptions } from "./policy/utility-policy";
export { expectedUtility, marginOf, rankRoutes, type RouteCosts } from "./policy/expected-utility";
export { calibrateBudget, applyBudget, type RouteBudget, type BudgetCalibration, type BudgetedChoice } from "./policy/budget";
export { computeFeatures, featureRow, routeFeatureNames, type RouteFeatures } from "./signals/route-features";
export { DeploymentProfile, type DeploymentProfileData, type QueryTerms } from "./signals/deployment-profile";
export { fitLogistic, predictLogistic, type LogisticModel, type FitOptions } from "./policy/logistic-model";
