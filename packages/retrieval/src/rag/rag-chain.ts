import { dispatchCustomEvent } from "@langchain/core/callbacks/dispatch";
import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import type { BaseMessage } from "@langchain/core/messages";
import { type Runnable, RunnableLambda, type RunnableInterface } from "@langchain/core/runnables";
import type { Citation, SearchHit, Usage } from "@tandem/core";
import { type ContextBlock, groundedMessages, messageContent } from "@tandem/models";
import type { Retriever } from "../search/retriever";
import { resolveCitations } from "./resolve-citations";

/** What the RAG chain returns. */
export interface RagAnswer {
  text: string;
  citations: Citation[];
  /** The retrieved chunks given to the model, in marker order. */
  hits: SearchHit[];
  /** True when the model said the sources do not answer (or nothing was retrieved). */
  abstained: boolean;
  /** Markers in the text that refer to no retrieved chunk (dropped from citations). */
  unresolvedMarkers: number[];
  usage?: Usage;
}

export interface RagChainOptions {
  retriever: Retriever;
  /** Any chat model: the offline ExtractiveReader, a ChatOpenAI, or the tuned model ("both" route). */
  model: RunnableInterface<BaseLanguageModelInput, BaseMessage>;
  /** Chunks retrieved per question. Default 4. */
  k?: number;
  /** System message for the model. Default: @tandem/models' grounded-answering instruction. */
  system?: string;
}

/** Name of the LangChain custom event the chain dispatches after retrieving (also the trace event's type). */
export const retrievalFinishedEvent = "retrieval-finished";

const abstention = /sources do not (?:answer|contain)|cannot answer from the sources|not in the (?:given )?sources/i;

/** Numbered context blocks from hits: marker i+1, the source, its title and heading path. */
export function contextBlocks(hits: readonly SearchHit[]): ContextBlock[] {
  return hits.map((hit, index) => {
    const title = [hit.metadata.title, hit.metadata.headings].filter((part) => typeof part === "string" && part).join(" › ");
    return { marker: index + 1, source: hit.source, ...(title ? { title } : {}), text: hit.text };
  });
}

/**
 * The RAG chain as one LangChain Runnable: retrieve → numbered sources → model → answer whose `[n]` markers are
 * resolved to citations `{source, chunkId, span, quote}`. Input `{ query }`, output `RagAnswer`.
 * `.stream()` yields the finished RagAnswer as a single chunk (token streaming goes through the model itself).
 */
export function createRagChain(options: RagChainOptions): Runnable<{ query: string }, RagAnswer> {
  const k = options.k ?? 4;
  return RunnableLambda.from(async (input: { query: string }, config): Promise<RagAnswer> => {
    const started = performance.now();
    const hits = await options.retriever.search(input.query, { k, ...(config?.signal ? { signal: config.signal } : {}) });
    // Per-hit scores of each side, for the answer's trace (a LangChain custom event: callbacks and streamEvents see it).
    await dispatchCustomEvent(
      retrievalFinishedEvent,
      {
        ms: performance.now() - started,
        hits: hits.map((hit) => ({ id: hit.id, source: hit.source, score: hit.score, ...hit.scores, ...(hit.collapsed ? { collapsed: hit.collapsed } : {}) })),
      },
      config,
    );
    if (hits.length === 0) {
      return { text: "The index holds no documents to answer from.", citations: [], hits, abstained: true, unresolvedMarkers: [] };
    }
    const messages = groundedMessages(input.query, contextBlocks(hits), options.system === undefined ? {} : { system: options.system });
    const message = await options.model.invoke(messages, config);
    const text = messageContent(message);
    const { citations, unresolvedMarkers } = resolveCitations(text, hits);
    const usage = (message as { usage_metadata?: { input_tokens: number; output_tokens: number } }).usage_metadata;
    return {
      text,
      citations,
      hits,
      abstained: citations.length === 0 && abstention.test(text),
      unresolvedMarkers,
      ...(usage ? { usage: { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens } } : {}),
    };
  }).withConfig({ runName: "tandem_rag" });
}
