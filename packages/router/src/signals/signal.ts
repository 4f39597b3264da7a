import type { RouteSignal } from "@tandem/core";

/** What every signal sees. */
export interface SignalInput {
  query: string;
  /** Request metadata (user tier, tenant...) that rules can match. */
  metadata?: Record<string, string>;
  signal?: AbortSignal;
}

/** A signal's raw result before timing is attached. */
export type SignalOutcome = Omit<RouteSignal, "ms" | "name">;

/** A signal that did not run (not needed, or nothing to measure against). */
export function skippedSignal(name: string, why: string): RouteSignal {
  return { name, value: null, threshold: null, verdict: "skipped", ms: 0, detail: { why } };
}

