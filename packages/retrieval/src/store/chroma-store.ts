import { type Chunk, type ChunkMetadata, type SearchHit, TandemError } from "@tandem/core";
import type { ChromaClient, Collection, Where } from "chromadb";
import { collectionName } from "./collection-name";

export interface OpenChromaStoreOptions {
  client: ChromaClient;
  /** Collection base name. Default "tandem". */
  baseName?: string;
  /** Id of the embedder whose vectors the collection holds (appended to the name). */
  embedderId: string;
  /** Records per write request (also capped by the server's max batch size). Default 256. */
  batchSize?: number;
  /**
   * Called when the server has stopped working (see `isStoppedCompactor`): restarts it if it can and resolves
   * true, and the call is tried again once. `ChromaConnection.repair` does this for a server Tandem manages.
   */
  repair?: (error: unknown) => Promise<boolean>;
  /** Where the server is, for error messages. */
  url?: string;
  /**
   * The supervisor's view (`ChromaConnection`): while the server is known to be down, calls fail at once with
   * CHROMA_UNAVAILABLE; a call that cannot reach the server is reported so the supervisor checks at once.
   */
  health?: { available(): boolean; reportFailure(error: unknown): void };
}

/** The server could not be reached (refused, reset, timed out): not a problem with the request. */
export function isConnectionFailure(error: unknown): boolean {
  const failure = error as { name?: string; message?: string; cause?: { code?: string } } | undefined;
  return failure?.name === "ChromaConnectionError" || /ECONNREFUSED|ECONNRESET|fetch failed|socket hang up|other side closed/i.test(`${failure?.message ?? ""} ${failure?.cause?.code ?? ""}`);
}

/**
 * A Chroma 1.0 server whose client disconnected in the middle of a write (a killed ingest, an aborted request) can
 * be left with its compactor stopped: from then on every write, and some reads, fail with this until it restarts.
 */
export function isStoppedCompactor(error: unknown): boolean {
  return /sending (?:message|backfill request) to compactor/i.test(String((error as Error)?.message ?? error));
}

type Metadata = Record<string, string | number | boolean>;

function toChromaMetadata(metadata: ChunkMetadata): Metadata {
  const flat: Metadata = {};
  for (const [key, value] of Object.entries(metadata)) if (value !== undefined && value !== null) flat[key] = value as string | number | boolean;
  return flat;
}

/** A Chroma collection of chunks with caller-supplied vectors (cosine space, no server-side embedding). */
export class ChromaStore {
  private constructor(
    readonly collection: Collection,
    readonly name: string,
    /** Records per write request: the requested size capped by the server's max batch size. */
    readonly batchSize: number,
    private readonly repair: OpenChromaStoreOptions["repair"],
    private readonly url: string | undefined,
    private readonly health: OpenChromaStoreOptions["health"],
  ) {}

  /**
   * One collection call. A server known to be down, or one that cannot be reached, is CHROMA_UNAVAILABLE; a stopped
   * compactor is repaired (and the call tried once more) or explained.
   */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    const where = this.url ? ` at ${this.url}` : "";
    if (this.health && !this.health.available()) {
      throw new TandemError({ code: "CHROMA_UNAVAILABLE", message: `the Chroma server${where} is down (it is being restarted or waited for)`, hint: "retry shortly; GET /v1/health shows its state" });
    }
    try {
      return await operation();
    } catch (error) {
      if (isConnectionFailure(error)) {
        this.health?.reportFailure(error);
        throw new TandemError({ code: "CHROMA_UNAVAILABLE", message: `cannot reach the Chroma server${where}: ${(error as Error).message}`, hint: "retry shortly; a server Tandem manages is restarted", cause: error });
      }
      if (!isStoppedCompactor(error)) throw error;
      if (this.repair && (await this.repair(error))) return operation();
      throw new TandemError({
        code: "CHROMA_UNAVAILABLE",
        message: `the Chroma server${this.url ? ` at ${this.url}` : ""} has stopped its compactor and fails every write (${(error as Error).message}); Chroma 1.0 does this when a client disconnects in the middle of a write, e.g. a killed ingest`,
        hint: "restart that Chroma server, then run the command again: `tandem ingest` repairs whatever an interrupted run left",
        cause: error,
      });
    }
  }

  static async open(options: OpenChromaStoreOptions): Promise<ChromaStore> {
    const name = collectionName(options.baseName ?? "tandem", options.embedderId);
    try {
      const collection = await options.client.getOrCreateCollection({
        name,
        embeddingFunction: null,
        configuration: { hnsw: { space: "cosine" } },
        metadata: { embedder: options.embedderId, createdBy: "tandem" },
      });
      const serverMax = await options.client.getMaxBatchSize();
      return new ChromaStore(collection, name, Math.max(1, Math.min(options.batchSize ?? 256, serverMax)), options.repair, options.url, options.health);
    } catch (error) {
      throw new TandemError({
        code: "CHROMA_UNAVAILABLE",
        message: `cannot open Chroma collection ${name}: ${(error as Error).message}`,
        cause: error,
      });
    }
  }

  /** Inserts or replaces chunks with their vectors, in batches the server accepts. */
  async upsert(chunks: readonly Chunk[], vectors: readonly number[][]): Promise<void> {
    if (chunks.length !== vectors.length) throw new Error(`${chunks.length} chunks but ${vectors.length} vectors`);
    for (let start = 0; start < chunks.length; start += this.batchSize) {
      const batch = chunks.slice(start, start + this.batchSize);
      await this.call(() => this.collection.upsert({
        ids: batch.map((chunk) => chunk.id),
        embeddings: vectors.slice(start, start + this.batchSize) as number[][],
        documents: batch.map((chunk) => chunk.text),
        metadatas: batch.map((chunk) => toChromaMetadata(chunk.metadata)),
      }));
    }
  }

  async delete(ids: readonly string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += this.batchSize) {
      await this.call(() => this.collection.delete({ ids: ids.slice(start, start + this.batchSize) }));
    }
  }

  async count(): Promise<number> {
    return this.call(() => this.collection.count());
  }

  /** Nearest chunks to a vector; `score` = 1 − cosine distance (higher is closer). */
  async query(vector: readonly number[], options: { k?: number; where?: Where } = {}): Promise<SearchHit[]> {
    const result = await this.call(() => this.collection.query({
      queryEmbeddings: [vector as number[]],
      nResults: options.k ?? 5,
      ...(options.where ? { where: options.where } : {}),
      include: ["documents", "metadatas", "distances"] as never,
    }));
    const ids = result.ids[0] ?? [];
    return ids.map((id, index) => {
      const metadata = (result.metadatas[0]?.[index] ?? {}) as ChunkMetadata;
      const distance = result.distances[0]?.[index] ?? 1;
      const score = 1 - distance;
      return { id, score, source: String(metadata.source ?? ""), text: result.documents[0]?.[index] ?? "", metadata, scores: { dense: score } };
    });
  }

  /** Every stored chunk id by source (pages through the collection; for reconciling records with the store). */
  async idsBySource(pageSize = 5000): Promise<Map<string, string[]>> {
    const bySource = new Map<string, string[]>();
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.call(() => this.collection.get({ limit: pageSize, offset, include: ["metadatas"] as never }));
      page.ids.forEach((id, index) => {
        const source = String(page.metadatas[index]?.source ?? "");
        const ids = bySource.get(source);
        if (ids) ids.push(id);
        else bySource.set(source, [id]);
      });
      if (page.ids.length < pageSize) break;
    }
    return bySource;
  }

  /** Chunks by id (missing ids are absent from the result). */
  async get(ids: readonly string[]): Promise<Chunk[]> {
    const chunks: Chunk[] = [];
    for (let start = 0; start < ids.length; start += this.batchSize) {
      const result = await this.call(() => this.collection.get({ ids: ids.slice(start, start + this.batchSize), include: ["documents", "metadatas"] as never }));
      result.ids.forEach((id, index) => chunks.push({ id, text: result.documents[index] ?? "", metadata: (result.metadatas[index] ?? {}) as ChunkMetadata }));
    }
    return chunks;
  }

  /** Stored vectors by chunk id (missing ids are absent from the result). */
  async vectors(ids: readonly string[]): Promise<Map<string, number[]>> {
    const vectors = new Map<string, number[]>();
    for (let start = 0; start < ids.length; start += this.batchSize) {
      const result = await this.call(() => this.collection.get({ ids: ids.slice(start, start + this.batchSize), include: ["embeddings"] as never }));
      result.ids.forEach((id, index) => {
        const vector = result.embeddings[index];
        if (vector) vectors.set(id, Array.from(vector));
      });
    }
    return vectors;
  }

  /** A page of chunks, in storage order (for sampling the index). */
  async list(options: { limit: number; offset?: number }): Promise<Chunk[]> {
    const result = await this.call(() => this.collection.get({ limit: options.limit, offset: options.offset ?? 0, include: ["documents", "metadatas"] as never }));
    return result.ids.map((id, index) => ({
      id,
      text: result.documents[index] ?? "",
      metadata: (result.metadatas[index] ?? {}) as ChunkMetadata,
    }));
  }
}
