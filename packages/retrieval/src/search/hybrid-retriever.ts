import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { SearchHit } from "@tandem/core";
import type { ChromaStore } from "../store/chroma-store";
import { Bm25Index } from "./bm25-index";
import { type DenseSideOptions, expandQueryVector } from "./dense-feedback";
import { type FusionOptions, fuseHits } from "./fuse-hits";
import type { Retriever, SearchOptions } from "./retriever";

/** `fusion`, `normalization` (FusionOptions) and `denseFeedback` (DenseSideOptions) tune the quality; see there. */
export interface HybridRetrieverOptions extends FusionOptions, DenseSideOptions {
  store: ChromaStore;
  embeddings: EmbeddingsInterface;
  /** Weight of the dense list in the fusion. Default 1. */
  denseWeight?: number;
  /** Weight of the BM25 list. Default 1. */
  lexicalWeight?: number;
  /** RRF constant. Default 60. */
  rrfK?: number;
  /** Candidates taken from each side per requested hit. Default 4. */
  candidatesPerHit?: number;
}

export interface HybridRetriever extends Retriever {
  /** Rebuilds the lexical index from the collection (call after ingesting). */
  refresh(): Promise<void>;
}

/**
 * Hybrid search: dense (Chroma) and lexical (BM25 over the collection's chunks) fused with reciprocal rank fusion.
 * Each hit exposes both sides' scores and ranks; `score` is the fused score normalised so that 1 means first on
 * every side. A `where` filter applies to the dense side in Chroma and to the lexical side on the chunk metadata
 * (equality conditions, combined with `$and`).
 */
export async function createHybridRetriever(options: HybridRetrieverOptions): Promise<HybridRetriever> {
  const denseWeight = options.denseWeight ?? 1;
  const lexicalWeight = options.lexicalWeight ?? 1;
  const rrfK = options.rrfK ?? 60;
  const perHit = options.candidatesPerHit ?? 4;
  const feedback = options.denseFeedback && options.denseFeedback.documents > 0 ? options.denseFeedback : undefined;
  let lexical = new Bm25Index([]);
  let metadata = new Map<string, SearchHit>();

  async function refresh(): Promise<void> {
    const chunks: SearchHit[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await options.store.list({ limit: 1000, offset });
      for (const chunk of page) chunks.push({ id: chunk.id, score: 0, source: String(chunk.metadata.source ?? ""), text: chunk.text, metadata: chunk.metadata });
      if (page.length < 1000) break;
    }
    lexical = new Bm25Index(chunks);
    metadata = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  }
  await refresh();

  async function search(query: string, searchOptions: SearchOptions = {}): Promise<SearchHit[]> {
    const k = searchOptions.k ?? 5;
    searchOptions.signal?.throwIfAborted();
    const accepts = searchOptions.where ? metadataFilter(searchOptions.where as Record<string, unknown>) : undefined;
    const lexicalHits = lexical.search(query, k * perHit, accepts ? (id) => accepts(metadata.get(id)?.metadata ?? {}) : undefined);
    let vector = await options.embeddings.embedQuery(query);
    if (feedback) vector = await expandQueryVector(options.embeddings, vector, lexicalHits.slice(0, feedback.documents).flatMap((hit) => metadata.get(hit.id)?.text ?? []), feedback);
    searchOptions.signal?.throwIfAborted();
    const denseHits = await options.store.query(vector, { k: k * perHit, ...(searchOptions.where ? { where: searchOptions.where } : {}) });
    const { fused, best } = fuseHits(denseHits, lexicalHits, { ...options, denseWeight, lexicalWeight, rrfK });
    const denseById = new Map(denseHits.map((hit, rank) => [hit.id, { hit, rank }]));
    const lexicalById = new Map(lexicalHits.map((hit, rank) => [hit.id, { hit, rank }]));
    return fused.slice(0, k).flatMap(({ id, score }) => {
      const dense = denseById.get(id);
      const lexicalSide = lexicalById.get(id);
      const base = dense?.hit ?? metadata.get(id);
      if (!base) return [];
      return [
        {
          ...base,
          score: score / best,
          scores: {
            fused: score,
            ...(dense ? { dense: dense.hit.score, denseRank: dense.rank } : {}),
            ...(lexicalSide ? { lexical: lexicalSide.hit.score, lexicalRank: lexicalSide.rank } : {}),
          },
        },
      ];
    });
  }

  return { search, refresh };
}

/** The lexical side of a Chroma `where`: equality on flat metadata, `$eq`, `$in`, and `$and`. */
function metadataFilter(where: Record<string, unknown>): (metadata: Record<string, unknown>) => boolean {
  const conditions = Object.entries(where).map(([key, condition]): ((metadata: Record<string, unknown>) => boolean) => {
    if (key === "$and" && Array.isArray(condition)) {
      const parts = condition.map((part) => metadataFilter(part as Record<string, unknown>));
      return (metadata) => parts.every((part) => part(metadata));
    }
    if (key === "$or" && Array.isArray(condition)) {
      const parts = condition.map((part) => metadataFilter(part as Record<string, unknown>));
      return (metadata) => parts.some((part) => part(metadata));
    }
    if (condition !== null && typeof condition === "object") {
      const operator = condition as Record<string, unknown>;
      if ("$eq" in operator) return (metadata) => metadata[key] === operator.$eq;
      if ("$ne" in operator) return (metadata) => metadata[key] !== operator.$ne;
      if ("$in" in operator && Array.isArray(operator.$in)) return (metadata) => (operator.$in as unknown[]).includes(metadata[key]);
      return () => true;
    }
    return (metadata) => metadata[key] === condition;
  });
  return (metadata) => conditions.every((condition) => condition(metadata));
}
