/** Faults the loopback upstream can inject, per route or for every route. */
export interface Faults {
  /** Delay before answering, in milliseconds. */
  latencyMs?: number;
  /** Answer with this HTTP status and an OpenAI-style error body (e.g. 500, 429). */
  status?: number;
  /** With `status`: send a `retry-after-ms` header with this value (what OpenAI sends on 429), so clients retry fast. */
  retryAfterMs?: number;
  /**
   * With `status`: carry the request out first, then answer with the failure — the provider committed the change
   * (created the job, stored the file) but the client never saw the answer, as when a gateway fails after the backend.
   */
  afterHandling?: boolean;
  /** Apply `status` to the next N requests only, then recover. Default: every request. */
  failTimes?: number;
  /** Accept the request and never answer (until the upstream closes). */
  timeout?: boolean;
  /** Answer 200 with a body that is not JSON. */
  badJson?: boolean;
  /** Cut an SSE stream after this many chunks (no [DONE]). */
  dropStreamAfter?: number;
  /** Pause between SSE chunks, in milliseconds (so a client sees the first chunks before a cut). */
  streamDelayMs?: number;
}

/** Route names faults can target. */
export type FaultRoute = "chat" | "embeddings" | "models" | "files" | "fine-tuning" | "all";
