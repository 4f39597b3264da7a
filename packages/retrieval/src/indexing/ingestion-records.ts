import { createHash, randomUUID } from "node:crypto";
import type { Metadata } from "chromadb";
import type { ChromaStore, CompanionCollection } from "../store/chroma-store";
import { pausePoint } from "./test-pause";

/** What is stored for one source. */
export interface SourceRecord {
  /** Hash of the file's bytes and of everything that decides its chunks (format options, metadata, chunking). "" before a first commit. */
  fingerprint: string;
  /** Number of chunks the source had at its last commit. */
  chunks: number;
  /** Hash of those chunks' sorted ids (`chunkIdsHash`): a reader checks that what it read is exactly the committed set. */
  idsHash: string;
  ingestedAt: string;
  /** Set from before a write touches the store until it is committed: the fingerprint being written ("repair" when redone to repair). */
  pending?: string;
  /** Rows (JSONL, CSV) that could not be read, reported again on every run while the file is unchanged. */
  problems?: { line?: number; reason: string }[];
  /** The index version of the commit that last changed this record: the source's change marker. */
  version: number;
}

/** The index's identity and version, as the records collection holds them. */
export interface IndexState {
  /** Random id given when the records were first written: a new epoch means another index (deleted and made again). "" when there are no records yet. */
  epoch: string;
  /** Bumped by every committed ingest step (a batch of commits and removals). */
  version: number;
}

/** A source whose record changed after some index version (what a replica applies to its lexical index). */
export interface RecordChange {
  source: string;
  /** The source was removed at `version` (its record is a tombstone). */
  removed: boolean;
  record: SourceRecord;
}

/** Time spent writing records (what the records cost an ingest). */
export interface RecordsStats {
  writes: number;
  ms: number;
}

/** Records per write and per read page: within Chroma Cloud's 300 records a request. */
const recordsPerRequest = 250;
const stateId = "state";
/** The records collection beside the chunks' one. */
export const recordsSuffix = "records";
/** Items of the records collection carry this placeholder vector (they are read by id and metadata only). */
export const placeholderVector = [0];

/** Hash of a set of chunk ids (order-independent). */
export function chunkIdsHash(ids: Iterable<string>): string {
  return createHash("sha256")
    .update([...ids].sort().join("\n"))
    .digest("hex")
    .slice(0, 16);
}

/** The id of a source's record: bounded length whatever the source's path. */
function recordId(source: string): string {
  return `source:${createHash("sha256").update(source).digest("hex").slice(0, 32)}`;
}

/**
 * A record as Chroma metadata: `kind` and `version` on their own (the reads filter on them), everything else in one
 * JSON string — each metadata key is a row Chroma writes and indexes, and a record is written at least twice per
 * ingest (pending, committed), so fewer keys make the records cheaper to write.
 */
function toMetadata(source: string, record: SourceRecord, removed: boolean): Metadata {
  const { version, ...rest } = record;
  return { kind: "source", version, record: JSON.stringify({ source, removed, ...rest }) };
}

function fromMetadata(metadata: Record<string, unknown>): RecordChange {
  // Records written before the packed form kept each field as its own key.
  const fields = typeof metadata.record === "string" ? (JSON.parse(metadata.record) as Record<string, unknown>) : metadata;
  const problems = Array.isArray(fields.problems)
    ? (fields.problems as SourceRecord["problems"])
    : typeof fields.problems === "string" && fields.problems !== ""
      ? (JSON.parse(fields.problems) as SourceRecord["problems"])
      : undefined;
  const pending = typeof fields.pending === "string" && fields.pending !== "" ? fields.pending : undefined;
  return {
    source: String(fields.source),
    removed: fields.removed === true,
    record: {
      fingerprint: String(fields.fingerprint ?? ""),
      chunks: Number(fields.chunks ?? 0),
      idsHash: String(fields.idsHash ?? ""),
      ingestedAt: String(fields.ingestedAt ?? ""),
      version: Number(metadata.version ?? 0),
      ...(pending === undefined ? {} : { pending }),
      ...(problems && problems.length > 0 ? { problems } : {}),
    },
  };
}

async function readChanges(records: CompanionCollection, where: Record<string, unknown>): Promise<RecordChange[]> {
  const changes: RecordChange[] = [];
  for (let offset = 0; ; offset += recordsPerRequest) {
    const page = await records.call(() => records.collection.get({ where: where as never, limit: recordsPerRequest, offset, include: ["metadatas"] as never }));
    for (const metadata of page.metadatas) if (metadata) changes.push(fromMetadata(metadata));
    if (page.ids.length < recordsPerRequest) return changes;
  }
}

function stateItem(state: IndexState): { id: string; metadata: Metadata } {
  return { id: stateId, metadata: { kind: "state", epoch: state.epoch, version: state.version, updatedAt: new Date().toISOString() } };
}

async function readState(records: CompanionCollection): Promise<IndexState> {
  const found = await records.call(() => records.collection.get({ ids: [stateId], include: ["metadatas"] as never }));
  const metadata = found.metadatas[0];
  return metadata ? { epoch: String(metadata.epoch ?? ""), version: Number(metadata.version ?? 0) } : { epoch: "", version: 0 };
}

/**
 * The ingestion records, kept in Chroma beside the chunks (the collection `<chunks collection>.records`), so any
 * machine sees them: one item per source (fingerprint, chunk count and ids hash, pending state, problems, change
 * marker), one `state` item (epoch and index version) and the ingest lease (`IngestLease`). Which chunks a source
 * has is the chunks' own `source` metadata: the store answers it, the record says how many there should be.
 *
 * Write-ahead invariant: every source that may have chunks in the store has a record, and a source whose chunks are
 * being changed is marked pending BEFORE the store is touched. An ingest first writes `begin` for the sources it is
 * about to write (awaited: the record is in Chroma before any chunk is), then upserts their chunks, deletes the
 * chunks of theirs no longer wanted (read back by source), then commits. Commits are buffered and written in
 * batches by `flush()`: the batch's records get version V + 1, and the `state` item, written with (after) the last
 * of them, says V + 1 (a reader that sees version V + 1 finds every record of it). Killed anywhere, the next run —
 * from any machine — finds the pending records and redoes those sources; a removed source's chunks are found by
 * source, so `--prune` deletes them all. Removed sources stay as tombstones (`removed: true`) so a replica learns
 * of the removal from the change marker. Only the holder of the ingest lease writes.
 */
export class IngestionRecords {
  /** Commits and removals not yet written: the record each source will have, and whether it is a tombstone. */
  private buffered = new Map<string, { record: SourceRecord; removed: boolean }>();
  private readonly statistics: RecordsStats = { writes: 0, ms: 0 };

  private constructor(
    private readonly records: CompanionCollection,
    private state: IndexState,
    private readonly bySource: Map<string, SourceRecord>,
  ) {}

  /** Every record of a store's collection (read from Chroma). */
  static async open(store: ChromaStore): Promise<IngestionRecords> {
    const records = await store.companion(recordsSuffix);
    const state = await readState(records);
    const bySource = new Map<string, SourceRecord>();
    let latest = state.version;
    for (const change of await readChanges(records, { kind: "source" })) {
      latest = Math.max(latest, change.record.version);
      if (!change.removed) bySource.set(change.source, change.record);
    }
    // A writer killed between a batch of commits and the state item left records one version ahead of it.
    return new IngestionRecords(records, { ...state, version: latest }, bySource);
  }

  /** The index's epoch and version (one small read; what replicas poll). */
  static async readState(store: ChromaStore): Promise<IndexState> {
    return readState(await store.companion(recordsSuffix));
  }

  /** Records changed by commits after `version` (tombstones included); every record for a negative version. */
  static async changedSince(store: ChromaStore, version: number): Promise<RecordChange[]> {
    const records = await store.companion(recordsSuffix);
    return readChanges(records, { $and: [{ kind: "source" }, { version: { $gt: version } }] });
  }

  get epoch(): string {
    return this.state.epoch;
  }

  /** The index version of the last flushed commit. */
  get version(): number {
    return this.state.version;
  }

  get(source: string): SourceRecord | undefined {
    return this.bySource.get(source);
  }

  sources(): string[] {
    return [...this.bySource.keys()].sort();
  }

  /** Records not yet complete (a run was interrupted while writing them). */
  pendingSources(): string[] {
    return this.sources().filter((source) => this.bySource.get(source)?.pending !== undefined);
  }

  /** Sum of the committed chunk counts (equals the store's count when nothing is pending or orphaned). */
  chunkCount(): number {
    let count = 0;
    for (const record of this.bySource.values()) count += record.chunks;
    return count;
  }

  /** Commits and removals not yet written. */
  get unflushed(): number {
    return this.buffered.size;
  }

  stats(): RecordsStats {
    return { ...this.statistics };
  }

  /**
   * Before writing sources: marks each pending with the fingerprint being written, in Chroma, and resolves once
   * Chroma has it (one request per 250 sources). A source already pending is left as it is.
   */
  async begin(entries: readonly { source: string; fingerprint: string }[]): Promise<void> {
    const items: { id: string; metadata: Metadata }[] = [];
    for (const { source, fingerprint } of entries) {
      const existing = this.bySource.get(source);
      if (existing?.pending !== undefined) continue;
      const record: SourceRecord = { ...(existing ?? { fingerprint: "", chunks: 0, idsHash: chunkIdsHash([]), ingestedAt: new Date(0).toISOString(), version: 0 }), pending: fingerprint || "repair" };
      this.bySource.set(source, record);
      items.push({ id: recordId(source), metadata: toMetadata(source, record, false) });
    }
    if (items.length === 0) return;
    await this.ensureEpoch();
    await this.write(items);
    pausePoint("records");
  }

  /** After the store holds exactly a source's chunks: the record is committed by the next `flush()`. */
  commit(source: string, record: { fingerprint: string; chunkIds: readonly string[]; ingestedAt: string; problems?: SourceRecord["problems"] }): void {
    const committed: SourceRecord = {
      fingerprint: record.fingerprint,
      chunks: record.chunkIds.length,
      idsHash: chunkIdsHash(record.chunkIds),
      ingestedAt: record.ingestedAt,
      version: this.bySource.get(source)?.version ?? 0,
      ...(record.problems && record.problems.length > 0 ? { problems: record.problems } : {}),
    };
    this.bySource.set(source, committed);
    this.buffered.set(source, { record: committed, removed: false });
  }

  /** After a removed source's chunks were deleted: a tombstone is written by the next `flush()`. */
  remove(source: string): void {
    const record = this.bySource.get(source);
    if (!record) return;
    this.bySource.delete(source);
    this.buffered.set(source, { record, removed: true });
  }

  /**
   * A source begun but never written (its file failed to load): back to its committed record, by the next
   * `flush()`. Not for a source whose chunks may have been touched.
   */
  restore(source: string, record: SourceRecord | undefined): void {
    if (!record) return;
    const { pending: _pending, ...committed } = record;
    this.bySource.set(source, committed);
    this.buffered.set(source, { record: committed, removed: false });
  }

  /**
   * Writes the buffered commits and removals as one index version: their records (version V + 1) first, then the
   * state item. Returns the new version, or undefined when there was nothing to write.
   */
  async flush(): Promise<number | undefined> {
    if (this.buffered.size === 0) return undefined;
    await this.ensureEpoch();
    const version = this.state.version + 1;
    // Commits arriving while this batch is written go to the next one.
    const batch = this.buffered;
    this.buffered = new Map();
    const state = { ...this.state, version };
    try {
      // The state item rides in the same request as the last records (a second request per commit cost more than
      // the item): requests are written in order, so a reader that sees version V + 1 finds every record of it.
      await this.write([...[...batch].map(([source, { record, removed }]) => ({ id: recordId(source), metadata: toMetadata(source, { ...record, version }, removed) })), stateItem(state)]);
    } catch (error) {
      for (const [source, entry] of batch) if (!this.buffered.has(source)) this.buffered.set(source, entry);
      throw error;
    }
    for (const [source, { removed }] of batch) {
      const record = this.bySource.get(source);
      if (!removed && record) this.bySource.set(source, { ...record, version });
    }
    this.state = state;
    pausePoint("commit");
    return version;
  }

  /** Writes many committed records at once (a migration), as one index version. */
  async importRecords(records: ReadonlyMap<string, Omit<SourceRecord, "version">>): Promise<void> {
    for (const [source, record] of records) {
      this.bySource.set(source, { ...record, version: 0 });
      this.buffered.set(source, { record: { ...record, version: 0 }, removed: false });
    }
    await this.flush();
  }

  private async ensureEpoch(): Promise<void> {
    if (this.state.epoch !== "") return;
    await this.writeState({ epoch: randomUUID(), version: this.state.version });
  }

  private async writeState(state: IndexState): Promise<void> {
    await this.write([stateItem(state)]);
    this.state = state;
  }

  private async write(items: readonly { id: string; metadata: Metadata }[]): Promise<void> {
    const started = performance.now();
    for (let start = 0; start < items.length; start += recordsPerRequest) {
      const batch = items.slice(start, start + recordsPerRequest);
      await this.records.call(() =>
        this.records.collection.upsert({ ids: batch.map((item) => item.id), embeddings: batch.map(() => placeholderVector), metadatas: batch.map((item) => item.metadata) }),
      );
      this.statistics.writes += 1;
    }
    this.statistics.ms += performance.now() - started;
  }
}
