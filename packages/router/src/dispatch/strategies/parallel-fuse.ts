import { round, TandemError } from "@tandem/core";
import { addUsage, type Attempt } from "../dispatch-run";
import type { DispatchEvent } from "../dispatch-events";
import { groundedness } from "../groundedness";
import type { TargetOutput } from "../target";
import { judgeAnswer } from "./judge-answer";
import type { StrategyContext, StrategyOutcome } from "./strategy";

/** What joins the tuned answer and the RAG answer's cited sentences in a fused answer. */
export const fusionSeparator = "\n\nSources: ";

/**
 * Runs the tuned model and the RAG chain concurrently (each with its own AbortController and time limit), then
 * decides by groundedness against the retrieved sources:
 * - the tuned answer, when usable and at least `minGroundedness` supported, leads and the RAG answer's cited
 *   sentences follow (`fused`: the tuned model's form, the RAG chain's citations);
 * - otherwise the RAG answer alone; a failed, hedging or abstaining side leaves the other.
 * Nothing streams until both are in; then the chosen text streams.
 */
export async function* parallelFuse(context: StrategyContext): AsyncGenerator<DispatchEvent, StrategyOutcome> {
  const { run, input, settings } = context;
  run.mark("parallel-started", { targets: ["tuned", "rag"] });
  const [tuned, rag] = await Promise.all([run.buffered("tuned", input), run.buffered("rag", input)]);
  const targetMs = Math.max(tuned.ok ? tuned.ms : 0, rag.ok ? rag.ms : 0);
  const usage = addUsage(tuned.ok ? tuned.output.usage : undefined, rag.ok ? rag.output.usage : undefined);
  const ragUsable = rag.ok && !rag.output.abstained;
  // Sources the RAG chain could not answer from say nothing about the tuned answer.
  const sources = ragUsable ? (rag.output.sources ?? []) : [];
  const tunedVerdict = tuned.ok ? judgeAnswer(tuned.output, settings, sources) : undefined;
  const measured = {
    ...(tunedVerdict?.groundedness === undefined ? {} : { tuned: tunedVerdict.groundedness }),
    ...(ragUsable && sources.length > 0 ? { rag: round(groundedness(rag.output.text, sources).share, 3) } : {}),
  };
  const execution = (chosen: "tuned" | "rag" | "fused", reason: string) => ({ strategy: "parallel-fuse" as const, chosen, reason, groundedness: measured });
  run.mark("parallel-finished", { tuned: describe(tuned), rag: describe(rag), groundedness: measured });

  if (!tuned.ok && !rag.ok) {
    throw new TandemError({
      code: "TARGET_FAILED",
      message: `both targets failed: tuned: ${tuned.reason}; rag: ${rag.reason}`,
      hint: "check the model server (OPENAI_BASE_URL) and the Chroma server (CHROMA_URL), then retry",
    });
  }
  const serve = async function* (output: TargetOutput, pieces: readonly string[], chosen: "tuned" | "rag" | "fused", reason: string): AsyncGenerator<DispatchEvent, StrategyOutcome> {
    run.mark("parallel-chosen", { chosen, reason });
    for (const piece of pieces) yield run.delta("both", piece);
    return { route: "both", output: { ...output, usage }, targetMs, execution: execution(chosen, reason) };
  };

  if (tuned.ok && tunedVerdict?.usable && tunedVerdict.groundedness !== undefined && ragUsable) {
    const lead = tuned.output.text.trimEnd();
    const tail = `${fusionSeparator}${rag.output.text.trim()}`;
    const pieces = [...leadPieces(tuned.pieces, lead.length), tail];
    const text = `${lead}${tail}`;
    return yield* serve({ ...rag.output, text }, pieces, "fused", `the tuned answer is supported by the sources (${tunedVerdict.reason}); the RAG answer's cited sentences follow it`);
  }
  if (rag.ok && (ragUsable || !tuned.ok || !tunedVerdict?.usable)) {
    const why = !tuned.ok ? `the tuned model failed (${tuned.reason})` : `the tuned answer ${tunedVerdict?.reason ?? "was not checked"}`;
    return yield* serve(rag.output, rag.pieces, "rag", ragUsable ? why : `${why}, and the RAG chain abstained too`);
  }
  if (!tuned.ok) throw new Error("unreachable: one side succeeded");
  const why = !rag.ok ? `the RAG chain failed (${rag.reason})` : "the RAG chain found no answer in the sources";
  return yield* serve(tuned.output, tuned.pieces, "tuned", `${why}; the tuned answer is served without citations (${tunedVerdict?.reason ?? "not checked"})`);
}

function describe(attempt: Attempt): Record<string, unknown> {
  return attempt.ok ? { ok: true, ms: attempt.ms, abstained: attempt.output.abstained ?? false } : { ok: false, reason: attempt.reason };
}

/** The pieces that make up the first `length` characters of their concatenation. */
function leadPieces(pieces: readonly string[], length: number): string[] {
  const lead: string[] = [];
  let used = 0;
  for (const piece of pieces) {
    if (used >= length) break;
    const part = piece.slice(0, length - used);
    lead.push(part);
    used += part.length;
  }
  return lead;
}
