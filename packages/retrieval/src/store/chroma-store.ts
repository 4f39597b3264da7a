import { type Chunk, type ChunkMetadata, type SearchHit, TandemError } from "@tandem/core";
import type { ChromaClient, Collection, Where } from "chromadb";
import { byScoreThenId } from "../search/top-k";
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

/**
 * A chunk's metadata as Chroma stores and returns it (flat; undefined and null values dropped). Whatever holds
 * chunks beside Chroma (the lexical index) keeps this form, so a replica that reads them back holds the same.
 */
export function storedMetadata(metadata: Readonly<Record<string, unknown>>): ChunkMetadata {
  const flat: Metadata = {};
  for (const [key, value] of Object.entries(metadata)) if (value !== undefined && value !== null) flat[key] = value as string | number | boolean;
  return flat as ChunkMetadata;
}

/** A second collection beside the chunks' one (`<name>.<suffix>`), called through the same error handling. */
export interface CompanionCollection {
  name: string;
  collection: Collection;
  call<T>(operation: () => Promise<T>): Promise<T>;
}

/** Sources per `$in` filter when reading or deleting by source. */
const sourcesPerFilter = 100;

/** A Chroma collection of chunks with caller-supplied vectors (cosine space, no server-side embedding). */
export class ChromaStore {
  private readonly companions = new Map<string, Promise<CompanionCollection>>();

  private constructor(
    private readonly client: ChromaClient,
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
  async call<T>(operation: () => Promise<T>): Promise<T> {
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
      return new ChromaStore(options.client, collection, name, Math.max(1, Math.min(options.batchSize ?? 256, serverMax)), options.repair, options.url, options.health);
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
        metadatas: batch.map((chunk) => storedMetadata(chunk.metadata) as Metadata),
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
    // Equal distances (identical chunks) in id order, as on the lexical side: not in whatever order Chroma returns them.
    return ids
      .map((id, index) => {
        const metadata = (result.metadatas[0]?.[index] ?? {}) as ChunkMetadata;
        const distance = result.distances[0]?.[index] ?? 1;
        const score = 1 - distance;
        return { id, score, source: String(metadata.source ?? ""), text: result.documents[0]?.[index] ?? "", metadata, scores: { dense: score } };
      })
      .sort(byScoreThenId);
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

  /**
   * The companion collection `<name>.<suffix>` (created on first use): small records kept with the data, e.g. the
   * ingestion records. Its items carry a 1-d placeholder vector; only `get` and metadata filters are used on it.
   */
  companion(suffix: string): Promise<CompanionCollection> {
    let opened = this.companions.get(suffix);
    if (!opened) {
      const name = `${this.name}.${suffix}`;
      opened = this.call(() => this.client.getOrCreateCollection({ name, embeddingFunction: null, metadata: { companionOf: this.name, createdBy: "tandem" } })).then((collection) => ({
        name,
        collection,
        call: <T>(operation: () => Promise<T>) => this.call(operation),
      }));
      opened.catch(() => this.companions.delete(suffix));
      this.companions.set(suffix, opened);
    }
    return opened;
  }

  /** Forgets an opened companion (after it was deleted, e.g. by a test), so the next use creates it again. */
  forgetCompanion(suffix: string): void {
    this.companions.delete(suffix);
  }

  /** The stored chunk ids of some sources (read by their `source` metadata; sources without chunks are absent). */
  async idsOfSources(sources: readonly string[]): Promise<Map<string, string[]>> {
    const bySource = new Map<string, string[]>();
    await this.eachOfSources(sources, ["metadatas"], (id, metadata) => {
      const source = String(metadata?.source ?? "");
      const ids = bySource.get(source);
      if (ids) ids.push(id);
      else bySource.set(source, [id]);
    });
    return bySource;
  }

  /** The stored chunks of some sources, by source (sources without chunks are absent). */
  async chunksOfSources(sources: readonly string[]): Promise<Map<string, Chunk[]>> {
    const bySource = new Map<string, Chunk[]>();
    await this.eachOfSources(sources, ["documents", "metadatas"], (id, metadata, text) => {
      const chunk = { id, text: text ?? "", metadata: (metadata ?? {}) as ChunkMetadata };
      const chunks = bySource.get(chunk.metadata.source);
      if (chunks) chunks.push(chunk);
      else bySource.set(chunk.metadata.source, [chunk]);
    });
    return bySource;
  }

  /** Deletes every chunk of some sources (by their `source` metadata). */
  async deleteSources(sources: readonly string[]): Promise<void> {
    for (let start = 0; start < sources.length; start += sourcesPerFilter) {
      const some = sources.slice(start, start + sourcesPerFilter);
      await this.call(() => this.collection.delete({ where: { source: { $in: some } } as Where }));
    }
  }

  private async eachOfSources(sources: readonly string[], include: string[], visit: (id: string, metadata: Record<string, unknown> | null | undefined, text: string | null | undefined) => void, pageSize = 2000): Promise<void> {
    for (let start = 0; start < sources.length; start += sourcesPerFilter) {
      const where = { source: { $in: sources.slice(start, start + sourcesPerFilter) } } as Where;
      for (let offset = 0; ; offset += pageSize) {
        const page = await this.call(() => this.collection.get({ where, limit: pageSize, offset, include: include as never }));
        page.ids.forEach((id, index) => visit(id, page.metadatas[index], page.documents[index]));
        if (page.ids.length < pageSize) break;
      }
    }
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
