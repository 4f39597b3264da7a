import { RunnableLambda, type RunnableInterface } from "@langchain/core/runnables";
import type { Answer, Citation, Route, RouteDecision, TraceEvent, Usage } from "@tandem/core";
import { TandemError } from "@tandem/core";
import type { Router } from "../router";

/** What every target returns. */
export interface TargetOutput {
  text: string;
  citations: Citation[];
  usage?: Usage;
  /** True when the target said it cannot answer (e.g. the sources do not answer the question). */
  abstained?: boolean;
}

/** A target is any Runnable from `{ query }` to a TargetOutput: the tuned model, the RAG chain, both. */
export type Target = RunnableInterface<{ query: string }, TargetOutput>;

export interface DispatchInput {
  query: string;
  /** Force a route instead of asking the router. */
  route?: Route;
  metadata?: Record<string, string>;
}

export type DispatchResult = Omit<Answer, "models">;

export interface DispatcherOptions {
  router: Router;
  targets: Partial<Record<Route, Target>>;
  /** Per-target time limit in milliseconds; a target that exceeds it counts as failed. Default 60000. */
  timeoutMs?: number;
}

/** Which targets stand in when one fails, in order. */
const fallbackOrder: Record<Route, Route[]> = {
  tuned: ["rag"],
  rag: ["tuned"],
  both: ["rag", "tuned"],
};

/**
 * One LangChain Runnable that asks the router (unless a route is forced), runs the chosen target, and falls
 * back to another target when it fails or times out. The trace records every step.
 */
export function createDispatcher(options: DispatcherOptions) {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return RunnableLambda.from(async (input: DispatchInput, config): Promise<DispatchResult> => {
    const started = performance.now();
    const trace: TraceEvent[] = [];
    const mark = (type: string, data?: Record<string, unknown>) =>
      trace.push({ type, at: performance.now() - started, ...(data ? { data } : {}) });

    let decision: RouteDecision | undefined;
    let route: Route;
    if (input.route) {
      route = input.route;
      mark("route-forced", { route });
    } else {
      decision = await options.router.decide({ query: input.query, metadata: input.metadata, signal: config?.signal });
      route = decision.route;
      mark("route-decided", { route, confidence: decision.confidence });
    }

    const candidates = [route, ...fallbackOrder[route]].filter((candidate) => options.targets[candidate] !== undefined);
    if (candidates.length === 0) {
      throw new TandemError({ code: "NOT_CONFIGURED", message: `no target is configured for route "${route}"` });
    }
    const failures: { route: Route; reason: string }[] = [];
    for (const candidate of candidates) {
      const target = options.targets[candidate] as Target;
      mark("target-started", { route: candidate });
      const targetStarted = performance.now();
      try {
        const output = await withTimeout(
          (signal) => target.invoke({ query: input.query }, { ...config, signal }),
          timeoutMs,
          config?.signal,
        );
        const targetMs = performance.now() - targetStarted;
        mark("target-finished", { route: candidate, ms: targetMs, citations: output.citations.length });
        const first = failures[0];
        if (first) mark("fallback-used", { from: first.route, to: candidate, reason: first.reason });
        return {
          text: output.text,
          route: candidate,
          citations: output.citations,
          ...(decision ? { decision } : {}),
          ...(first ? { fallback: { from: first.route, to: candidate, reason: first.reason } } : {}),
          trace,
          ...(output.usage ? { usage: output.usage } : {}),
          timings: {
            totalMs: performance.now() - started,
            ...(decision ? { routeMs: decision.timings.totalMs } : {}),
            targetMs,
          },
        };
      } catch (error) {
        if (config?.signal?.aborted) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        failures.push({ route: candidate, reason });
        mark("target-failed", { route: candidate, reason });
      }
    }
    throw new TandemError({
      code: "TARGET_FAILED",
      message: `every target failed: ${failures.map((failure) => `${failure.route}: ${failure.reason}`).join("; ")}`,
      hint: "check the model server (OPENAI_BASE_URL) and the Chroma server (CHROMA_URL), then retry",
    });
  }).withConfig({ runName: "tandem_dispatch" });
}

async function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, timeoutMs: number, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener("abort", onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TandemError({ code: "TIMEOUT", message: `timed out after ${timeoutMs} ms` });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onAbort);
  }
}
