import type { EmbeddingsInterface } from "@langchain/core/embeddings";

export interface EmbeddingSimilarityOptions {
  /** Cosine similarity at or above which a training text is flagged as a paraphrase of a reference. Default 0.95. */
  threshold?: number;
  /** Texts per `embedDocuments` call. Default 64. */
  batchSize?: number;
}

export interface EmbeddingSimilarityHit {
  train: number;
  reference: number;
  similarity: number;
}

async function embedAll(embeddings: EmbeddingsInterface, texts: readonly string[], batchSize: number): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    for (const vector of await embeddings.embedDocuments(texts.slice(start, start + batchSize))) {
      const norm = Math.hypot(...vector) || 1;
      vectors.push(Float32Array.from(vector, (value) => value / norm));
    }
  }
  return vectors;
}

/**
 * Paraphrase check (n-gram checks miss rephrased items; Yang et al. 2023): embeds training and reference texts
 * with any LangChain embeddings (the app passes its configured embedder) and flags pairs whose cosine similarity
 * reaches the threshold. Compares every training text with every reference: O(train × references) dot products,
 * meant for validation and eval sets of hundreds to a few thousand items.
 */
export async function embeddingSimilarity(
  embeddings: EmbeddingsInterface,
  trainTexts: readonly string[],
  referenceTexts: readonly string[],
  options: EmbeddingSimilarityOptions = {},
): Promise<EmbeddingSimilarityHit[]> {
  const threshold = options.threshold ?? 0.95;
  const batchSize = options.batchSize ?? 64;
  const trainVectors = await embedAll(embeddings, trainTexts, batchSize);
  const referenceVectors = await embedAll(embeddings, referenceTexts, batchSize);
  const hits: EmbeddingSimilarityHit[] = [];
  trainVectors.forEach((trainVector, train) => {
    referenceVectors.forEach((referenceVector, reference) => {
      let dot = 0;
      for (let index = 0; index < trainVector.length; index += 1) dot += (trainVector[index] as number) * (referenceVector[index] as number);
      if (dot >= threshold) hits.push({ train, reference, similarity: dot });
    });
  });
  return hits;
}
