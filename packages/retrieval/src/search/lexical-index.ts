import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Chunk, writeFileAtomic } from "@tandem/core";
import type { IngestionRecords } from "../indexing/ingestion-records";
import type { ChromaStore } from "../store/chroma-store";
import { Bm25Index, type Bm25Options, decodeTerms, encodeTerms, type LexicalDocument } from "./bm25-index";
import { TitleDictionary } from "./title-dictionary";

/** Version 2 added the title field's terms; a version-1 file is rebuilt from the collection. */
interface LexicalFile {
  version: 2;
  collection: string;
  k1: number;
  b: number;
  /** Source → fingerprint of the record the source's documents came from ("pending" when mid-write). */
  sources: Record<string, string>;
  /** [id, source, text, metadata, encoded term frequencies of the text, of the title field (`titleOf`)]. */
  documents: [string, string, string, Record<string, unknown>, string, string][];
}

export interface OpenLexicalIndexOptions {
  /** Directory of the index file (`lexical-<collection>.json`), beside the ingestion records. */
  stateDir: string;
  store: ChromaStore;
  /** The ingestion records the index must agree with. Default: the records in `stateDir`. */
  records: IngestionRecords;
  bm25?: Omit<Bm25Options, "analyzer">;
}

/** How `LexicalIndex.open` brought the index up to date. */
export interface LexicalSync {
  /** "loaded" (file matched the records), "repaired" (some sources re-read from Chroma) or "rebuilt" (whole collection read). */
  mode: "loaded" | "repaired" | "rebuilt";
  /** Sources re-read from Chroma (repaired) or dropped. */
  sources: string[];
  ms: number;
}

const fingerprintOf = (records: IngestionRecords, source: string) => {
  const record = records.get(source);
  return record ? (record.pending ? "pending" : record.fingerprint) : undefined;
};

/**
 * The lexical side of hybrid search — BM25 over chunk text and title, and the title dictionary of the
 * linked-document hop (document titles, `metadata.title`) — persisted beside the Chroma data and kept in step with the ingestion records:
 * ingestion replaces or removes a source's documents in place (postings, corpus statistics and titles update with
 * them, nothing is rebuilt), `save()` writes the file atomically, and `open()` loads the file instead of reading
 * the collection (the title dictionary is restored from the saved titles). On open, every source whose fingerprint differs from its
 * record (an ingest killed before saving, a file from another run) is re-read from Chroma alone; a missing or
 * unreadable file, or records that disagree on most sources, rebuild the index from the whole collection.
 */
export class LexicalIndex {
  private constructor(
    readonly file: string | undefined,
    readonly collection: string,
    readonly bm25: Bm25Index,
    /** Titles of the indexed chunks (`metadata.title`), for the linked-document hop. */
    readonly titles: TitleDictionary,
    private readonly sourceFingerprints: Map<string, string>,
    private readonly idsBySource: Map<string, Set<string>>,
  ) {}

  /** An index of documents held only in memory (nothing persisted). */
  static inMemory(collection: string, documents: readonly LexicalDocument[] = [], options: Bm25Options = {}): LexicalIndex {
    const index = new LexicalIndex(undefined, collection, new Bm25Index([], options), new TitleDictionary(), new Map(), new Map());
    for (const document of documents) index.addDocument(document);
    return index;
  }

  /** Every chunk of a collection, read from Chroma, in memory (for a collection without ingestion records). */
  static async fromStore(store: ChromaStore, options: Bm25Options = {}): Promise<LexicalIndex> {
    const index = LexicalIndex.inMemory(store.name, [], options);
    await index.readAll(store);
    return index;
  }

  static fileFor(stateDir: string, collection: string): string {
    return join(stateDir, `lexical-${collection}.json`);
  }

  static async open(options: OpenLexicalIndexOptions): Promise<{ index: LexicalIndex; sync: LexicalSync }> {
    const started = performance.now();
    const file = LexicalIndex.fileFor(options.stateDir, options.store.name);
    const { records, store } = options;
    const index = new LexicalIndex(file, store.name, new Bm25Index([], options.bm25), new TitleDictionary(), new Map(), new Map());
    const loaded = index.load();
    const recordSources = records.sources();
    const stale = loaded
      ? [...new Set([...recordSources, ...index.sourceFingerprints.keys()])].filter((source) => index.sourceFingerprints.get(source) !== fingerprintOf(records, source) || fingerprintOf(records, source) === "pending")
      : recordSources;
    const done = (mode: LexicalSync["mode"], sources: string[]) => ({ index, sync: { mode, sources, ms: performance.now() - started } });
    if (loaded && stale.length === 0 && recordSources.length > 0) return done("loaded", []);
    if (!loaded || recordSources.length === 0 || stale.length > recordSources.length / 2) {
      index.clear();
      await index.readAll(store);
      for (const source of recordSources) index.sourceFingerprints.set(source, fingerprintOf(records, source) as string);
      index.save();
      return done("rebuilt", []);
    }
    for (const source of stale) {
      index.removeSource(source);
      const record = records.get(source);
      if (!record) continue;
      const chunks = await store.get(record.chunkIds);
      index.replaceSource(source, fingerprintOf(records, source) as string, chunks);
    }
    index.save();
    return done("repaired", stale);
  }

  get size(): number {
    return this.bm25.size;
  }

  /** Fingerprint of the record a source's documents came from. */
  fingerprint(source: string): string | undefined {
    return this.sourceFingerprints.get(source);
  }

  /** Replaces every document of a source (after its record was committed). */
  replaceSource(source: string, fingerprint: string, chunks: readonly Chunk[]): void {
    this.removeSource(source);
    for (const chunk of chunks) this.addDocument({ id: chunk.id, text: chunk.text, metadata: chunk.metadata });
    this.sourceFingerprints.set(source, fingerprint);
  }

  removeSource(source: string): void {
    for (const id of this.idsBySource.get(source) ?? []) {
      this.bm25.remove(id);
      this.titles.remove(id);
    }
    this.idsBySource.delete(source);
    this.sourceFingerprints.delete(source);
  }

  /** Writes the index atomically (temporary file, flush, rename). No-op for an in-memory index. */
  save(): void {
    if (!this.file) return;
    const data: LexicalFile = {
      version: 2,
      collection: this.collection,
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
  }

  private clear(): void {
    for (const source of [...this.idsBySource.keys()]) this.removeSource(source);
    this.sourceFingerprints.clear();
  }

  private async readAll(store: ChromaStore): Promise<void> {
    const pageSize = 2000;
    for (let offset = 0; ; offset += pageSize) {
      const page = await store.list({ limit: pageSize, offset });
      for (const chunk of page) this.addDocument({ id: chunk.id, text: chunk.text, metadata: chunk.metadata });
      if (page.length < pageSize) break;
    }
  }

  /** Reads the file; false when it is missing, unreadable or for another collection or BM25 setting. */
  private load(): boolean {
    if (!this.file) return false;
    let data: LexicalFile;
    try {
      data = JSON.parse(readFileSync(this.file, "utf8")) as LexicalFile;
    } catch {
      return false;
    }
    if (data.version !== 2 || data.collection !== this.collection || data.k1 !== this.bm25.k1 || data.b !== this.bm25.b || !Array.isArray(data.documents)) return false;
    for (const [id, , text, metadata, terms, titleTerms] of data.documents) this.addDocument({ id, text, metadata }, decodeTerms(terms), decodeTerms(titleTerms));
    for (const [source, fingerprint] of Object.entries(data.sources ?? {})) this.sourceFingerprints.set(source, fingerprint);
    return true;
  }
}
