import { TandemError } from "@tandem/core";
import type { AskEvent } from "../runtime/runtime";

/** An event stream whose first event has been read (so the route is known before any response header is sent). */
export interface OpenedEvents {
  first: AskEvent;
  rest: AsyncIterator<AskEvent>;
}

/**
 * Reads the first event (the route) of an answer's event stream. Errors before it (bad input, nothing
 * configured) reject here, while an ordinary JSON error response can still be sent.
 */
export async function openEvents(events: AsyncIterable<AskEvent>): Promise<OpenedEvents> {
  const iterator = events[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new Error("the answer stream ended before its route event");
  return { first: first.value, rest: iterator };
}

/**
 * An AbortController for one answer: aborted by the request's signal (its timeout, or the client going away) and
 * by the response stream's own abort.
 */
export function requestController(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  return controller;
}

/**
 * Why a request's work is aborted when its client disconnects: ABORTED (HTTP 499 in logs and metrics; nobody is
 * left to read the answer). The request's timeout aborts with TIMEOUT instead.
 */
export function clientGone(): TandemError {
  return new TandemError({ code: "ABORTED", message: "the client went away" });
}

/** The error event a stream ends with: none when the client went away (nobody reads it), else the failure or timeout. */
export function streamFailure(error: unknown, abort: AbortController): unknown | undefined {
  if (!abort.signal.aborted) return error;
  const reason = abort.signal.reason as { code?: string } | undefined;
  return reason?.code === "TIMEOUT" ? reason : undefined;
}
