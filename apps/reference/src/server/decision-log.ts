// The opt-in decision log (server.decisionLog): one JSON line per routed request — the query (its sha256, or its
// text), the decision and the outcome. Lines are `{query, route, ...}` with `route` the route that answered (after
// any fallback; the caller's choice when forced), so `tandem router fit decisions.jsonl` fits on them directly
// (logged with `query: text`); failed requests are logged with their outcome and skipped by the fit.
import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { dirname } from "node:path";
import type { Answer, Route, RouteDecision } from "@tandem/core";
import { toTandemError } from "@tandem/core";

export interface DecisionLogOptions {
  path: string;
  query: "hash" | "text";
}

export interface DecisionRecord {
  requestId: string;
  endpoint: string;
  query: string;
  forced?: Route | undefined;
  decision?: RouteDecision | undefined;
  answer?: Pick<Answer, "route" | "fallback" | "citations" | "timings"> | undefined;
  error?: unknown;
}

export class DecisionLog {
  private readonly stream: WriteStream;

  constructor(private readonly options: DecisionLogOptions) {
    mkdirSync(dirname(options.path), { recursive: true });
    this.stream = createWriteStream(options.path, { flags: "a" });
  }

  append(record: DecisionRecord): void {
    const route = record.answer?.route ?? record.forced ?? record.decision?.route;
    if (!route) return;
    const failed = record.error !== undefined;
    const line = {
      time: new Date().toISOString(),
      reqId: record.requestId,
      endpoint: record.endpoint,
      ...(this.options.query === "text" ? { query: record.query } : { queryHash: createHash("sha256").update(record.query).digest("hex") }),
      route,
      ...(record.forced ? { forced: record.forced } : {}),
      ...(record.decision
        ? { decided: record.decision.route, confidence: record.decision.confidence, scores: record.decision.scores, configVersion: record.decision.configVersion }
        : {}),
      outcome: failed
        ? { status: "failed", code: toTandemError(record.error).code }
        : record.answer
          ? {
              status: "answered",
              route: record.answer.route,
              ...(record.answer.fallback ? { fallbackFrom: record.answer.fallback.from } : {}),
              citations: record.answer.citations.length,
              ms: Math.round(record.answer.timings.totalMs),
            }
          : { status: "decided" },
    };
    this.stream.write(`${JSON.stringify(line)}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.stream.end(() => resolve()));
  }
}
