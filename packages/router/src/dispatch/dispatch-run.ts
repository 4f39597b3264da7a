import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import type { CallbackManager, Callbacks } from "@langchain/core/callbacks/manager";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { Route, TraceEvent, Usage } from "@tandem/core";
import { TandemError } from "@tandem/core";
import type { CircuitBreaker } from "./circuit-breaker";
import type { DispatchEvent } from "./dispatch-events";
import { readTargetStream, type Target, type TargetInput, type TargetOutput } from "./target";

/** One target's run: its output and text pieces (in order), or why it failed. */
export type Attempt =
  | { ok: true; route: Route; output: TargetOutput; pieces: string[]; ms: number }
  | { ok: false; route: Route; reason: string; streamed: boolean };

/** What served the answer. */
export interface Served {
  route: Route;
  output: TargetOutput;
  targetMs: number;
  fallback?: { from: Route; to: Route; reason: string };
}

export interface DispatchRunOptions {
  targets: Partial<Record<Route, Target>>;
  breakers: Record<Route, CircuitBreaker>;
  timeoutMs: number;
  fallback: boolean;
  /** Stream text deltas as they arrive (false: the caller only wants the final answer). */
  live: boolean;
  config?: RunnableConfig;
}

/**
 * The state of one request: its trace, and how it runs targets (timeouts, circuit breakers, fallback).
 * LangChain custom events a target dispatches (`dispatchCustomEvent(name, data)`, e.g. a RAG chain's
 * `retrieval-finished`) join the trace under their name, timed like the dispatcher's own events.
 */
export class DispatchRun {
  readonly trace: TraceEvent[] = [];
  readonly started = performance.now();
  firstDeltaMs: number | undefined;
  private readonly targetConfig: RunnableConfig;

  constructor(readonly options: DispatchRunOptions) {
    const recorder = BaseCallbackHandler.fromMethods({
      handleCustomEvent: (name: string, data: unknown) => {
        this.mark(name, data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : { value: data });
      },
    });
    this.targetConfig = { ...options.config, callbacks: withHandler(options.config?.callbacks, recorder) };
  }

  get signal(): AbortSignal | undefined {
    return this.options.config?.signal;
  }

  mark(type: string, data?: Record<string, unknown>): void {
    this.trace.push({ type, at: performance.now() - this.started, ...(data ? { data } : {}) });
  }

  delta(route: Route, text: string): DispatchEvent {
    this.firstDeltaMs ??= performance.now() - this.started;
    return { type: "delta", route, text };
  }

  /**
   * Runs one target behind its circuit breaker. With `live`, yields its deltas (labelled `label`) as they come;
   * otherwise keeps them in `pieces`. Never throws for a target failure (returns it), only when aborted.
   */
  async *attempt(route: Route, input: TargetInput, live: boolean, label: Route = route): AsyncGenerator<DispatchEvent, Attempt> {
    const target = this.options.targets[route];
    if (!target) return { ok: false, route, reason: `no ${route} target is configured`, streamed: false };
    const breaker = this.options.breakers[route];
    const permit = breaker.acquire();
    if (!permit.allowed) {
      this.mark("circuit-skipped", { route, retryInMs: Math.round(permit.retryInMs) });
      return { ok: false, route, reason: `circuit open after repeated failures (retry in ${Math.ceil(permit.retryInMs / 1000)} s)`, streamed: false };
    }
    if (permit.probe) this.mark("circuit-half-open", { route });
    this.mark("target-started", { route });
    const started = performance.now();
    const pieces: string[] = [];
    let streamed = false;
    const stream = readTargetStream(target, input, { timeoutMs: this.options.timeoutMs, ...(this.signal ? { signal: this.signal } : {}), config: this.targetConfig });
    try {
      let next = await stream.next();
      while (!next.done) {
        pieces.push(next.value);
        if (live) {
          streamed = true;
          yield this.delta(label, next.value);
        }
        next = await stream.next();
      }
      const ms = performance.now() - started;
      if (breaker.success() === "closed") this.mark("circuit-closed", { route });
      this.mark("target-finished", { route, ms, citations: next.value.citations.length });
      return { ok: true, route, output: next.value, pieces, ms };
    } catch (error) {
      if (this.signal?.aborted) {
        breaker.cancel();
        throw error;
      }
      const reason = error instanceof Error ? error.message : String(error);
      this.mark("target-failed", { route, reason, ...(streamed ? { afterText: true } : {}) });
      if (breaker.failure() === "opened") this.mark("circuit-opened", { route, ...breaker.status() });
      return { ok: false, route, reason, streamed };
    } finally {
      await stream.return(undefined as never).catch(() => undefined);
    }
  }

  /** Runs a target to completion without streaming (for strategies that must see the whole answer first). */
  async buffered(route: Route, input: TargetInput): Promise<Attempt> {
    const run = this.attempt(route, input, false);
    let next = await run.next();
    while (!next.done) next = await run.next();
    return next.value;
  }

  /**
   * Runs the first route of `order` that works: a failed or skipped (circuit open) target falls back to the
   * next — unless fallback is off, or the failed target had already streamed text (it cannot be taken back).
   */
  async *chain(order: readonly Route[], input: TargetInput, live: boolean, label?: Route): AsyncGenerator<DispatchEvent, Served> {
    const configured = order.filter((route) => this.options.targets[route] !== undefined);
    const firstConfigured = order.findIndex((route) => this.options.targets[route] !== undefined);
    for (const missing of order.slice(0, firstConfigured < 0 ? order.length : firstConfigured)) this.mark("target-missing", { route: missing });
    const candidates = this.options.fallback ? configured : configured.slice(0, 1);
    if (candidates.length === 0) {
      throw new TandemError({
        code: "NOT_CONFIGURED",
        message: `no target is configured for route "${order[0]}"`,
        hint: order[0] === "tuned" ? "configure the tuned model (tuned: / models.tuned), or ask another route" : order[0] === "rag" ? "configure documents (rag:), or ask another route" : "\"both\" needs the tuned model and documents; configure both, or ask another route",
      });
    }
    const failures: { route: Route; reason: string }[] = [];
    for (const [index, route] of candidates.entries()) {
      const attempt = yield* this.attempt(route, input, live, label ?? route);
      if (attempt.ok) {
        const first = failures[0];
        if (first) this.mark("fallback-used", { from: first.route, to: route, reason: first.reason });
        return { route, output: attempt.output, targetMs: attempt.ms, ...(first ? { fallback: { from: first.route, to: route, reason: first.reason } } : {}) };
      }
      failures.push({ route, reason: attempt.reason });
      if (attempt.streamed) {
        this.mark("fallback-skipped", { route, reason: "part of the answer was already streamed" });
        throw new TandemError({
          code: "TARGET_FAILED",
          message: `${route} failed after part of its answer was streamed: ${attempt.reason}`,
          hint: "retry the request; the partial answer is incomplete",
        });
      }
      const next = candidates[index + 1];
      if (next) yield { type: "fallback", route: label ?? next, from: route, reason: attempt.reason };
    }
    throw new TandemError({
      code: "TARGET_FAILED",
      message: `every target failed: ${failures.map((failure) => `${failure.route}: ${failure.reason}`).join("; ")}`,
      hint: this.options.fallback ? "check the model server (OPENAI_BASE_URL) and the Chroma server (CHROMA_URL), then retry" : "fallback is off for this request",
    });
  }
}

/** Sum of the usages that exist. */
export function addUsage(...usages: (Usage | undefined)[]): Usage | undefined {
  const present = usages.filter((usage): usage is Usage => usage !== undefined);
  if (present.length === 0) return undefined;
  return { inputTokens: present.reduce((sum, usage) => sum + usage.inputTokens, 0), outputTokens: present.reduce((sum, usage) => sum + usage.outputTokens, 0) };
}

/** The callbacks plus one handler, without changing the caller's callback manager. */
function withHandler(callbacks: Callbacks | undefined, handler: BaseCallbackHandler): Callbacks {
  if (callbacks === undefined) return [handler];
  if (Array.isArray(callbacks)) return [...callbacks, handler];
  return (callbacks as CallbackManager).copy([handler]);
}
