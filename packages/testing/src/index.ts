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
