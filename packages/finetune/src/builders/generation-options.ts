import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { ChunkSource } from "./chunk-source";
import type { TokenPrices } from "./generation-estimate";
import type { RunProgress } from "./run-checkpointed";

/** The options of a model call of a run (its abort signal). */
export function callOptions(options: GenerationRunOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}

/** Options every generator shares: where chunks come from, where output goes, and how calls are run. */
export interface GenerationRunOptions {
  source: ChunkSource;
  /** Output: OpenAI chat SFT JSONL. */
  out: string;
  /** Checkpoint JSONL. Default `<out>.checkpoint.jsonl`. */
  checkpoint?: string;
  /** Model name for the estimate and the checkpoint fingerprint. Default: the model's own name. */
  modelName?: string;
  /** Chunks to use at most, spread over the documents. Default: all. */
  limit?: number;
  /** Chunks shorter than this are set aside (and counted). Default 120 characters. */
  minChunkCharacters?: number;
  /** Chunks in flight at once. Default 4. */
  concurrency?: number;
  /** Retries per chunk after a failed call or an unusable reply. Default 3. */
  retries?: number;
  /** First retry delay, doubling. Default 1000 ms. */
  retryDelayMs?: number;
  /** Prices for the estimate when the model is not in the built-in table. */
  prices?: TokenPrices;
  onProgress?: (progress: RunProgress) => void;
  /** Stops the run: no new chunk starts, model calls in flight are aborted; finished chunks stay in the checkpoint. */
  signal?: AbortSignal;
}

/** A chat model's name (`modelName`, `model`, else its LangChain type). */
export function modelNameOf(model: BaseChatModel): string {
  const named = model as unknown as { modelName?: string; model?: string };
  return named.modelName ?? named.model ?? model._llmType();
}

/** The run settings of the options, for `runCheckpointed`. */
export function runSettings(options: GenerationRunOptions): { concurrency?: number; retries?: number; retryDelayMs?: number; onItem?: (progress: RunProgress) => void; signal?: AbortSignal } {
  return {
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
    ...(options.onProgress ? { onItem: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}
