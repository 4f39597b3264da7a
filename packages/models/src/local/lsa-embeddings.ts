import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { TandemError } from "@tandem/core";
import { z } from "zod";
import { analyzeText } from "@tandem/text";
import { type SparseRow, truncatedSvd } from "./truncated-svd";

export interface LsaFitOptions {
  /** Vector size: latent dimensions kept. Default 200 (fewer are filled when the corpus has lower rank; the rest stay 0). */
  dimensions?: number;
  /** Seed of the randomized SVD. Default 1. */
  seed?: number;
  /** Power iterations of the randomized SVD. Default 1. */
  powerIterations?: number;
  /** Ignore terms found in fewer documents than this. Default 1 (keep every term). */
  minDocumentFrequency?: number;
}

export interface LsaEmbeddingsParams extends EmbeddingsParams {
  model: LsaModel;
}

const modelSchema = z.strictObject({
  format: z.literal("tandem-lsa-embeddings"),
  version: z.literal(1),
  dimensions: z.number().int().positive(),
  documentCount: z.number().int().positive(),
  terms: z.array(z.string()),
  idf: z.array(z.number()),
  /** base64 of a little-endian Float32Array, `terms.length × dimensions`, row-major. */
  projection: z.string(),
});

/** The frozen, serialisable state of a fitted LSA embedder. */
export type LsaModel = z.infer<typeof modelSchema>;

/**
 * Latent semantic analysis embeddings, fitted on a corpus and then frozen: TF-IDF vectors of `analyzeText` terms
 * (sublinear tf, idf = ln(1 + N/df), L2-normalised) projected on the top right singular vectors of the corpus'
 * TF-IDF matrix (a seeded randomized truncated SVD), then L2-normalised. Terms that co-occur across the corpus land
 * near each other, so a query can match a document that words the same idea differently — co-occurrence
 * semantics learnt from the corpus itself, no downloaded weights.
 *
 * Fit once with `LsaEmbeddings.fit(texts)`, persist with `save(file)` / `LsaEmbeddings.load(file)`. The model is
 * frozen: texts embedded later are folded in with the fitted vocabulary (terms it never saw are ignored). Refitting
 * changes the vectors, so `id` carries a fingerprint of the model (`local-lsa-200-<12 hex>-v1`): a refit model keys a
 * new Chroma collection and the corpus is re-embedded, never mixed with vectors of another fit.
 */
export class LsaEmbeddings extends Embeddings {
  readonly dimensions: number;
  readonly id: string;
  private readonly model: LsaModel;
  private readonly termIndex: Map<string, number>;
  private readonly idf: Float64Array;
  private readonly projection: Float32Array;

  constructor(fields: LsaEmbeddingsParams) {
    super(fields);
    const parsed = modelSchema.safeParse(fields.model);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TandemError({
        code: "INPUT_INVALID",
        message: `not an LSA embeddings model: ${issue?.message ?? "invalid"}`,
        path: `/${issue?.path.join("/") ?? ""}`,
        hint: "fit one with LsaEmbeddings.fit(texts) and save it with save(file)",
      });
    }
    const model = parsed.data;
    const bytes = Buffer.from(model.projection, "base64");
    if (model.idf.length !== model.terms.length || bytes.length !== model.terms.length * model.dimensions * 4) {
      throw new TandemError({
        code: "INPUT_INVALID",
        message: `LSA model sizes disagree: ${model.terms.length} terms, ${model.idf.length} idf values, ${bytes.length / 4} projection values for ${model.dimensions} dimensions`,
        path: "/projection",
      });
    }
    this.model = model;
    this.dimensions = model.dimensions;
    this.termIndex = new Map(model.terms.map((term, index) => [term, index]));
    this.idf = Float64Array.from(model.idf);
    this.projection = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const fingerprint = createHash("sha256").update(JSON.stringify([model.dimensions, model.terms, model.idf])).update(bytes).digest("hex").slice(0, 12);
    this.id = `local-lsa-${model.dimensions}-${fingerprint}-v1`;
  }

  /** Fits the model on a corpus (deterministic for the same texts and options). */
  static fit(texts: readonly string[], options: LsaFitOptions = {}): LsaEmbeddings {
    const dimensions = options.dimensions ?? 200;
    const documents = texts.map((text) => analyzeText(text)).filter((terms) => terms.length > 0);
    if (documents.length === 0) {
      throw new TandemError({ code: "INPUT_INVALID", message: "cannot fit LSA embeddings: no text with index terms", hint: "pass the corpus' chunk texts" });
    }
    const documentFrequency = new Map<string, number>();
    for (const terms of documents) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    const terms = [...documentFrequency]
      .filter(([, frequency]) => frequency >= (options.minDocumentFrequency ?? 1))
      .map(([term]) => term)
      .sort();
    const idf = terms.map((term) => Math.log(1 + documents.length / (documentFrequency.get(term) as number)));
    const termIndex = new Map(terms.map((term, index) => [term, index]));
    const rows = documents.map((document) => weightedTerms(document, termIndex, idf));
    const svd = truncatedSvd(rows, terms.length, { rank: dimensions, seed: options.seed ?? 1, powerIterations: options.powerIterations ?? 1 });
    const kept = svd.singularValues.length;
    const projection = new Float32Array(terms.length * dimensions);
    for (let term = 0; term < terms.length; term += 1) for (let column = 0; column < kept; column += 1) projection[term * dimensions + column] = svd.rightVectors[term * kept + column] as number;
    return new LsaEmbeddings({
      model: {
        format: "tandem-lsa-embeddings",
        version: 1,
        dimensions,
        documentCount: documents.length,
        terms,
        idf,
        projection: Buffer.from(projection.buffer, projection.byteOffset, projection.byteLength).toString("base64"),
      },
    });
  }

  /** Reads a model written by `save`. */
  static load(file: string): LsaEmbeddings {
    let model: unknown;
    try {
      model = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new TandemError({ code: "SOURCE_UNREADABLE", message: `cannot read LSA model ${file}: ${(error as Error).message}`, file, cause: error });
    }
    try {
      return new LsaEmbeddings({ model: model as LsaModel });
    } catch (error) {
      if (TandemError.isInstance(error)) throw new TandemError({ code: error.code, message: error.message, file, ...(error.path ? { path: error.path } : {}), cause: error });
      throw error;
    }
  }

  /** The frozen model (JSON-serialisable). */
  toModel(): LsaModel {
    return this.model;
  }

  /** Writes the model as JSON. */
  save(file: string): void {
    writeFileSync(file, JSON.stringify(this.model));
  }

  /** Number of terms in the fitted vocabulary. */
  get vocabularySize(): number {
    return this.model.terms.length;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embed(document));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embed(document);
  }

  /** Synchronous embedding of one text (all zeros when none of its terms is in the vocabulary). */
  embed(text: string): number[] {
    const row = weightedTerms(analyzeText(text), this.termIndex, this.idf);
    const vector = new Float64Array(this.dimensions);
    for (let entry = 0; entry < row.columns.length; entry += 1) {
      const base = (row.columns[entry] as number) * this.dimensions;
      const weight = row.values[entry] as number;
      for (let column = 0; column < this.dimensions; column += 1) vector[column] = (vector[column] as number) + weight * (this.projection[base + column] as number);
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    return Array.from(vector, (value) => value / norm);
  }
}

/** Sublinear TF-IDF of the known terms of one text, L2-normalised, as a sparse row. */
function weightedTerms(terms: readonly string[], termIndex: ReadonlyMap<string, number>, idf: ArrayLike<number>): SparseRow {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const index = termIndex.get(term);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const columns = Int32Array.from([...counts.keys()].sort((left, right) => left - right));
  const values = Float64Array.from(columns, (index) => (1 + Math.log(counts.get(index) as number)) * (idf[index] as number));
  let norm = 0;
  for (const value of values) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (let entry = 0; entry < values.length; entry += 1) values[entry] = (values[entry] as number) / norm;
  return { columns, values };
}
