import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Chunk, writeFileAtomic } from "@tandem/core";
import { chunkIdsHash, IngestionRecords, type IndexState, type RecordChange } from "../indexing/ingestion-records";
import { type ChromaStore, storedMetadata } from "../store/chroma-store";
import { Bm25Index, type Bm25Options, decodeTerms, encodeTerms, type LexicalDocument } from "./bm25-index";
import { TitleDictionary } from "./title-dictionary";

/**
 * The cache file. Version 4 is the analysis that also indexes the number parts of compounds (`documentAnalyzer`);
 * a file of an earlier version holds terms of another analysis and is rebuilt from the collection.
 */
interface LexicalFile {
  version: 4;
  collection: string;
  epoch?: string;
  indexVersion?: number;
  k1: number;
  b: number;
  /** Source → fingerprint of the record its documents came from ("pending": read while being written; "": no record). */
  sources: Record<string, string>;
  /** [id, source, text, metadata, encoded term frequencies of the text, of the title field (`titleOf`)]. */
  documents: [string, string, string, Record<string, unknown>, string, string][];
}

export interface OpenLexicalIndexOptions {
  store: ChromaStore;
  /** Directory of the cache file (`lexical-<collection>.json`). Default: none (built from Chroma, kept in memory). */
  cacheDir?: string;
  /** Earlier name of `cacheDir`. */
  stateDir?: string;
  bm25?: Omit<Bm25Options, "analyzer">;
}

/** How a sync brought the index up to date with Chroma. */
export interface LexicalSync {
  /**
   * "loaded" (the cache file was current), "current" (nothing had changed), "refreshed" (changed sources re-read from
   * Chroma) or "rebuilt" (the whole collection read).
   */
  mode: "loaded" | "current" | "refreshed" | "rebuilt";
  /** Sources re-read or dropped (refreshed). */
  sources: string[];
  /** The index version the lexical index now reflects. */
  version: number;
  ms: number;
}

/** Records changed since a version, and the sources among them to read again (the rest are dropped or already held). */
interface Plan {
  drop: string[];
  read: Map<string, RecordChange>;
}

/**
 * The lexical side of hybrid search — BM25 over chunk text and title, and the title dictionary of the
 * linked-document hop (document titles, `metadata.title`) — a cache of what Chroma holds, kept current by the index
 * version (see `IngestionRecords`): `sync()` reads the version (one small request) and, when it moved, the records
 * that changed after the version this index reflects and the chunks of those sources only — O(changed sources).
 * Ingestion updates it in place (postings, corpus statistics and titles update with a source's chunks, nothing is
 * rebuilt). With `cacheDir` it is saved to a file and `open()` loads it before syncing; without a file, or for
 * another index (epoch), it is built from the whole collection. Deleting the file is harmless: the next open
 * rebuilds it from Chroma. Every document's metadata is kept as Chroma returns it, so an index built by ingestion
 * and one read back from Chroma hold the same.
 */
export class LexicalIndex {
  /** The index epoch and version this index reflects (undefined: not synced with Chroma). */
  private state: IndexState | undefined;
  private lock: Promise<unknown> = Promise.resolve();
  private changed = false;

  private constructor(
    readonly file: string | undefined,
    readonly collection: string,
    readonly bm25: Bm25Index,
    /** Titles of the indexed chunks (`metadata.title`), for the linked-document hop. */
    readonly titles: TitleDictionary,
    private readonly sourceFingerprints: Map<string, string>,
    private readonly idsBySource: Map<string, Set<string>>,
    private readonly store: ChromaStore | undefined,
  ) {}

  /** An index of documents held only in memory (nothing persisted, never synced). */
  static inMemory(collection: string, documents: readonly LexicalDocument[] = [], options: Bm25Options = {}): LexicalIndex {
    const index = new LexicalIndex(undefined, collection, new Bm25Index([], options), new TitleDictionary(), new Map(), new Map(), undefined);
    for (const document of documents) index.addDocument(document);
    return index;
  }

  /** Every chunk of a collection, read from Chroma, in memory (no cache file). */
  static async fromStore(store: ChromaStore, options: Bm25Options = {}): Promise<LexicalIndex> {
    const index = new LexicalIndex(undefined, store.name, new Bm25Index([], options), new TitleDictionary(), new Map(), new Map(), store);
    await index.sync();
    return index;
  }

  static fileFor(cacheDir: string, collection: string): string {
    return join(cacheDir, `lexical-${collection}.json`);
  }

  /** Loads the cache file (if any), then syncs with Chroma. */
  static async open(options: OpenLexicalIndexOptions): Promise<{ index: LexicalIndex; sync: LexicalSync }> {
    const cacheDir = options.cacheDir ?? options.stateDir;
    const { store } = options;
    const file = cacheDir === undefined ? undefined : LexicalIndex.fileFor(cacheDir, store.name);
    const index = new LexicalIndex(file, store.name, new Bm25Index([], options.bm25), new TitleDictionary(), new Map(), new Map(), store);
    const loaded = index.load();
    const sync = await index.sync();
    if (sync.mode !== "current") index.save();
    return { index, sync: loaded && sync.mode === "current" ? { ...sync, mode: "loaded" } : sync };
  }

  get size(): number {
    return this.bm25.size;
  }

  /** The index version this index reflects (0 before any sync or record). */
  get version(): number {
    return this.state?.version ?? 0;
  }

  /** The epoch of the index this reflects ("" without records). */
  get epoch(): string {
    return this.state?.epoch ?? "";
  }

  /** Whether something changed since the last `save()`. */
  get unsaved(): boolean {
    return this.changed;
  }

  /** A document by chunk id. */
  get(id: string): LexicalDocument | undefined {
    return this.bm25.get(id);
  }

  /** The sources it holds chunks of, sorted. */
  sources(): string[] {
    return [...this.idsBySource.keys()].filter((source) => (this.idsBySource.get(source)?.size ?? 0) > 0).sort();
  }

  /** A source's chunks, in chunk order. */
  chunksOf(source: string): Chunk[] {
    const chunks: Chunk[] = [];
    for (const id of this.idsBySource.get(source) ?? []) {
      const document = this.bm25.get(id);
      if (document) chunks.push({ id, text: document.text, metadata: document.metadata as Chunk["metadata"] });
    }
    const order = (chunk: Chunk) => (typeof chunk.metadata.chunkIndex === "number" ? chunk.metadata.chunkIndex : 0);
    return chunks.sort((left, right) => order(left) - order(right) || (left.id < right.id ? -1 : 1));
  }

  /** Fingerprint of the record a source's documents came from. */
  fingerprint(source: string): string | undefined {
    return this.sourceFingerprints.get(source);
  }

  /**
   * Runs `work` alone: syncs and ingestion's in-place updates never interleave. `work` gets a `sync` that runs
   * inside the held turn.
   */
  exclusive<T>(work: (held: { sync(): Promise<LexicalSync> }) => Promise<T>): Promise<T> {
    const turn = () => work({ sync: () => this.syncNow() });
    const run = this.lock.then(turn, turn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  /**
   * Brings the index up to the version Chroma holds: reads the index state; when it moved, re-reads only the sources
   * whose records changed since (dropping removed ones, skipping sources being written and sources already held at
   * their committed fingerprint); for another index (epoch) or without a version, rebuilds or checks every record.
   * Reads happen first, then the changes apply at once (a search never sees half a refresh).
   */
  sync(): Promise<LexicalSync> {
    return this.exclusive((held) => held.sync());
  }

  /** Records that the index reflects a version (after ingestion updated it in place under the lease). */
  markSynced(state: IndexState): void {
    this.state = { ...state };
  }

  /** Replaces every document of a source (after its record was committed). */
  replaceSource(source: string, fingerprint: string, chunks: readonly Chunk[]): void {
    this.removeSource(source);
    for (const chunk of chunks) this.addDocument({ id: chunk.id, text: chunk.text, metadata: storedMetadata(chunk.metadata) });
    this.sourceFingerprints.set(source, fingerprint);
  }

  removeSource(source: string): void {
    for (const id of this.idsBySource.get(source) ?? []) {
      this.bm25.remove(id);
      this.titles.remove(id);
    }
    this.idsBySource.delete(source);
    this.sourceFingerprints.delete(source);
    this.changed = true;
  }

  /** Writes the cache file atomically (temporary file, flush, rename). No-op without one. */
  save(): void {
    this.changed = false;
    if (!this.file) return;
    const data: LexicalFile = {
      version: 4,
      collection: this.collection,
      epoch: this.epoch,
      indexVersion: this.version,
      k1: this.bm25.k1,
      b: this.bm25.b,
      sources: Object.fromEntries(this.sourceFingerprints),
      documents: [...this.bm25.documents()].map((document) => [
        document.id,
        String(document.metadata?.source ?? ""),
        document.text,
        (document.metadata ?? {}) as Record<string, unknown>,
        encodeTerms(this.bm25.termsOf(document.id) ?? new Map()),
        encodeTerms(this.bm25.titleTermsOf(document.id) ?? new Map()),
      ]),
    };
    writeFileAtomic(this.file, JSON.stringify(data));
  }

  private async syncNow(): Promise<LexicalSync> {
    const started = performance.now();
    const store = this.store;
    if (!store) return { mode: "current", sources: [], version: this.version, ms: 0 };
    const done = (mode: LexicalSync["mode"], sources: string[]) => ({ mode, sources, version: this.version, ms: performance.now() - started });
    const state = await IngestionRecords.readState(store);
    const held = this.state;
    const sameIndex = held !== undefined && held.epoch === state.epoch && state.epoch !== "" && held.version <= state.version;
    if (sameIndex && held.version === state.version) return done("current", []);
    // Without records (chunks written before records were kept in Chroma, or by another tool) there is no version
    // to follow: the collection is read once.
    if (state.epoch === "" && held?.epoch === "") return done("current", []);
    if (held === undefined || state.epoch === "") {
      await this.rebuild(store, state);
      return done("rebuilt", []);
    }
    // The same index, behind: the records changed since. Another index (or a cache without a version): every record.
    const plan = this.plan(await IngestionRecords.changedSince(store, sameIndex ? held.version : -1), !sameIndex);
    if (!sameIndex && plan.read.size > Math.max(16, this.idsBySource.size / 2)) {
      await this.rebuild(store, state);
      return done("rebuilt", []);
    }
    const chunks = await store.chunksOfSources([...plan.read.keys()]);
    for (const source of plan.drop) this.removeSource(source);
    for (const [source, change] of plan.read) this.replaceSource(source, this.tagOf(change, chunks.get(source) ?? []), chunks.get(source) ?? []);
    this.state = state;
    if (plan.drop.length + plan.read.size > 0) this.changed = true;
    return done(plan.drop.length + plan.read.size > 0 ? "refreshed" : "current", [...plan.drop, ...plan.read.keys()].sort());
  }

  /** What to drop and what to read again for these record changes (all: every live record was listed). */
  private plan(changes: readonly RecordChange[], all: boolean): Plan {
    const drop = new Set<string>();
    const read = new Map<string, RecordChange>();
    const live = new Set<string>();
    for (const change of changes) {
      if (change.removed) {
        if (this.idsBySource.has(change.source)) drop.add(change.source);
        continue;
      }
      live.add(change.source);
      // A source being written is read once its commit bumps the version; what is held stays until then.
      if (change.record.pending !== undefined && this.idsBySource.has(change.source)) continue;
      if (change.record.pending === undefined && this.sourceFingerprints.get(change.source) === change.record.fingerprint) continue;
      read.set(change.source, change);
    }
    if (all) for (const source of this.idsBySource.keys()) if (!live.has(source)) drop.add(source);
    return { drop: [...drop], read };
  }

  /** The committed fingerprint when the chunks read are exactly the committed set; else "pending" (read mid-write). */
  private tagOf(change: RecordChange | undefined, chunks: readonly Chunk[]): string {
    if (!change) return "";
    const { record } = change;
    const exact = record.pending === undefined && chunks.length === record.chunks && chunkIdsHash(chunks.map((chunk) => chunk.id)) === record.idsHash;
    return exact ? record.fingerprint : "pending";
  }

  /** Reads the whole collection; each source is tagged with its record. The version read first (commits meanwhile are re-read next time). */
  private async rebuild(store: ChromaStore, state: IndexState): Promise<void> {
    const bySource = new Map<string, Chunk[]>();
    const pageSize = 2000;
    for (let offset = 0; ; offset += pageSize) {
      const page = await store.list({ limit: pageSize, offset });
      for (const chunk of page) {
        const chunks = bySource.get(chunk.metadata.source);
        if (chunks) chunks.push(chunk);
        else bySource.set(chunk.metadata.source, [chunk]);
      }
      if (page.length < pageSize) break;
    }
    const records = new Map(state.epoch === "" ? [] : (await IngestionRecords.changedSince(store, -1)).filter((change) => !change.removed).map((change) => [change.source, change]));
    for (const source of [...this.idsBySource.keys()]) this.removeSource(source);
    this.sourceFingerprints.clear();
    for (const [source, chunks] of bySource) {
      for (const chunk of chunks) this.addDocument({ id: chunk.id, text: chunk.text, metadata: chunk.metadata });
      this.sourceFingerprints.set(source, this.tagOf(records.get(source), chunks));
    }
    this.state = state;
    this.changed = true;
  }

  private addDocument(document: LexicalDocument, terms?: Map<string, number>, titleTerms?: Map<string, number>): void {
    this.bm25.add(document, terms, titleTerms);
    const source = String(document.metadata?.source ?? "");
    this.titles.add(document.id, typeof document.metadata?.title === "string" ? document.metadata.title : undefined, source);
    let ids = this.idsBySource.get(source);
    if (!ids) {
      ids = new Set();
      this.idsBySource.set(source, ids);
    }
    ids.add(document.id);
    this.changed = true;
  }

  /** Reads the cache file; false when it is missing, unreadable or for another collection or BM25 setting. */
  private load(): boolean {
    if (!this.file) return false;
    let data: LexicalFile;
    try {
      data = JSON.parse(readFileSync(this.file, "utf8")) as LexicalFile;
    } catch {
      return false;
    }
    if (data.version !== 4 || data.collection !== this.collection || data.k1 !== this.bm25.k1 || data.b !== this.bm25.b || !Array.isArray(data.documents)) return false;
    for (const [id, , text, metadata, terms, titleTerms] of data.documents) this.addDocument({ id, text, metadata }, decodeTerms(terms), decodeTerms(titleTerms));
    for (const [source, fingerprint] of Object.entries(data.sources ?? {})) this.sourceFingerprints.set(source, fingerprint);
    // A file that knows no index version: every record is checked against it (epoch "?" matches none).
    this.state = typeof data.epoch === "string" && data.epoch !== "" ? { epoch: data.epoch, version: Number(data.indexVersion ?? 0) } : { epoch: "?", version: 0 };
    this.changed = false;
    return true;
  }
}
