import type { SearchHit } from "@tandem/core";

/**
 * Reorders the fused candidates of a hybrid search (e.g. a cross-encoder). It receives the best candidates after
 * fusion and duplicate collapse, and returns them (or a subset) best first; it may set `scores.rerank`. Tandem
 * ships no reranking model (none can be downloaded here); plug one in through this interface.
 */
export interface Reranker {
  rerank(query: string, hits: readonly SearchHit[], options?: { signal?: AbortSignal }): Promise<SearchHit[]>;
}
