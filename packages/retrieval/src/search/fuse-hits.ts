import { reciprocalRankFusion } from "./reciprocal-rank-fusion";
import { type ScoreNormalization, scoreFusion } from "./score-fusion";

export interface FusionOptions {
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
  /** RRF constant (ranks 0-based). Default 60. */
  rrfK?: number;
}

type ScoredHit = { id: string; score: number };

/**
 * Fuses a dense and a lexical candidate list (dense first, so ties go to the dense side's order). Returns every id
 * best first, and `best`: the fused score of an id first on both sides (divide by it for a score where 1 = first
 * everywhere; z-score fusion can go below 0), or 1 when that is 0.
 */
export function fuseHits(dense: readonly ScoredHit[], lexical: readonly ScoredHit[], options: FusionOptions = {}): { fused: ScoredHit[]; best: number } {
  const denseWeight = options.denseWeight ?? 1;
  const lexicalWeight = options.lexicalWeight ?? 1;
  if (options.fusion === "score") {
    const { fused, best } = scoreFusion(
      [
        { hits: dense, weight: denseWeight },
        { hits: lexical, weight: lexicalWeight },
      ],
      options.normalization ?? "min-max",
    );
    return { fused, best: best || 1 };
  }
  const rrfK = options.rrfK ?? 60;
  const fused = reciprocalRankFusion(
    [
      { ids: dense.map((hit) => hit.id), weight: denseWeight },
      { ids: lexical.map((hit) => hit.id), weight: lexicalWeight },
    ],
    rrfK,
  );
  return { fused, best: (denseWeight + lexicalWeight) / rrfK || 1 };
}
