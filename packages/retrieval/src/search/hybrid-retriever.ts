import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { SearchHit } from "@tandem/core";
import type { ChromaStore } from "../store/chroma-store";
import { Bm25Index } from "./bm25-index";
import { reciprocalRankFusion } from "./reciprocal-rank-fusion";
import type { Retriever, SearchOptions } from "./retriever";
import { type ScoreNormalization, scoreFusion } from "./score-fusion";

/** Dense pseudo-relevance feedback: what the dense side adds to the query before it searches. */
export interface DenseFeedbackOptions {
  /** Top lexical (BM25) hits whose texts are embedded and added to the query vector. */
  documents: number;
  /** Weight of their mean vector beside the query's own (unit) vector. Default 0.5. */
  weight?: number;
}

export interface HybridRetrieverOptions {
  store: ChromaStore;
  embeddings: EmbeddingsInterface;
  /**
   * How the dense and lexical lists are combined: `"rrf"` — reciprocal rank fusion, Σ weight / (rrfK + rank);
   * `"score"` — weighted sum of each list's normalised scores (see `normalization`). Default "rrf".
   */
  fusion?: "rrf" | "score";
  /** Score normalisation of `fusion: "score"`: "min-max" or "z-score", per query and side. Default "min-max". */
  normalization?: ScoreNormalization;
  /** Weight of the dense list in the fusion. Default 1. */
  denseWeight?: number;
  /** Weight of the BM25 list. Default 1. */
  lexicalWeight?: number;
  /** RRF constant. Default 60. */
  rrfK?: number;
  /** Candidates taken from each side per requested hit. Default 4. */
  candidatesPerHit?: number;
  /**
   * Dense pseudo-relevance feedback (off by default): the dense side searches with
   * normalise(embed(query) + weight × mean(embed(text of the top `documents` BM25 hits))), Rocchio-style query
   * expansion in the embedding space. It costs one embedding call for those texts per search.
   */
  denseFeedback?: DenseFeedbackOptions;
}

export interface HybridRetriever extends Retriever {
  /** Rebuilds the lexical index from the collection (call after ingesting). */
  refresh(): Promise<void>;
}

/**
 * Hybrid search: dense (Chroma) and lexical (BM25 over the collection's chunks), fused with reciprocal rank fusion
 * (default) or weighted score fusion. Each hit exposes both sides' scores and ranks; `score` is the fused score
 * divided by the score of a hit that is first on every side (1 = first everywhere). A `where` filter applies to the dense side in Chroma and to the lexical side on the chunk metadata
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
    if (feedback) {
      const texts = lexicalHits.slice(0, feedback.documents).flatMap((hit) => metadata.get(hit.id)?.text ?? []);
      if (texts.length > 0) vector = expandQuery(vector, await options.embeddings.embedDocuments(texts), feedback.weight ?? 0.5);
    }
    searchOptions.signal?.throwIfAborted();
    const denseHits = await options.store.query(vector, { k: k * perHit, ...(searchOptions.where ? { where: searchOptions.where } : {}) });
    let fused: { id: string; score: number }[];
    let best: number;
    if (options.fusion === "score") {
      ({ fused, best } = scoreFusion(
        [
          { hits: denseHits, weight: denseWeight },
          { hits: lexicalHits, weight: lexicalWeight },
        ],
        options.normalization ?? "min-max",
      ));
    } else {
      fused = reciprocalRankFusion(
        [
          { ids: denseHits.map((hit) => hit.id), weight: denseWeight },
          { ids: lexicalHits.map((hit) => hit.id), weight: lexicalWeight },
        ],
        rrfK,
      );
      best = (denseWeight + lexicalWeight) / rrfK;
    }
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
          score: best > 0 ? score / best : score,
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

/** normalise(query + weight × mean(feedback)), for unit query and feedback vectors. */
function expandQuery(query: readonly number[], feedback: readonly number[][], weight: number): number[] {
  const expanded = query.map((value, index) => value + (weight / feedback.length) * feedback.reduce((sum, vector) => sum + (vector[index] ?? 0), 0));
  const norm = Math.sqrt(expanded.reduce((sum, value) => sum + value * value, 0)) || 1;
  return expanded.map((value) => value / norm);
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
