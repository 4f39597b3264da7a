import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { ChunkMetadata, SearchHit } from "@tandem/core";
import type { ChromaStore } from "../store/chroma-store";
import { type DenseSideOptions, moveQueryVector } from "./dense-feedback";
import { type FusionOptions, fuseHits } from "./fuse-hits";
import { guardedFusion } from "./guarded-fusion";
import { LexicalIndex } from "./lexical-index";
import { type LexicalCandidate, type LexicalRankingOptions, rankLexical } from "./lexical-ranking";
import { collapseNearDuplicates } from "./near-duplicates";
import type { Reranker } from "./reranker";
import type { Retriever, SearchOptions } from "./retriever";
import { compileWhere, type WhereFilter } from "./where-filter";

/** A stage's settings for one search: off when either says false, else the search's keys over the retriever's. */
function override<T extends object>(configured: T | false | undefined, requested: T | false | undefined): T | false | undefined {
  if (configured === false || requested === false) return false;
  return requested === undefined ? configured : { ...configured, ...requested };
}

/** Which side(s) answer a search. */
export type SearchMode = "hybrid" | "dense" | "lexical";

/**
 * The lexical stages (`titleWeight`, `feedback`, `hop`: LexicalRankingOptions), the fusion (`fusion`,
 * `denseWeight`, …: FusionOptions) and `denseFeedback` (DenseSideOptions) tune the quality; see there.
 */
export interface HybridRetrieverOptions extends Omit<FusionOptions, "fusion">, DenseSideOptions, LexicalRankingOptions {
  store: ChromaStore;
  embeddings: EmbeddingsInterface;
  /** The lexical side. Default: built in memory from the whole collection (pass `LexicalIndex.open(...)` to persist it). */
  lexical?: LexicalIndex;
  /**
   * How the lexical ranking and the dense list combine: `"guarded"` — lexical first, the dense similarity scales a
   * hit's score by at most (1 + denseWeight) (see `guardedFusion`); `"rrf"` — reciprocal rank fusion; `"score"` —
   * weighted sum of normalised scores. Default "guarded".
   */
  fusion?: "guarded" | "rrf" | "score";
  /** Weight of the dense side: the guard's factor (default 0.1), or the list weight of rrf / score (default 1). 0 = no dense search. */
  denseWeight?: number;
  /** Weight of the lexical list in rrf / score fusion. Default 1. */
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

/** The fusion's defaults: guarded lexical-first fusion, equal list weights and RRF's usual k, near-duplicates folded. */
export const defaultFusion = { fusion: "guarded", lexicalWeight: 1, rrfK: 60, collapseDuplicates: true, normalization: "min-max" } as const satisfies Required<
  Pick<HybridRetrieverOptions, "fusion" | "lexicalWeight" | "rrfK" | "collapseDuplicates" | "normalization">
>;

/** Settings one search can override (e.g. `tandem search --no-hop`); unset ones keep the retriever's. */
export type SearchSettings = LexicalRankingOptions & Pick<HybridRetrieverOptions, "fusion" | "denseWeight">;

export interface HybridSearchOptions extends SearchOptions, SearchSettings {
  /** "hybrid" (default), or one side alone ("dense": Chroma; "lexical": plain BM25 over chunk text, none of the lexical ranking's stages). */
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
 * Hybrid search: the lexical ranking (BM25F over text and title, guarded RM3 feedback, the linked-document hop:
 * `rankLexical`) and the dense side (Chroma), combined by the guarded lexical-first fusion by default. Each hit
 * exposes both sides (`scores.lexical` = first-pass BM25, `lexicalRank`, `dense`, `denseRank`, `fused` = the
 * lexical ranking's score, `hop` = its hop bonus). `score` is in [0, 1], 1 = best: with the default fusion, the
 * share of the (expanded) query's BM25 bound a chunk reaches, after the hop and the dense factor; with rrf /
 * score fusion, the fused score over that of a hit first on both sides. A `where` filter is Chroma's grammar,
 * applied by Chroma on the dense side and by the same predicate (`compileWhere`) on the lexical side, so both rank
 * the same filtered set. Near-duplicates are folded into the best hit (`collapsed` lists them), and an optional
 * reranker reorders the fused candidates.
 */
export async function createHybridRetriever(options: HybridRetrieverOptions): Promise<HybridRetriever> {
  const lexicalWeight = options.lexicalWeight ?? defaultFusion.lexicalWeight;
  const rrfK = options.rrfK ?? defaultFusion.rrfK;
  const collapse = options.collapseDuplicates ?? defaultFusion.collapseDuplicates;
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
    const fusion = searchOptions.fusion ?? options.fusion ?? defaultFusion.fusion;
    const denseWeight = searchOptions.denseWeight ?? options.denseWeight ?? (fusion === "guarded" ? 0.1 : 1);
    const stages: LexicalRankingOptions = {
      titleWeight: searchOptions.titleWeight ?? options.titleWeight,
      feedback: override(options.feedback, searchOptions.feedback),
      hop: override(options.hop, searchOptions.hop),
    };
    const candidates = Math.max(k, options.candidates ?? k * (options.candidatesPerHit ?? 4));
    searchOptions.signal?.throwIfAborted();
    const where = searchOptions.where as WhereFilter | undefined;
    const accepts = where ? compileWhere(where) : undefined;

    const filter = accepts ? (document: { metadata?: Readonly<Record<string, unknown>> }) => accepts(document.metadata ?? {}) : undefined;
    if (mode === "lexical") {
      // The lexical side alone: BM25 over chunk text, scores over the query's bound (in [0, 1)).
      const bound = lexical.bm25.maxScore(lexical.bm25.queryTerms(query));
      return lexical.bm25.search(query, k, filter ? { filter } : {}).flatMap((hit, rank) => {
        const base = toHit(hit.id);
        return base ? [{ ...base, score: bound > 0 ? hit.score / bound : 0, scores: { lexical: hit.score, lexicalRank: rank } }] : [];
      });
    }
    const ranking =
      mode === "dense"
        ? undefined
        : rankLexical(lexical, query, candidates, { ...stages, ...(filter ? { accepts: filter } : {}) });
    const lexicalHits: LexicalCandidate[] = ranking?.candidates ?? [];
    if (mode === "hybrid" && denseWeight === 0) return finish(query, lexicalHits.flatMap((hit) => withScores(hit.id, hit.score, hit, undefined)), k, searchOptions);
    let vector = await options.embeddings.embedQuery(query);
    // Dense feedback (optional): the query vector moves toward the best lexical hits' stored vectors before the dense search.
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

    const denseById = new Map(denseHits.map((hit, rank) => [hit.id, { hit, rank }]));
    const lexicalById = new Map(lexicalHits.map((hit) => [hit.id, hit]));
    const fused =
      fusion === "guarded"
        ? guardedFusion(lexicalHits, denseHits, denseWeight, (id) => ranking?.scoreOf(id) ?? 0)
        : (() => {
            const { fused: list, best } = fuseHits(denseHits, lexicalHits, { ...options, fusion, denseWeight, lexicalWeight, rrfK });
            return list.map((hit) => ({ id: hit.id, score: hit.score / best }));
          })();
    const hits = fused.flatMap(({ id, score }) => withScores(id, score, lexicalById.get(id), denseById.get(id)));
    return finish(query, hits, k, searchOptions);
  }

  /** A hit with both sides' scores: `lexical` = first-pass BM25, `fused` = the lexical ranking's score. */
  function withScores(id: string, score: number, lexicalSide: LexicalCandidate | undefined, dense: { hit: SearchHit; rank: number } | undefined): SearchHit[] {
    const base = dense?.hit ?? toHit(id);
    if (!base) return [];
    return [
      {
        ...base,
        score,
        scores: {
          ...(lexicalSide ? { fused: lexicalSide.score, lexical: lexicalSide.bm25, ...(lexicalSide.bm25Rank === undefined ? {} : { lexicalRank: lexicalSide.bm25Rank }) } : {}),
          ...(lexicalSide?.hop ? { hop: lexicalSide.hop } : {}),
          ...(dense ? { dense: dense.hit.score, denseRank: dense.rank } : {}),
        },
      },
    ];
  }

  /** Collapses near-duplicates, runs the reranker, keeps k. */
  async function finish(query: string, fusedHits: SearchHit[], k: number, searchOptions: HybridSearchOptions): Promise<SearchHit[]> {
    let hits = fusedHits;
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
