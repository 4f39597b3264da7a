import { byScoreThenId } from "./top-k";

/**
 * Lexical-first fusion, guarded against a weak dense side: the lexical score decides and the dense similarity
 * only scales it, by at most a factor (1 + weight) — so dense evidence reorders hits whose lexical scores are
 * within that factor of each other and can never lift a hit without lexical evidence above one that has it.
 * Hits only the dense side found (no lexical match at all) come after every lexical match, by similarity: a query
 * nothing matches lexically (a misspelling, another wording) still gets the dense side's answer.
 *
 * Scores: a lexical match scores s × (1 + weight × similarity) / (1 + weight), in [0, 1] for s in [0, 1]
 * (similarities are clamped to [0, 1]; a hit the dense side did not return counts its lowest similarity); a dense
 * match alone scores its similarity × the lowest lexical-match score (× 1 when nothing matched lexically), so
 * scores never increase down the list. Returns every id best first.
 */
export function guardedFusion(
  lexical: readonly { id: string; score: number }[],
  dense: readonly { id: string; score: number }[],
  weight: number,
  /** Lexical score of a chunk only the dense side returned (0 when it matches nothing). */
  lexicalScoreOf: (id: string) => number = () => 0,
): { id: string; score: number }[] {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const similarity = new Map(dense.map((hit) => [hit.id, clamp(hit.score)]));
  const floor = dense.length > 0 ? Math.min(...similarity.values()) : 0;
  const scale = (score: number, id: string) => (score * (1 + weight * (similarity.get(id) ?? floor))) / (1 + weight);
  const matched = new Map<string, number>();
  for (const hit of lexical) if (hit.score > 0) matched.set(hit.id, scale(hit.score, hit.id));
  const unmatched: { id: string; score: number }[] = [];
  for (const hit of dense) {
    if (matched.has(hit.id)) continue;
    const score = lexicalScoreOf(hit.id);
    if (score > 0) matched.set(hit.id, scale(score, hit.id));
    else unmatched.push({ id: hit.id, score: similarity.get(hit.id) as number });
  }
  const ranked = [...matched].map(([id, score]) => ({ id, score })).sort(byScoreThenId);
  const lowest = ranked.length > 0 ? (ranked.at(-1) as { score: number }).score : 1;
  unmatched.sort(byScoreThenId);
  return [...ranked, ...unmatched.map((hit) => ({ id: hit.id, score: hit.score * lowest }))];
}
