// @tandem/router — explainable tuned / rag / both decisions, and the dispatcher that runs them as one Runnable.
// Advanced parts, by subpath: `@tandem/router/evaluation` (routing metrics, fitting, answer labels),
// `/policy` (utility, budget, logistic model, the no-task-wording rule), `/calibration` (threshold maths, synthetic
// queries), `/signals` (the signal measures and features), `/conversation` (follow-ups and conversation routing).
export { createRouter, type Router, type RouterOptions, type ResolvedBudget } from "./router";
export { routerConfigSchema, routeRuleSchema, routerConfigVersion, type RouterConfig, type RouterConfigInput, type RouteRule } from "./config/router-config";
export { bothStrategies, type BothStrategy, type BothConfig, type FallbackConfig, type ConversationConfig } from "./config/execution-config";
export { calibrateRouter, type RouterCalibration, type AutoCalibrationInput } from "./calibration/calibrate-router";
export { corpusSample, type CorpusSample } from "./calibration/corpus-sample";
export type { SignalInput } from "./signals/signal";
export type { EvidenceProbe } from "./signals/evidence";
export type { EmbedTexts } from "./signals/exemplars";
export type { RouteFeatures } from "./signals/route-features";
export { createLlmClassifier, classifierVerdictSchema, type ClassifierVerdict, type RouteClassifier, type LlmClassifierOptions } from "./classifier/llm-classifier";
// instructionOf(prompt): the task instruction of a training prompt (what `createLlmClassifier`'s `tasks` are made of).
export { instructionOf } from "./calibration/synthetic-queries";
export { createDispatcher, Dispatcher, type DispatcherOptions, type DispatchInput } from "./dispatch/dispatcher";
export type { DispatchEvent, DispatchResult, RouteEvent, DeltaEvent, FallbackEvent, DoneEvent } from "./dispatch/dispatch-events";
export { streamingTarget, type Target, type TargetInput, type TargetOutput, type TargetSource } from "./dispatch/target";
export type { CircuitState, CircuitStatus } from "./dispatch/circuit-breaker";
export { conversationMessageSchema, type ConversationMessage } from "./conversation/conversation-message";
export { createLlmCondenser, type Condenser } from "./conversation/llm-condenser";
