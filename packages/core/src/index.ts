// @tandem/core — the spec layer: schemas and types shared by all Tandem packages, and the one error class.
export { TandemError, toTandemError, httpStatusFor, errorCodes, type ErrorCode, type TandemErrorOptions } from "./errors";
export { toKeyPath, toJsonPointer, describeZodIssue, describeSchemaIssues, keysAt, nearestKey, type SchemaProblem } from "./issues";
export {
  parseJsonl,
  parseJsonlStrict,
  formatJsonlProblem,
  type JsonlProblem,
  type JsonlRecord,
  type JsonlParseResult,
} from "./jsonl";
export { fnv1a32 } from "./hash";
export { writeFileAtomic, type WriteFileAtomicOptions } from "./fs";
export { round } from "./round";
export { mulberry32 } from "./random";
export { routeSchema, routeScoresSchema, routes, type Route, type RouteScores } from "./schemas/route";
export {
  spanSchema,
  chunkMetadataSchema,
  chunkSchema,
  searchHitSchema,
  type Span,
  type ChunkMetadata,
  type Chunk,
  type SearchHit,
} from "./schemas/chunk";
export { citationSchema, type Citation } from "./schemas/citation";
export { routeSignalSchema, routeDecisionSchema, requestAnalysisSchema, type RouteSignal, type RouteDecision, type RequestAnalysisSummary } from "./schemas/decision";
export { traceEventSchema, type TraceEvent } from "./schemas/trace";
export {
  answerSchema,
  executionSchema,
  conversationTurnSchema,
  modelInfoSchema,
  usageSchema,
  type Answer,
  type Execution,
  type ConversationTurn,
  type ModelInfo,
  type Usage,
} from "./schemas/answer";
