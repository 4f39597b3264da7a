import type { EmbeddingsInterface } from "@langchain/core/embeddings";

/** Dense pseudo-relevance feedback: what the dense side adds to the query before it searches. */
export interface DenseFeedbackOptions {
  /** Top lexical (BM25) hits whose texts are embedded and added to the query vector. */
  documents: number;
  /** Weight of their mean vector beside the query's own (unit) vector. Default 0.5. */
  weight?: number;
}

export interface DenseSideOptions {
  /**
   * Dense pseudo-relevance feedback (off by default): the dense side searches with
   * normalise(embed(query) + weight × mean(embed(text of the top `documents` BM25 hits))), Rocchio-style query
   * expansion in the embedding space. The hits' vectors are read from the store (their text is embedded only when
   * the store has none), so it costs one small Chroma read per search, not an embedding call.
   */
  denseFeedback?: DenseFeedbackOptions;
}

/**
 * Rocchio-style query expansion in the embedding space: normalise(query + weight × mean(embed(feedback texts))).
 * The texts are the top lexical hits' (so the dense side stays an embedding search, steered by BM25's best guesses).
 * Returns the query vector unchanged when there is no feedback text.
 */
export async function expandQueryVector(
  embeddings: EmbeddingsInterface,
  query: readonly number[],
  feedbackTexts: readonly string[],
  options: DenseFeedbackOptions,
): Promise<number[]> {
  const texts = feedbackTexts.slice(0, options.documents);
  return moveQueryVector(query, texts.length > 0 ? await embeddings.embedDocuments([...texts]) : [], options);
}

/** normalise(query + weight × mean(vectors)), with vectors already at hand (e.g. the stored ones of the feedback hits). */
export function moveQueryVector(query: readonly number[], vectors: readonly (readonly number[])[], options: DenseFeedbackOptions): number[] {
  if (vectors.length === 0) return [...query];
  const scale = (options.weight ?? 0.5) / vectors.length;
  const expanded = query.map((value, index) => value + scale * vectors.reduce((sum, vector) => sum + (vector[index] ?? 0), 0));
  const norm = Math.sqrt(expanded.reduce((sum, value) => sum + value * value, 0)) || 1;
  return expanded.map((value) => value / norm);
}
