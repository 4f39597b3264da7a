import type { Route } from "@tandem/core";
import { addUsage } from "../dispatch-run";
import type { DispatchEvent } from "../dispatch-events";
import type { TargetSource } from "../target";
import { judgeAnswer } from "./judge-answer";
import type { StrategyContext, StrategyOutcome } from "./strategy";

/**
 * Self-Route style cascade: the tuned model answers first, held back (nothing is streamed) until it passes the
 * check — no hedge, enough confidence, content supported by the retrieved sources. If it passes, its text is
 * released; if not, the RAG chain (or rag-on-tuned) answers instead and streams. No half answer is ever replaced.
 */
export async function* cascade(context: StrategyContext): AsyncGenerator<DispatchEvent, StrategyOutcome> {
  const { run, input, settings } = context;
  run.mark("cascade-started", { first: "tuned", escalateTo: settings.escalateTo });
  const sources: Promise<TargetSource[] | undefined> = context.retrieve
    ? context.retrieve(input.query, run.signal).catch((error: unknown) => {
        run.mark("cascade-retrieval-failed", { reason: error instanceof Error ? error.message : String(error) });
        return undefined;
      })
    : Promise.resolve(undefined);
  const tuned = await run.buffered("tuned", input);
  const verdict = tuned.ok ? judgeAnswer(tuned.output, settings, await sources) : { usable: false, reason: `failed (${tuned.reason})` };
  const why = tuned.ok ? `the tuned answer ${verdict.reason}` : `the tuned model failed (${tuned.reason})`;
  const groundedness = verdict.groundedness === undefined ? {} : { groundedness: { tuned: verdict.groundedness } };

  if (tuned.ok && verdict.usable) {
    run.mark("cascade-accepted", { reason: verdict.reason });
    for (const piece of tuned.pieces) yield run.delta("both", piece);
    return {
      route: "both",
      output: tuned.output,
      targetMs: tuned.ms,
      execution: { strategy: "cascade", chosen: "tuned", reason: `the tuned answer stands: ${verdict.reason}`, escalated: false, ...groundedness },
    };
  }

  run.mark("cascade-escalated", { reason: why, to: settings.escalateTo });
  const order: Route[] = settings.escalateTo === "both" ? ["both", "rag"] : ["rag"];
  try {
    const served = yield* run.chain(order, input, true, "both");
    return {
      ...served,
      route: "both",
      output: { ...served.output, usage: addUsage(tuned.ok ? tuned.output.usage : undefined, served.output.usage) },
      targetMs: served.targetMs + (tuned.ok ? tuned.ms : 0),
      execution: { strategy: "cascade", chosen: served.route, reason: `escalated to ${served.route}: ${why}`, escalated: true, ...groundedness },
    };
  } catch (error) {
    // The held-back tuned answer can stand in, unless the escalation already streamed part of its own.
    if (!tuned.ok || run.signal?.aborted || !run.options.fallback || run.firstDeltaMs !== undefined) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    run.mark("fallback-used", { from: settings.escalateTo, to: "tuned", reason });
    for (const piece of tuned.pieces) yield run.delta("both", piece);
    return {
      route: "both",
      output: tuned.output,
      targetMs: tuned.ms,
      fallback: { from: settings.escalateTo, to: "tuned", reason },
      execution: { strategy: "cascade", chosen: "tuned", reason: `the escalation failed (${reason}), so the held-back tuned answer is served although it ${verdict.reason}`, escalated: true, ...groundedness },
    };
  }
}
