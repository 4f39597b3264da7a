import { Embeddings, type EmbeddingsInterface, type EmbeddingsParams } from "@langchain/core/embeddings";
import { TandemError } from "@tandem/core";

export interface EmbeddingsPart {
  embeddings: EmbeddingsInterface & { id: string };
  /** Share of this part in the similarity. Default 1. */
  weight?: number;
}

export interface ConcatenatedEmbeddingsParams extends EmbeddingsParams {
  parts: readonly EmbeddingsPart[];
}

/**
 * Several embedders as one: each part's vector is L2-normalised, scaled by √(weight / Σ weights) and the parts are
 * concatenated. The result is a unit vector whose cosine (dot product) with another is the weighted mean of the
 * parts' cosines — e.g. corpus-fitted LSA (good at a domain's vocabulary) with a neural sentence encoder (good at
 * paraphrase), in one Chroma collection and one dense search. `id` lists the parts and weights, so another mix
 * keys another collection.
 */
export class ConcatenatedEmbeddings extends Embeddings {
  readonly id: string;
  private readonly parts: readonly { embeddings: EmbeddingsInterface; scale: number }[];

  constructor(fields: ConcatenatedEmbeddingsParams) {
    super(fields);
    const weights = fields.parts.map((part) => part.weight ?? 1);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (fields.parts.length === 0 || weights.some((weight) => !(weight >= 0)) || !(total > 0)) {
      throw new TandemError({ code: "INPUT_INVALID", message: "ConcatenatedEmbeddings needs at least one part and non-negative weights with a positive sum", path: "/parts" });
    }
    this.parts = fields.parts.map((part, index) => ({ embeddings: part.embeddings, scale: Math.sqrt((weights[index] as number) / total) }));
    this.id = `concat(${fields.parts.map((part, index) => `${part.embeddings.id}*${weights[index]}`).join("+")})`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const perPart = await Promise.all(this.parts.map((part) => part.embeddings.embedDocuments(documents)));
    return documents.map((_, index) => this.join(perPart.map((vectors) => vectors[index] ?? [])));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.join(await Promise.all(this.parts.map((part) => part.embeddings.embedQuery(document))));
  }

  private join(vectors: readonly number[][]): number[] {
    return vectors.flatMap((vector, index) => {
      const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
      const scale = (this.parts[index]?.scale ?? 0) / norm;
      return vector.map((value) => value * scale);
    });
  }
}
