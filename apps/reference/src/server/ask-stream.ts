import { toTandemError } from "@tandem/core";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { AskEvent } from "../runtime/runtime";
import { clientGone, type OpenedEvents, openEvents, streamFailure } from "./event-stream";

/**
 * `POST /v1/ask` with `"stream": true`: Server-Sent Events `route` (the decision, before any text), `fallback`
 * (when the chosen target failed before sending text), `delta` (`{route, text}`), then `done` (the whole
 * answer) — or `error`. The route is also in the `x-tandem-route` header.
 */
export async function streamAskResponse(context: Context, events: AsyncIterable<AskEvent>, abort: AbortController): Promise<Response> {
  const opened: OpenedEvents = await openEvents(events);
  context.header("x-tandem-route", opened.first.route);
  if (opened.first.type === "route" && opened.first.decision) context.header("x-tandem-config-version", opened.first.decision.configVersion);
  return streamSSE(context, async (stream) => {
    stream.onAbort(() => abort.abort(clientGone()));
    const send = (event: AskEvent) => stream.writeSSE({ event: event.type, data: JSON.stringify(withoutType(event)) });
    try {
      await send(opened.first);
      for (let next = await opened.rest.next(); !next.done; next = await opened.rest.next()) await send(next.value);
    } catch (error) {
      const failure = streamFailure(error, abort);
      if (failure) await stream.writeSSE({ event: "error", data: JSON.stringify({ error: toTandemError(failure).toJSON() }) });
    }
  });
}

function withoutType(event: AskEvent): Record<string, unknown> {
  const { type: _type, ...rest } = event;
  return rest;
}
