// Test targets: plain RunnableLambdas that stream word pieces (the LangChain convention targets follow).
import { RunnableLambda } from "@langchain/core/runnables";
import type { Citation } from "@tandem/core";
import type { TargetInput, TargetOutput, TargetSource } from "./target";

export interface FakeTargetOptions {
  /** Delay before each piece, in milliseconds. Default 0. */
  delayMs?: number;
  /** Throw this instead of answering, before any text. */
  fail?: string;
  /** Throw after this many pieces (a stream cut mid-answer). */
  failAfterPieces?: number;
  citations?: Citation[];
  sources?: TargetSource[];
  abstained?: boolean;
  confidence?: number;
}

export interface FakeTarget {
  runnable: RunnableLambda<TargetInput, TargetOutput>;
  calls: TargetInput[];
  /** performance.now() when each call finished its last piece. */
  finishedAt: number[];
  startedAt: number[];
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/** A target answering `text` in word pieces, then citations/usage/sources in a last chunk. */
export function fakeTarget(text: string, options: FakeTargetOptions = {}): FakeTarget {
  const calls: TargetInput[] = [];
  const finishedAt: number[] = [];
  const startedAt: number[] = [];
  const runnable = RunnableLambda.from(async function* (input: TargetInput, config): AsyncGenerator<TargetOutput> {
    calls.push(input);
    startedAt.push(performance.now());
    if (options.fail) {
      await sleep(options.delayMs ?? 0, config?.signal);
      throw new Error(options.fail);
    }
    const pieces = text.match(/\S+\s*|\s+/g) ?? [];
    for (const [index, piece] of pieces.entries()) {
      if (options.failAfterPieces !== undefined && index >= options.failAfterPieces) throw new Error("stream cut");
      await sleep(options.delayMs ?? 0, config?.signal);
      yield { text: piece, citations: [] };
    }
    finishedAt.push(performance.now());
    yield {
      text: "",
      citations: options.citations ?? [],
      usage: { inputTokens: 10, outputTokens: pieces.length },
      ...(options.sources ? { sources: options.sources } : {}),
      ...(options.abstained !== undefined ? { abstained: options.abstained } : {}),
      ...(options.confidence !== undefined ? { confidence: options.confidence } : {}),
    };
  }) as unknown as RunnableLambda<TargetInput, TargetOutput>;
  return { runnable, calls, finishedAt, startedAt };
}

export const citation = (marker: number, source: string, quote: string): Citation => ({ marker, source, chunkId: `${source}#0`, span: { start: 0, end: quote.length }, quote });
