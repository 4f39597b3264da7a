import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { fnv1a32 } from "@tandem/core";
import { analyzeText } from "@tandem/text";

export interface LocalHashEmbeddingsParams extends EmbeddingsParams {
  /** Vector size. Default 512. */
  dimensions?: number;
}

const bigramWeight = 0.5;
const characterWeight = 0.35;

/**
 * A deterministic offline embedder (no network, no weights): analysed terms, term bigrams and character 3–5-grams
 * of each term are hashed into a fixed-size vector with signed feature hashing, with sublinear term frequency,
 * then L2-normalised. It captures lexical and morphological similarity, not meaning; its `id` names the algorithm
 * and size so an index built with it is never queried with another embedder.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions: number;
  readonly id: string;

  constructor(fields: LocalHashEmbeddingsParams = {}) {
    super(fields);
    this.dimensions = fields.dimensions ?? 512;
    this.id = `local-hash-${this.dimensions}-v1`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embed(document));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embed(document);
  }

  /** Synchronous embedding of one text. */
  embed(text: string): number[] {
    const features = new Map<string, number>();
    const add = (feature: string, weight: number) => features.set(feature, (features.get(feature) ?? 0) + weight);
    const terms = analyzeText(text);
    terms.forEach((term, position) => {
      add(`w:${term}`, 1);
      const next = terms[position + 1];
      if (next !== undefined) add(`b:${term} ${next}`, bigramWeight);
      const padded = `<${term}>`;
      const grams: string[] = [];
      for (let size = 3; size <= 5; size += 1) for (let start = 0; start + size <= padded.length; start += 1) grams.push(padded.slice(start, start + size));
      for (const gram of grams) add(`c:${gram}`, characterWeight / Math.max(grams.length, 1));
    });
    const vector = new Float64Array(this.dimensions);
    for (const [feature, weight] of features) {
      const hash = fnv1a32(feature);
      const sign = fnv1a32(feature, 0x9747b28c) & 1 ? 1 : -1;
      const position = hash % this.dimensions;
      vector[position] = (vector[position] as number) + sign * Math.log1p(weight);
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    return Array.from(vector, (value) => value / norm);
  }
}
