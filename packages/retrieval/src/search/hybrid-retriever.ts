import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { ChunkMetadata, SearchHit } from "@tandem/core";
import type { ChromaStore } from "../store/chroma-store";
import { type DenseSideOptions, moveQueryVector } from "./dense-feedback";
import { type FusionOptions, fuseHits } from "./fuse-hits";
import { LexicalIndex } from "./lexical-index";
import { collapseNearDuplicates } from "./near-duplicates";
import type { Reranker } from "./reranker";
import type { Retriever, SearchOptions } from "./retriever";
import { compileWhere, type WhereFilter } from "./where-filter";

/** Which side(s) answer a search. */
export type SearchMode = "hybrid" | "dense" | "lexical";

/** `fusion`, `normalization` (FusionOptions) and `denseFeedback` (DenseSideOptions) tune the quality; see there. */
export interface HybridRetrieverOptions extends FusionOptions, DenseSideOptions {
  store: ChromaStore;
  embeddings: EmbeddingsInterface;
  /** The BM25 side. Default: built in memory from the whole collection (pass `LexicalIndex.open(...)` to persist it). */
  lexical?: LexicalIndex;
  /** Weight of the dense list in the fusion. Default 1. */
  denseWeight?: number;
  /** Weight of the BM25 list. Default 1. */
  lexicalWeight?: number;
  /** RRF constant (ranks 0-based). Default 60. */
  rrfK?: number;
  /** Candidates taken from each side. Default: 4 per requested hit. */
  candidates?: number;
  /** Candidates per requested hit when `candidates` is not set. Default 4. */
  candidatesPerHit?: number;
  /** Fold near-duplicate chunks (same text, or word-shingle Jaccard ≥ `duplicateThreshold`) into the best one. Default true. */
  collapseDuplicates?: boolean;
  /** Similarity from which two chunks count as near-duplicates. Default 0.85. */
  duplicateThreshold?: number;
  /** Reorders the fused candidates (optional hook; no model ships with Tandem). */
  reranker?: Reranker;
  /** Fused candidates handed to the reranker. Default: 2 per requested hit. */
  rerankDepth?: number;
}

export interface HybridSearchOptions extends SearchOptions {
  /** "hybrid" (default), or one side alone ("dense", "lexical"). */
  mode?: SearchMode;
}

export interface HybridRetriever extends Retriever {
  search(query: string, options?: HybridSearchOptions): Promise<SearchHit[]>;
  /** The BM25 side. */
  readonly lexical: LexicalIndex;
  /** Re-reads the BM25 side from the collection (only needed when something else than `ingest` wrote to it). */
  refresh(): Promise<void>;
}

/**
 * Hybrid search: dense (Chroma) and lexical (BM25) fused with weighted reciprocal rank fusion. Each hit exposes
 * both sides' scores and ranks (`scores.dense`, `scores.lexical`, `scores.fused`, `denseRank`, `lexicalRank`);
 * `score` is the fused score normalised so that 1 means first on every side. A `where` filter is Chroma's
 * grammar, applied by Chroma on the dense side and by the same predicate (`compileWhere`) on the BM25 side, so
 * both rank the same filtered set. Near-duplicates are folded into the best hit (`collapsed` lists them), and an
 * optional reranker reorders the fused candidates.
 */
export async function createHybridRetriever(options: HybridRetrieverOptions): Promise<HybridRetriever> {
  const denseWeight = options.denseWeight ?? 1;
  const lexicalWeight = options.lexicalWeight ?? 1;
  const rrfK = options.rrfK ?? 60;
  const collapse = options.collapseDuplicates ?? true;
  const persisted = options.lexical !== undefined;
  let lexical = options.lexical ?? (await LexicalIndex.fromStore(options.store));
  const feedback = options.denseFeedback && options.denseFeedback.documents > 0 ? options.denseFeedback : undefined;

  const toHit = (id: string): SearchHit | undefined => {
    const document = lexical.bm25.get(id);
    if (!document) return undefined;
    const metadata = (document.metadata ?? {}) as ChunkMetadata;
    return { id, score: 0, source: String(metadata.source ?? ""), text: document.text, metadata };
  };

  async function search(query: string, searchOptions: HybridSearchOptions = {}): Promise<SearchHit[]> {
    const k = searchOptions.k ?? 5;
    const mode = searchOptions.mode ?? "hybrid";
    const candidates = Math.max(k, options.candidates ?? k * (options.candidatesPerHit ?? 4));
    searchOptions.signal?.throwIfAborted();
    const where = searchOptions.where as WhereFilter | undefined;
    const accepts = where ? compileWhere(where) : undefined;

    const lexicalHits =
      mode === "dense" ? [] : lexical.bm25.search(query, mode === "lexical" ? k : candidates, accepts ? (document) => accepts(document.metadata ?? {}) : undefined);
    if (mode === "lexical") {
      return lexicalHits.flatMap((hit, rank) => {
        const base = toHit(hit.id);
        return base ? [{ ...base, score: hit.score, scores: { lexical: hit.score, lexicalRank: rank } }] : [];
      });
    }
    let vector = await options.embeddings.embedQuery(query);
    // Dense feedback (optional): the query vector moves toward the best BM25 hits' stored vectors before the dense search.
    if (feedback && mode === "hybrid") {
      const ids = lexicalHits.slice(0, feedback.documents).map((hit) => hit.id);
      const stored = await options.store.vectors(ids);
      const unstored = ids.filter((id) => !stored.has(id)).flatMap((id) => lexical.bm25.get(id)?.text ?? []);
      const embedded = unstored.length > 0 ? await options.embeddings.embedDocuments(unstored) : [];
      vector = moveQueryVector(vector, [...ids.flatMap((id) => (stored.has(id) ? [stored.get(id) as number[]] : [])), ...embedded], feedback);
    }
    searchOptions.signal?.throwIfAborted();
    const denseHits = await options.store.query(vector, { k: mode === "dense" ? k : candidates, ...(where ? { where: where as never } : {}) });
    if (mode === "dense") return denseHits.map((hit, rank) => ({ ...hit, scores: { dense: hit.score, denseRank: rank } }));

    const { fused, best } = fuseHits(denseHits, lexicalHits, { ...options, denseWeight, lexicalWeight, rrfK });
    const denseById = new Map(denseHits.map((hit, rank) => [hit.id, { hit, rank }]));
    const lexicalById = new Map(lexicalHits.map((hit, rank) => [hit.id, { hit, rank }]));
    let hits: SearchHit[] = fused.flatMap(({ id, score }) => {
      const dense = denseById.get(id);
      const lexicalSide = lexicalById.get(id);
      const base = dense?.hit ?? toHit(id);
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
    const depth = options.reranker ? Math.max(k, options.rerankDepth ?? 2 * k) : k;
    if (collapse) {
      hits = collapseNearDuplicates(hits.slice(0, Math.max(depth * 3, depth + 10)), options.duplicateThreshold).map(({ item, collapsed }) =>
        collapsed.length > 0 ? { ...item, collapsed } : item,
      );
    }
    hits = hits.slice(0, depth);
    if (options.reranker) {
      const reranked = await options.reranker.rerank(query, hits, searchOptions.signal ? { signal: searchOptions.signal } : {});
      hits = reranked.map((hit) => (hit.scores?.rerank === undefined ? hit : { ...hit, score: hit.scores.rerank }));
    }
    return hits.slice(0, k);
  }

  async function refresh(): Promise<void> {
    if (!persisted) lexical = await LexicalIndex.fromStore(options.store);
  }

  return {
    search,
    refresh,
    get lexical() {
      return lexical;
    },
  };
}
