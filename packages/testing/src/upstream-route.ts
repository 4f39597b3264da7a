// The shape of one endpoint of the loopback upstream: the built-in chat and embeddings routes and the files and
// fine-tuning simulation are all UpstreamRoutes (a module of its own, so the simulation does not import the server).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultRoute, Faults } from "./faults";

/** What a route handler gets and returns. */
export interface UpstreamContext {
  request: IncomingMessage;
  response: ServerResponse;
  body: unknown;
  /** Path without the `/v1` prefix and query, e.g. `/chat/completions`. */
  path: string;
  query: URLSearchParams;
  faults: Faults;
}

export type RouteHandler = (context: UpstreamContext) => Promise<void> | void;

export interface UpstreamRoute {
  method: string;
  /** Matched against the path after `/v1`. */
  pattern: RegExp;
  fault: FaultRoute;
  handle: RouteHandler;
}

