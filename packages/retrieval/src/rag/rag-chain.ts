import { dispatchCustomEvent } from "@langchain/core/callbacks/dispatch";
import type { CallbackManagerForChainRun } from "@langchain/core/callbacks/manager";
import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import type { AIMessageChunk } from "@langchain/core/messages";
import { patchConfig, Runnable, type RunnableConfig, type RunnableInterface } from "@langchain/core/runnables";
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

/** Chunks the RAG chain retrieves per question unless told otherwise. */
export const defaultRagK = 4;

export interface RagChainOptions {
  retriever: Retriever;
  /** Any chat model: the offline ExtractiveReader, a ChatOpenAI, or the tuned model ("both" route). */
  model: RunnableInterface<BaseLanguageModelInput, AIMessageChunk>;
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

/** A piece of a streamed RagAnswer: `text` deltas first, then one chunk with the other fields. */
export type RagAnswerChunk = Partial<RagAnswer>;

/**
 * The RAG chain as one LangChain Runnable: retrieve → numbered sources → model → answer whose `[n]` markers are
 * resolved to citations `{source, chunkId, span, quote}`. Input `{ query }`.
 * - `invoke()` resolves to the whole `RagAnswer`.
 * - `stream()` yields the model's tokens as they come (`{ text }` deltas), then one last chunk with the
 *   citations (resolved once the text is complete), hits, abstention and usage. The chunks are additive (the
 *   LangChain convention): concatenated, they are the RagAnswer.
 */
export class RagChain extends Runnable<{ query: string }, RagAnswerChunk> {
  lc_namespace = ["tandem", "retrieval", "rag"];
  private readonly k: number;

  static override lc_name(): string {
    return "TandemRagChain";
  }

  constructor(private readonly options: RagChainOptions) {
    super();
    this.k = options.k ?? defaultRagK;
  }

  override async invoke(input: { query: string }, options?: Partial<RunnableConfig>): Promise<RagAnswer> {
    const run = async (value: { query: string }, config?: Partial<RunnableConfig>, runManager?: CallbackManagerForChainRun): Promise<RagAnswer> => {
      let text = "";
      let rest: RagAnswerChunk = {};
      for await (const chunk of this.generate(value, patchConfig(config, { callbacks: runManager?.getChild() }))) {
        text += chunk.text ?? "";
        rest = { ...rest, ...chunk };
      }
      return { citations: [], hits: [], abstained: false, unresolvedMarkers: [], ...rest, text };
    };
    return (await this._callWithConfig(run, input, options)) as RagAnswer;
  }

  override async *_streamIterator(input: { query: string }, options?: Partial<RunnableConfig>): AsyncGenerator<RagAnswerChunk> {
    async function* single() {
      yield input;
    }
    yield* this._transformStreamWithConfig(
      single(),
      (inputs, runManager, config) => this.generateFrom(inputs, patchConfig(config, { callbacks: runManager?.getChild() })),
      options,
    );
  }

  private async *generateFrom(inputs: AsyncGenerator<{ query: string }>, config: Partial<RunnableConfig>): AsyncGenerator<RagAnswerChunk> {
    for await (const input of inputs) yield* this.generate(input, config);
  }

  private async *generate(input: { query: string }, config: Partial<RunnableConfig>): AsyncGenerator<RagAnswerChunk> {
    const started = performance.now();
    const hits = await this.options.retriever.search(input.query, { k: this.k, ...(config.signal ? { signal: config.signal } : {}) });
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
      yield { text: "The index holds no documents to answer from.", citations: [], hits, abstained: true, unresolvedMarkers: [] };
      return;
    }
    const messages = groundedMessages(input.query, contextBlocks(hits), this.options.system === undefined ? {} : { system: this.options.system });
    let text = "";
    let message: AIMessageChunk | undefined;
    for await (const chunk of await this.options.model.stream(messages, config)) {
      message = message ? message.concat(chunk) : chunk;
      const piece = messageContent(chunk);
      if (piece.length === 0) continue;
      text += piece;
      yield { text: piece };
    }
    const { citations, unresolvedMarkers } = resolveCitations(text, hits);
    const usage = message?.usage_metadata;
    yield {
      text: "",
      citations,
      hits,
      abstained: citations.length === 0 && abstention.test(text),
      unresolvedMarkers,
      ...(usage ? { usage: { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens } } : {}),
    };
  }
}

/** The RAG chain (see `RagChain`). */
export function createRagChain(options: RagChainOptions): RagChain {
  return new RagChain(options);
}
