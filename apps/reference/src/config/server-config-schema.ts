import { z } from "zod";

/** `server.limits:` — what one request may cost before it is refused, and how many run at once. */
export const serverLimitsSchema = z
  .strictObject({
    bodyBytes: z
      .number()
      .int()
      .min(1024)
      .default(1_048_576)
      .describe("Largest request body, in bytes: a bigger one is refused with 413 before it is read past the limit. Default 1048576 (1 MiB)."),
    queryChars: z
      .number()
      .int()
      .min(1)
      .default(10_000)
      .describe("Longest query (and longest chat message), in characters; longer → 400. Default 10000."),
    messages: z
      .number()
      .int()
      .min(1)
      .default(100)
      .describe("Most messages in a /v1/chat/completions conversation or /v1/ask history; more → 400. Default 100."),
    concurrency: z
      .number()
      .int()
      .min(1)
      .default(64)
      .describe("Requests to /v1/ask, /v1/chat/completions, /v1/route and /v1/search served at once (a stream counts until it ends). Default 64."),
    queue: z
      .number()
      .int()
      .min(0)
      .default(256)
      .describe("Requests that may wait for a free slot; beyond that → 429 with Retry-After. Default 256."),
    queueTimeoutMs: z
      .number()
      .int()
      .min(1)
      .default(10_000)
      .describe("Longest wait in the queue before 429, in milliseconds. Default 10000."),
    headersTimeoutMs: z
      .number()
      .int()
      .min(1000)
      .default(10_000)
      .describe("Time a client has to send the request headers, in milliseconds (slow clients are cut off). Default 10000."),
    bodyTimeoutMs: z
      .number()
      .int()
      .min(1000)
      .default(30_000)
      .describe("Time a client has to send the whole request (headers and body), in milliseconds. Default 30000."),
  })
  .prefault({});

/** `server.decisionLog:` — opt-in JSONL of every routed request, readable by `tandem router fit`. */
export const decisionLogSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .default("./.tandem/decisions.jsonl")
    .describe("JSONL file the decisions are appended to (relative to the config file). Default ./.tandem/decisions.jsonl."),
  query: z
    .enum(["hash", "text"])
    .default("hash")
    .describe(
      "How the query is logged: hash (sha256, no text: privacy first) or text (needed by `tandem router fit`). Default hash.",
    ),
});

/** `server:` — binding, auth, limits, draining, logging and the decision log of `tandem serve`. */
export const serverConfigSchema = z
  .strictObject({
    host: z.string().default("127.0.0.1").describe("Interface the HTTP server binds. Default 127.0.0.1."),
    port: z.number().int().min(0).max(65535).default(8787).describe("HTTP port (0 picks a free one). Default: the PORT environment variable, else 8787."),
    apiKeys: z
      .array(z.string().min(16, "an API key needs at least 16 characters"))
      .default([])
      .describe(
        "API keys accepted as `Authorization: Bearer <key>` on /v1/* and /metrics. The TANDEM_API_KEYS environment variable (comma-separated) wins over this. Default none (no auth; only allowed on a loopback host unless allowUnauthenticated).",
      ),
    allowUnauthenticated: z
      .boolean()
      .default(false)
      .describe("Serve a non-loopback host without API keys (e.g. behind a proxy that authenticates). Default false: refuse to start."),
    allowedHosts: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Host header names accepted besides localhost, 127.0.0.1 and [::1] on a loopback bind (DNS-rebinding guard); on other binds, when set, only these. Default none.",
      ),
    timeoutMs: z
      .number()
      .int()
      .min(100)
      .default(60_000)
      .describe("Longest a request (or a stream) may run, in milliseconds: then 504 and the upstream calls are aborted. Default 60000."),
    drainTimeoutMs: z
      .number()
      .int()
      .min(0)
      .default(30_000)
      .describe("On SIGTERM/SIGINT: how long in-flight requests and streams may take to finish before the server closes them, in milliseconds. Default 30000."),
    logLevel: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info")
      .describe("Structured (JSON) log level of `tandem serve`. Default info."),
    limits: serverLimitsSchema.describe("Request size, query and concurrency limits."),
    decisionLog: decisionLogSchema
      .optional()
      .describe("Append every routed request's decision and outcome to a JSONL file (`tandem router fit` reads it). Default off."),
    prices: z
      .record(
        z.string(),
        z.strictObject({
          input: z.number().min(0).describe("USD per million input tokens."),
          output: z.number().min(0).describe("USD per million output tokens."),
        }),
      )
      .default({})
      .describe("Per-model prices (model id → USD per million input/output tokens) for the tandem_upstream_cost_usd_total metric. Default none (cost not counted)."),
  })
  .prefault({});

export type ServerConfig = z.output<typeof serverConfigSchema>;
export type ServerLimits = z.output<typeof serverLimitsSchema>;
