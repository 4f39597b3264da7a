export type ScoreNormalization = "min-max" | "z-score";

export interface ScoredList {
  hits: readonly { id: string; score: number }[];
  /** Weight of this list. Default 1. */
  weight?: number;
}

/**
 * Weighted score fusion (CombSUM of normalised scores): each list's scores are normalised over that list's own
 * candidates — min-max to [0, 1], or z-score (mean 0, standard deviation 1) — and summed with the list weights.
 * An id a list did not return gets that list's lowest normalised score (0 for min-max). Unlike reciprocal rank
 * fusion it keeps how far apart the scores are, so a clear winner on one side stays ahead. Returns every id with
 * its fused score, best first (ties broken by first appearance); `best` is the score of an id that is first on
 * every list.
 */
export function scoreFusion(lists: readonly ScoredList[], normalization: ScoreNormalization = "min-max"): { fused: { id: string; score: number }[]; best: number } {
  const normalized = lists.map((list) => ({ weight: list.weight ?? 1, scores: normalize(list.hits, normalization) }));
  const ids = [...new Set(lists.flatMap((list) => list.hits.map((hit) => hit.id)))];
  const fused = ids.map((id) => ({
    id,
    score: normalized.reduce((sum, list) => sum + list.weight * (list.scores.values.get(id) ?? list.scores.lowest), 0),
  }));
  fused.sort((left, right) => right.score - left.score);
  return { fused, best: normalized.reduce((sum, list) => sum + list.weight * list.scores.highest, 0) };
}

function normalize(hits: readonly { id: string; score: number }[], normalization: ScoreNormalization) {
  const values = new Map<string, number>();
  if (hits.length === 0) return { values, lowest: 0, highest: 0 };
  const scores = hits.map((hit) => hit.score);
  let transform: (score: number) => number;
  if (normalization === "min-max") {
    const low = Math.min(...scores);
    const high = Math.max(...scores);
    transform = (score) => (high > low ? (score - low) / (high - low) : 1);
  } else {
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    const deviation = Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length);
    transform = (score) => (deviation > 0 ? (score - mean) / deviation : 0);
  }
  for (const hit of hits) if (!values.has(hit.id)) values.set(hit.id, transform(hit.score));
  const normalized = [...values.values()];
  return { values, lowest: normalization === "min-max" ? 0 : Math.min(...normalized), highest: Math.max(...normalized) };
}
