export interface RankedList {
  ids: readonly string[];
  /** Weight of this list. Default 1. */
  weight?: number;
}

/**
 * Reciprocal rank fusion: score(d) = Σ weightᵢ / (k + rankᵢ(d)), ranks 0-based, k = 60 by default (Chroma's
 * convention; Haystack uses k = 61 with 1-based reasoning, the same numbers). Higher is better. Returns every id
 * with its fused score, best first (ties broken by first appearance).
 */
export function reciprocalRankFusion(lists: readonly RankedList[], k = 60): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    const weight = list.weight ?? 1;
    list.ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((left, right) => right.score - left.score);
}
