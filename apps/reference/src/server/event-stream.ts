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

/** An AbortController that aborts when the client goes away (the request's signal). */
export function requestController(request: Request): AbortController {
  const controller = new AbortController();
  if (request.signal.aborted) controller.abort(request.signal.reason);
  request.signal.addEventListener("abort", () => controller.abort(request.signal.reason), { once: true });
  return controller;
}
