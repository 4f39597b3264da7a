import type { Route, RouteSignal } from "@tandem/core";

/** What every signal sees. */
export interface SignalInput {
  query: string;
  /** Request metadata (user tier, tenant...) that rules can match. */
  metadata?: Record<string, string>;
  signal?: AbortSignal;
}

/** A signal's raw result before timing is attached. */
export type SignalOutcome = Omit<RouteSignal, "ms" | "name">;

/** Wraps a signal computation with its name and timing. */
export async function timeSignal(name: string, compute: () => SignalOutcome | Promise<SignalOutcome>): Promise<RouteSignal> {
  const started = performance.now();
  const outcome = await compute();
  return { name, ...outcome, ms: performance.now() - started };
}

/** A signal that did not run (not needed, or nothing to measure against). */
export function skippedSignal(name: string, why: string): RouteSignal {
  return { name, value: null, threshold: null, verdict: "skipped", ms: 0, detail: { why } };
}

export type { Route };
