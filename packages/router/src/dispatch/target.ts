import { type RunnableConfig, type RunnableFunc, type RunnableInterface, RunnableLambda } from "@langchain/core/runnables";
import type { Citation, Usage } from "@tandem/core";
import { TandemError } from "@tandem/core";
import type { ConversationMessage } from "../conversation/conversation-message";

/** What every target receives. */
export interface TargetInput {
  /** The query to answer: standalone (a follow-up has been condensed with its context). */
  query: string;
  /** The earlier turns of the conversation, oldest first, when the query is part of one. */
  history?: ConversationMessage[];
}

/** A retrieved passage an answer was grounded on. */
export interface TargetSource {
  source: string;
  text: string;
}

/** What every target returns. */
export interface TargetOutput {
  text: string;
  citations: Citation[];
  usage?: Usage;
  /** True when the target said it cannot answer (e.g. the sources do not answer the question). */
  abstained?: boolean;
  /** 0..1 when the target can tell how sure it is (a similarity, a log-probability); cascade escalates below a bar. */
  confidence?: number;
  /** The retrieved passages given to the generator (RAG targets): what groundedness is measured against. */
  sources?: TargetSource[];
}

/**
 * A target is any Runnable from `{ query, history? }` to a TargetOutput: the tuned model, the RAG chain, both.
 * Streaming follows the LangChain convention: `.stream()` yields additive pieces of a TargetOutput — `text`
 * deltas, then the other fields once (citations, usage...). A target that does not stream yields its whole
 * output as one chunk, which works too.
 */
export type Target = RunnableInterface<TargetInput, TargetOutput>;

/**
 * A Target from an async generator of TargetOutput pieces (`{ text }` deltas, then citations, usage...):
 * `.stream()` yields the pieces as they come, `.invoke()` concatenates them.
 */
export function streamingTarget(generate: (input: TargetInput, config?: RunnableConfig) => AsyncGenerator<Partial<TargetOutput>>, name = "tandem_target"): Target {
  const lambda = RunnableLambda.from(generate as unknown as RunnableFunc<TargetInput, TargetOutput, RunnableConfig>);
  return lambda.withConfig({ runName: name });
}

export interface ReadTargetStreamOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  config?: RunnableConfig;
}

/**
 * Streams a target: yields its text deltas and returns the assembled output. The target gets its own
 * AbortController, aborted when the outer signal aborts, when `timeoutMs` passes (the error is then a TIMEOUT),
 * or when the consumer stops early.
 */
export async function* readTargetStream(target: Target, input: TargetInput, options: ReadTargetStreamOptions): AsyncGenerator<string, TargetOutput> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) controller.abort(options.signal.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const timeout = new TandemError({ code: "TIMEOUT", message: `timed out after ${options.timeoutMs} ms` });
  const timer = setTimeout(() => controller.abort(timeout), options.timeoutMs);
  const output: TargetOutput = { text: "", citations: [] };
  let iterator: AsyncIterator<unknown> | undefined;
  let finished = false;
  try {
    const stream = await untilAborted(target.stream(input, { ...options.config, signal: controller.signal }), controller.signal);
    iterator = stream[Symbol.asyncIterator]();
    for (;;) {
      const next = await untilAborted(iterator.next(), controller.signal);
      if (next.done) break;
      const chunk = next.value as Partial<TargetOutput>;
      if (typeof chunk.text === "string" && chunk.text.length > 0) {
        output.text += chunk.text;
        yield chunk.text;
      }
      mergeChunk(output, chunk);
    }
    finished = true;
    return output;
  } catch (error) {
    if (controller.signal.reason === timeout) throw timeout;
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
    if (!finished) {
      if (!controller.signal.aborted) controller.abort(new Error("the dispatcher stopped reading this target"));
      void iterator?.return?.().catch(() => undefined);
    }
  }
}

function mergeChunk(output: TargetOutput, chunk: Partial<TargetOutput>): void {
  if (chunk.citations && chunk.citations.length > 0) output.citations = chunk.citations;
  if (chunk.usage) output.usage = chunk.usage;
  if (chunk.abstained !== undefined) output.abstained = chunk.abstained;
  if (chunk.confidence !== undefined) output.confidence = chunk.confidence;
  if (chunk.sources) output.sources = chunk.sources;
}

/** Resolves like `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
