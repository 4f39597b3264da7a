import type { SearchHit } from "@tandem/core";

/** A chunk of the corpus a builder works from (what an index stores). */
export interface SourceChunk {
  id: string;
  text: string;
  /** The document it comes from (path or URL); splits by source keep a document on one side. */
  source: string;
  metadata: Record<string, unknown>;
}

/** Where builders read chunks from. The app wires it to the vector store; tests to an array. */
export interface ChunkSource {
  chunks(): AsyncIterable<SourceChunk>;
}

/**
 * Hard-negative distractors for a question: the top `k` hits of a search over the same index (the app wires the
 * hybrid retriever). Results may include the oracle; the builder removes it.
 */
export type DistractorRetriever = (query: string, k: number) => Promise<SearchHit[]>;

/** A ChunkSource over chunks in memory. */
export function chunkSourceFromArray(chunks: readonly SourceChunk[]): ChunkSource {
  return {
    async *chunks() {
      yield* chunks;
    },
  };
}
