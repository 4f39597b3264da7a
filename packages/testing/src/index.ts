// @tandem/testing (private) — test kit: a loopback OpenAI-compatible upstream with fault injection, files and
// fine-tuning jobs; `addRoutes` takes your own endpoints, written with `sendJson` / `sendError`.
export { startOpenAIUpstream, hashVector, type OpenAIUpstream, type OpenAIUpstreamOptions, type RecordedRequest, type ChatRequestBody } from "./openai-upstream";
export { sendJson, sendError } from "./responses";
export type { UpstreamRoute, UpstreamContext, RouteHandler } from "./upstream-route";
export type { Faults, FaultRoute } from "./faults";
export type { FineTuningSimulation, FineTuningSimulationOptions } from "./fine-tuning/fine-tuning-simulation";
export type { FileObject, FilesApiOptions } from "./fine-tuning/files-api";
export type { FineTuningJobObject, FineTuningJobsApiOptions, JobError, JobEventObject } from "./fine-tuning/fine-tuning-jobs-api";
