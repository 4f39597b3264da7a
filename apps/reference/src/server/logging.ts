// Structured logs: pino, one JSON object a line on stderr (a short human line when stderr is a terminal). Every
// line written for a request carries its `reqId`, which is also the `x-request-id` response header (a caller's
// well-formed x-request-id is kept, so a proxy's id follows the request). API keys never reach a log line.
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import type { Output } from "../cli/output";
import { onResponseDone } from "./limits";
import type { ServerEnv } from "./server-env";

export type LogLevel = Level | "silent";

/** A terminal gets `12:00:01 INFO message key=value`; anything else gets the JSON lines. */
function terminalStream(write: (text: string) => void): DestinationStream {
  return {
    write(line: string) {
      const { time, level, msg, pid: _pid, hostname: _hostname, ...rest } = JSON.parse(line) as Record<string, unknown>;
      const label = pino.levels.labels[Number(level)]?.toUpperCase() ?? String(level);
      const extra = Object.entries(rest).map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`).join(" ");
      write(`${String(time).slice(11, 23)} ${label} ${String(msg ?? "")}${extra ? ` ${extra}` : ""}\n`);
    },
  };
}

/**
 * The server's logger. Lines are written asynchronously (a slow reader of stderr never stalls request handling);
 * call `logger.flush()` before exiting.
 */
export function createServerLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  const destination = options.destination ?? (process.stderr.isTTY ? terminalStream((text) => process.stderr.write(text)) : pino.destination({ dest: 2, sync: false, minLength: 0 }));
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ["authorization", "headers.authorization", "*.authorization", "apiKey", "apiKeys", "*.apiKeys"], censor: "[redacted]" },
    },
    destination,
  );
}

/** The CLI's output with its log lines going to the structured logger (results stay on stdout). */
export function loggedOutput(output: Output, logger: Logger): Output {
  return { ...output, log: (message) => logger.info(message) };
}

const wellFormedId = /^[\w.:=-]{1,128}$/;

/** Request id, a logger bound to it, and one access line per request when its response is done. */
export function requestLogging(logger: Logger): MiddlewareHandler<ServerEnv> {
  return async (context, next) => {
    const given = context.req.header("x-request-id");
    const requestId = given && wellFormedId.test(given) ? given : randomUUID();
    const log = logger.child({ reqId: requestId });
    context.set("requestId", requestId);
    context.set("log", log);
    context.header("x-request-id", requestId);
    const started = performance.now();
    const done = onResponseDone(context, () => {
      const outgoing = context.env?.outgoing;
      log.info(
        {
          method: context.req.method,
          path: context.req.path,
          status: outgoing?.statusCode ?? context.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(outgoing && !outgoing.writableFinished ? { aborted: true } : {}),
          ...(context.res.headers.get("x-tandem-route") ? { route: context.res.headers.get("x-tandem-route") } : {}),
        },
        "request",
      );
    });
    try {
      await next();
    } finally {
      done();
    }
  };
}
