import type { CallbackManagerForChainRun } from "@langchain/core/callbacks/manager";
import { patchConfig, Runnable, type RunnableConfig } from "@langchain/core/runnables";
import type { ConversationTurn, Route, RouteDecision } from "@tandem/core";
import { routes, TandemError } from "@tandem/core";
import type { ConversationMessage } from "../conversation/conversation-message";
import type { Condenser } from "../conversation/llm-condenser";
import { routeConversation } from "../conversation/route-conversation";
import type { Router } from "../router";
import type { EvidenceProbe } from "../signals/evidence";
import { CircuitBreaker, type CircuitStatus } from "./circuit-breaker";
import type { DispatchEvent, DoneEvent } from "./dispatch-events";
import { DispatchRun, type Served } from "./dispatch-run";
import { cascade } from "./strategies/cascade";
import { parallelFuse } from "./strategies/parallel-fuse";
import type { StrategyContext, StrategyOutcome } from "./strategies/strategy";
import type { Target, TargetInput } from "./target";

export interface DispatchInput {
  /** The question — in a conversation, its last user message. */
  query: string;
  /** Force a route instead of asking the router. */
  route?: Route;
  /** Request metadata rules can match (user tier, tenant...). */
  metadata?: Record<string, string>;
  /** Earlier turns of the conversation, oldest first: the router then routes on the conversation. */
  history?: ConversationMessage[];
  /** false: only the chosen target runs, no fallback (e.g. to label outcomes). Default: router `fallback.enabled`. */
  fallback?: boolean;
}

export interface DispatcherOptions {
  /** The router — or a function returning the current one, so a server can swap it when its config reloads. */
  router: Router | (() => Router);
  /** tuned, rag, and optionally both (rag-on-tuned: retrieved context into the tuned model). */
  targets: Partial<Record<Route, Target>>;
  /** Per-target time limit in milliseconds, unless `router.fallback.timeoutMs` is set. Default 60000. */
  timeoutMs?: number;
  /** Retrieval for cascade's support check (typically the router's evidence probe). Without it, cascade checks hedges and confidence only. */
  retrieve?: EvidenceProbe;
  /** Rewrites follow-ups when `router.conversation.condense` is `llm` (see createLlmCondenser). */
  condenser?: Condenser;
  /** Clock of the circuit breakers, in milliseconds. Default Date.now. */
  now?: () => number;
}

/** Which targets stand in when one fails, in order. */
const fallbackOrder: Record<Route, Route[]> = {
  tuned: ["tuned", "rag"],
  rag: ["rag", "tuned"],
  both: ["both", "rag", "tuned"],
};

/**
 * One LangChain Runnable that routes (the query, or the conversation), executes the route — tuned, rag, or
 * both by the configured strategy — falls back behind a circuit breaker per target, and records every step.
 *
 * `invoke()` resolves to the answer (a `done` event). `stream()` / `events()` yield the decision first
 * (`route`), then text `delta`s that each carry the route, then `done` with citations, trace and usage.
 */
export class Dispatcher extends Runnable<DispatchInput, DispatchEvent> {
  lc_namespace = ["tandem", "router", "dispatch"];
  private readonly breakers: Record<Route, CircuitBreaker>;

  static override lc_name(): string {
    return "TandemDispatcher";
  }

  constructor(private readonly options: DispatcherOptions) {
    super();
    this.breakers = Object.fromEntries(routes.map((route) => [route, new CircuitBreaker(options.now ? { now: options.now } : {})])) as Record<Route, CircuitBreaker>;
  }

  /** The router in use now. */
  get router(): Router {
    return typeof this.options.router === "function" ? this.options.router() : this.options.router;
  }

  override async invoke(input: DispatchInput, options?: Partial<RunnableConfig>): Promise<DoneEvent> {
    const run = async (value: DispatchInput, config?: Partial<RunnableConfig>, runManager?: CallbackManagerForChainRun): Promise<DoneEvent> => {
      let done: DoneEvent | undefined;
      for await (const event of this.execute(value, patchConfig(config, { callbacks: runManager?.getChild() }), false)) {
        if (event.type === "done") done = event;
      }
      if (!done) throw new TandemError({ code: "INTERNAL", message: "the dispatcher finished without an answer" });
      return done;
    };
    return (await this._callWithConfig(run, input, options)) as DoneEvent;
  }

  override async *_streamIterator(input: DispatchInput, options?: Partial<RunnableConfig>): AsyncGenerator<DispatchEvent> {
    yield* this.execute(input, options ?? {}, true);
  }

  /** The event stream as a plain async iterator: `for await (const event of dispatcher.events({ query }))`. */
  events(input: DispatchInput, options: Partial<RunnableConfig> = {}): AsyncGenerator<DispatchEvent> {
    return this.execute(input, options, true);
  }

  /** The circuit of each target (for health endpoints). */
  circuits(): Record<Route, CircuitStatus> {
    return Object.fromEntries(routes.map((route) => [route, this.breakers[route].status()])) as Record<Route, CircuitStatus>;
  }

  private async *execute(input: DispatchInput, config: Partial<RunnableConfig>, live: boolean): AsyncGenerator<DispatchEvent> {
    const router = this.router; // one router per request, even if the config reloads meanwhile
    const settings = router.config;
    for (const breaker of Object.values(this.breakers)) breaker.configure(settings.fallback);
    const { runName: _runName, runId: _runId, ...targetConfig } = config;
    const run = new DispatchRun({
      targets: this.options.targets,
      breakers: this.breakers,
      timeoutMs: settings.fallback.timeoutMs ?? this.options.timeoutMs ?? 60_000,
      fallback: input.fallback ?? settings.fallback.enabled,
      live,
      config: targetConfig,
    });
    const signal = config.signal;

    const routed = await this.decideFor(router, input, signal);
    const { query, conversation, decision } = routed;
    if (routed.condenserError) run.mark("condenser-failed", { reason: routed.condenserError });
    if (conversation && conversation.condensedBy !== "none") run.mark("conversation-condensed", { by: conversation.condensedBy, standalone: query, cues: conversation.cues });

    let route: Route;
    if (input.route) {
      route = input.route;
      run.mark("route-forced", { route });
    } else {
      route = (decision as RouteDecision).route;
      run.mark("route-decided", { route, confidence: (decision as RouteDecision).confidence });
    }
    yield { type: "route", route, forced: input.route !== undefined, ...(decision ? { decision } : {}), ...(conversation ? { conversation } : {}) };

    const targetInput: TargetInput = { query, ...(input.history && input.history.length > 0 ? { history: input.history } : {}) };
    const served: Served | StrategyOutcome = yield* this.executeRoute(route, run, targetInput, settings.both);

    yield {
      type: "done",
      text: served.output.text,
      route: served.route,
      citations: served.output.citations,
      ...(decision ? { decision } : {}),
      ...(served.fallback ? { fallback: served.fallback } : {}),
      ...("execution" in served ? { execution: served.execution } : {}),
      ...(conversation ? { conversation } : {}),
      trace: run.trace,
      ...(served.output.usage ? { usage: served.output.usage } : {}),
      timings: {
        totalMs: performance.now() - run.started,
        ...(decision ? { routeMs: decision.timings.totalMs } : {}),
        targetMs: served.targetMs,
        ...(live && run.firstDeltaMs !== undefined ? { firstDeltaMs: run.firstDeltaMs } : {}),
      },
    };
  }

  /**
   * The decision alone, without answering: on the query, or — with `history` — on the conversation (follow-ups
   * condensed into a standalone query, the conversation's route kept unless the evidence changes).
   */
  async route(input: Omit<DispatchInput, "route" | "fallback">, options: { signal?: AbortSignal } = {}): Promise<{ decision: RouteDecision; conversation?: ConversationTurn }> {
    const routed = await this.decideFor(this.router, input, options.signal);
    return { decision: routed.decision as RouteDecision, ...(routed.conversation ? { conversation: routed.conversation } : {}) };
  }

  /** Routes the query or the conversation; with a forced route, only condenses (no decision). */
  private async decideFor(router: Router, input: DispatchInput, signal: AbortSignal | undefined) {
    let query = input.query;
    let conversation: ConversationTurn | undefined;
    let decision: RouteDecision | undefined;
    let condenserError: string | undefined;
    if (input.history?.some((message) => message.role === "user")) {
      const routed = await routeConversation({
        router,
        history: input.history,
        query: input.query,
        ...(this.options.condenser ? { condenser: this.options.condenser } : {}),
        ...(input.metadata ? { metadata: input.metadata } : {}),
        ...(signal ? { signal } : {}),
        decide: input.route === undefined,
      });
      conversation = routed.turn;
      decision = routed.decision;
      query = routed.turn.standalone;
      condenserError = routed.condenserError;
    }
    if (!input.route) decision ??= await router.decide({ query, ...(input.metadata ? { metadata: input.metadata } : {}), ...(signal ? { signal } : {}) });
    return { query, conversation, decision, condenserError };
  }

  private async *executeRoute(route: Route, run: DispatchRun, input: TargetInput, both: Router["config"]["both"]): AsyncGenerator<DispatchEvent, Served | StrategyOutcome> {
    const targets = this.options.targets;
    if (route === "both" && both.strategy !== "rag-on-tuned" && targets.tuned && targets.rag) {
      const context: StrategyContext = { run, input, settings: both, ...(this.options.retrieve ? { retrieve: this.retrieval(this.options.retrieve) } : {}) };
      return yield* both.strategy === "cascade" ? cascade(context) : parallelFuse(context);
    }
    const served = yield* run.chain(fallbackOrder[route], input, run.options.live);
    if (route === "both" && served.route === "both") {
      return { ...served, execution: { strategy: "rag-on-tuned", chosen: "both", reason: "the retrieved context went into the tuned model (one call)" } };
    }
    return served;
  }

  private retrieval(probe: EvidenceProbe): StrategyContext["retrieve"] {
    const k = this.router.config.evidence.k;
    return async (query, signal) => (await probe(query, { k, ...(signal ? { signal } : {}) })).map((hit) => ({ source: hit.source, text: hit.text }));
  }
}

/** Creates the dispatcher (see `Dispatcher`). */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  return new Dispatcher(options);
}
