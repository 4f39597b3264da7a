// @tandem/testing (private) — test kit: a loopback OpenAI-compatible upstream with fault injection.
export {
  startOpenAIUpstream,
  sendJson,
  sendError,
  hashVector,
  type OpenAIUpstream,
  type OpenAIUpstreamOptions,
  type RecordedRequest,
  type ChatRequestBody,
  type UpstreamRoute,
  type UpstreamContext,
  type RouteHandler,
} from "./openai-upstream";
export type { Faults, FaultRoute } from "./faults";
export type { FineTuningSimulation, FineTuningSimulationOptions } from "./fine-tuning/fine-tuning-simulation";
export type { FileObject, FilesApiOptions } from "./fine-tuning/files-api";
export type { FineTuningJobObject, FineTuningJobsApiOptions, JobError, JobEventObject } from "./fine-tuning/fine-tuning-jobs-api";
