// Request hygiene: JSON bodies only (415), a body size limit enforced before the body is read past it (413), query
// and message-count limits (400), a concurrency limit with a short queue (429 + Retry-After), and a request timeout
// that aborts the work (504). GET /v1/health and /metrics are outside the concurrency limit, so they stay responsive.
import { TandemError } from "@tandem/core";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ServerLimits } from "../config/server-config-schema";
import { clientGone } from "./event-stream";
import type { ServerEnv } from "./server-env";

/** Runs `callback` once the response is done (sent, or the connection closed); after `next()` outside Node. */
export function onResponseDone(context: Context<ServerEnv>, callback: () => void): () => void {
  const outgoing = context.env?.outgoing;
  if (outgoing && !outgoing.writableFinished && !outgoing.destroyed) {
    outgoing.once("close", callback);
    return () => {};
  }
  return callback;
}

/** POST bodies must be `application/json` (a `text/plain` post from a web page needs no CORS preflight). */
export function requireJson(): MiddlewareHandler<ServerEnv> {
  return async (context, next) => {
    const type = (context.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (context.req.method === "POST" && type !== "application/json") {
      throw new TandemError({
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: `request bodies must be application/json${type ? ` (got ${type})` : ""}`,
        hint: "send Content-Type: application/json",
      });
    }
    await next();
  };
}

/**
 * Refuses a body over `maxBytes` with 413: by its Content-Length before reading any of it, or — chunked — as soon
 * as the bytes read pass the limit. The connection is then closed (`Connection: close`) so the rest is never read.
 */
export function requestBodyLimit(maxBytes: number): MiddlewareHandler<ServerEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (context) => {
      context.header("connection", "close");
      throw new TandemError({ code: "BODY_TOO_LARGE", message: `the request body is over the ${maxBytes}-byte limit`, hint: "send less, or raise server.limits.bodyBytes" });
    },
  });
}

/** Checks a query's length and a conversation's message count against the limits (400 naming the field). */
export function checkQueryLimits(limits: Pick<ServerLimits, "queryChars" | "messages">, input: { query: string; queryPath: string; messages?: readonly { content: string }[]; messagesPath?: string }): void {
  if (input.query.length > limits.queryChars) {
    throw new TandemError({ code: "INPUT_INVALID", path: input.queryPath, message: `the query is ${input.query.length} characters; at most ${limits.queryChars} are accepted`, hint: "shorten it, or raise server.limits.queryChars" });
  }
  const messages = input.messages ?? [];
  const path = input.messagesPath ?? "messages";
  if (messages.length > limits.messages) {
    throw new TandemError({ code: "INPUT_INVALID", path, message: `${messages.length} messages; at most ${limits.messages} are accepted`, hint: "send fewer, or raise server.limits.messages" });
  }
  const long = messages.findIndex((message) => message.content.length > limits.queryChars);
  if (long >= 0) {
    throw new TandemError({ code: "INPUT_INVALID", path: `${path}.${long}.content`, message: `a message is over ${limits.queryChars} characters`, hint: "shorten it, or raise server.limits.queryChars" });
  }
}

/** At most `concurrency` holders at once; up to `queue` more wait (each at most `queueTimeoutMs`); others are refused. */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: Pick<ServerLimits, "concurrency" | "queue" | "queueTimeoutMs">) {}

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with a release function once a slot is free; rejects with OVERLOADED when the queue is full or too slow. */
  async acquire(): Promise<() => void> {
    if (this.active >= this.limits.concurrency) {
      if (this.waiting.length >= this.limits.queue) throw overloaded(`${this.active} requests in flight and ${this.waiting.length} queued`);
      await new Promise<void>((resolve, reject) => {
        const entry = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(overloaded(`waited ${this.limits.queueTimeoutMs} ms in the queue`));
        }, this.limits.queueTimeoutMs);
        this.waiting.push(entry);
      });
    } else {
      this.active += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next(); // the slot passes straight to the next waiter
      else this.active -= 1;
    };
  }
}

function overloaded(detail: string): TandemError {
  return new TandemError({ code: "OVERLOADED", message: `the server is at its concurrency limit (${detail})`, hint: "retry after the Retry-After seconds, or raise server.limits.concurrency / queue" });
}

/** Holds a concurrency slot for the whole response (a stream until it ends); 429 with Retry-After when none is free. */
export function concurrencyLimit(limiter: ConcurrencyLimiter): MiddlewareHandler<ServerEnv> {
  return async (context, next) => {
    let release: () => void;
    try {
      release = await limiter.acquire();
    } catch (error) {
      context.header("retry-after", "1");
      throw error;
    }
    const done = onResponseDone(context, release);
    try {
      await next();
    } finally {
      done();
    }
  };
}

/**
 * The request's AbortSignal (`context.get("signal")`): aborts with a TIMEOUT error after `timeoutMs` (the whole
 * response, a stream included), or when the client goes away. Everything the request runs gets it.
 */
export function requestTimeout(timeoutMs: number): MiddlewareHandler<ServerEnv> {
  return async (context, next) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TandemError({ code: "TIMEOUT", message: `the request took longer than ${timeoutMs} ms`, hint: "raise server.timeoutMs if answers legitimately take longer" })), timeoutMs);
    const request = context.req.raw.signal;
    const gone = () => controller.abort(clientGone());
    if (request.aborted) gone();
    request.addEventListener("abort", gone, { once: true });
    context.set("signal", controller.signal);
    const done = onResponseDone(context, () => {
      clearTimeout(timer);
      request.removeEventListener("abort", gone);
    });
    try {
      await next();
    } finally {
      done();
    }
  };
}
