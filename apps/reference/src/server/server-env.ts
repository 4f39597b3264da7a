import type { HttpBindings } from "@hono/node-server";
import type { Logger } from "pino";

/** What every request carries through the middleware chain (Hono's typed context variables). */
export interface ServerEnv {
  /** The Node request and response, when served by @hono/node-server (absent under `app.request()`). */
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** The request id: the caller's `x-request-id` when well-formed, else a new UUID; echoed in the response. */
    requestId: string;
    /** The server logger with this request's id bound: every line it writes carries `reqId`. */
    log: Logger;
    /** Aborts when the request times out (reason: a TIMEOUT TandemError) or the client goes away. */
    signal: AbortSignal;
    /** True when the request carried a valid API key, or when no keys are configured. */
    authenticated: boolean;
  };
}
