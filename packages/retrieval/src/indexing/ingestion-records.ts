import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { TandemError, writeFileAtomic } from "@tandem/core";
import { pausePoint } from "./test-pause";

/** What is stored for one source. */
export interface SourceRecord {
  /** Hash of the file's bytes and of everything that decides its chunks (format options, metadata, chunking). */
  fingerprint: string;
  /**
   * Every chunk id of the source that may be in the store. Exactly its chunks once committed; while a write is
   * pending, also the ids being written and those about to be deleted.
   */
  chunkIds: string[];
  ingestedAt: string;
  /** Set from before a write touches the store until it is complete: the fingerprint being written. */
  pending?: string;
  /** Rows (JSONL, CSV) that could not be read, reported again on every run while the file is unchanged. */
  problems?: { line?: number; reason: string }[];
}

interface Snapshot {
  version: 2;
  collection: string;
  /** Last journal entry folded into this snapshot. */
  seq: number;
  sources: Record<string, SourceRecord>;
}

type JournalEntry =
  | { seq: number; op: "begin"; source: string; fingerprint: string; chunkIds: string[] }
  | { seq: number; op: "commit"; source: string; record: SourceRecord }
  | { seq: number; op: "remove"; source: string };

/**
 * The persistent record of source → chunk ids, beside the vector data: a snapshot (`ingest-<collection>.json`,
 * replaced atomically) plus an append-only journal (`….journal.jsonl`) written BEFORE the store is touched.
 *
 * Invariant: every chunk of a source that may be in the store is listed in its record. A write first journals
 * `begin` (the new ids join the record, which is marked pending), then upserts, then deletes the ids no longer
 * wanted, then journals `commit`. Killed anywhere, the next run finds the pending record and redoes the source;
 * a removed source's ids are all known, so `--prune` deletes them. A torn last journal line (killed mid-write) is
 * ignored; replaying the journal is idempotent.
 */
export class IngestionRecords {
  private seq: number;

  private constructor(
    readonly file: string,
    private readonly data: Snapshot,
  ) {
    this.seq = data.seq;
  }

  /** The records of a collection in a state directory. */
  static open(stateDir: string, collection: string): IngestionRecords {
    return IngestionRecords.load(join(stateDir, `ingest-${collection}.json`), collection);
  }

  static load(file: string, collection: string): IngestionRecords {
    const corrupt = (reason: string, at: string = file) =>
      new TandemError({
        code: "INPUT_INVALID",
        file: at,
        message: `ingestion records are corrupt: ${reason}`,
        hint: "delete the records and the journal, then run `tandem ingest --verify` (it rebuilds them from the index)",
      });
    let data: Snapshot = { version: 2, collection, seq: 0, sources: {} };
    let text: string | undefined;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      try {
        const parsed = JSON.parse(text) as { version: number; sources: Record<string, Record<string, unknown>>; seq?: number };
        if (typeof parsed.sources !== "object" || parsed.sources === null) throw new Error("no sources");
        if (parsed.version === 1) {
          // Version 1 kept a content hash per source: its fingerprint never matches, so each source is redone once.
          const sources = Object.fromEntries(
            Object.entries(parsed.sources).map(([source, record]) => [
              source,
              { fingerprint: `v1:${String(record.contentHash)}`, chunkIds: record.chunkIds as string[], ingestedAt: String(record.ingestedAt) },
            ]),
          );
          data = { version: 2, collection, seq: 0, sources };
        } else if (parsed.version === 2) {
          data = { version: 2, collection, seq: parsed.seq ?? 0, sources: parsed.sources as unknown as Record<string, SourceRecord> };
        } else {
          throw new Error(`unknown version ${parsed.version}`);
        }
      } catch (error) {
        throw corrupt((error as Error).message);
      }
    }
    const records = new IngestionRecords(file, data);
    let journal = "";
    try {
      journal = readFileSync(records.journalFile, "utf8");
    } catch {
      journal = "";
    }
    const lines = journal.split("\n");
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch {
        // Only the last line can be torn by a kill; anything else is damage.
        if (index === lines.length - 1) return;
        throw corrupt(`journal line ${index + 1} is not JSON`, records.journalFile);
      }
      if (entry.seq > data.seq) records.apply(entry);
      records.seq = Math.max(records.seq, entry.seq);
    });
    return records;
  }

  get journalFile(): string {
    return this.file.replace(/\.json$/, "") + ".journal.jsonl";
  }

  get(source: string): SourceRecord | undefined {
    return this.data.sources[source];
  }

  sources(): string[] {
    return Object.keys(this.data.sources).sort();
  }

  /** Records not yet complete (a run was interrupted while writing them). */
  pendingSources(): string[] {
    return this.sources().filter((source) => this.data.sources[source]?.pending !== undefined);
  }

  /** Sum of the chunk ids the records hold (equals the store's count when nothing is pending or orphaned). */
  chunkCount(): number {
    return Object.values(this.data.sources).reduce((sum, record) => sum + record.chunkIds.length, 0);
  }

  /** Changes whenever a committed record changes. */
  stamp(): string {
    const hash = createHash("sha256");
    for (const source of this.sources()) {
      const record = this.data.sources[source] as SourceRecord;
      hash.update(`${source}\0${record.pending ? "pending" : record.fingerprint}\0${record.chunkIds.length}\n`);
    }
    return hash.digest("hex").slice(0, 32);
  }

  /** Before writing a source: journal its new ids (joining the ids it may already have) and mark it pending. */
  begin(source: string, fingerprint: string, chunkIds: readonly string[]): void {
    this.write({ seq: this.seq + 1, op: "begin", source, fingerprint, chunkIds: [...chunkIds] });
  }

  /** After the store holds exactly a source's chunks. */
  commit(source: string, record: Omit<SourceRecord, "pending">): void {
    this.write({ seq: this.seq + 1, op: "commit", source, record });
  }

  /** After a removed source's chunks were deleted. */
  remove(source: string): void {
    if (this.data.sources[source]) this.write({ seq: this.seq + 1, op: "remove", source });
  }

  /** Kept for callers of the first version: a committed record. */
  set(source: string, record: SourceRecord): void {
    this.commit(source, record);
  }

  /** Folds the journal into a new snapshot (written to a temporary file, flushed, renamed) and empties the journal. */
  compact(): void {
    writeFileAtomic(this.file, `${JSON.stringify({ ...this.data, seq: this.seq }, null, 1)}\n`, { beforeRename: () => pausePoint("snapshot") });
    this.data.seq = this.seq;
    rmSync(this.journalFile, { force: true });
  }

  private write(entry: JournalEntry): void {
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.journalFile, `${JSON.stringify(entry)}\n`);
    this.apply(entry);
    this.seq = entry.seq;
    pausePoint("journal");
  }

  private apply(entry: JournalEntry): void {
    const sources = this.data.sources;
    if (entry.op === "begin") {
      const existing = sources[entry.source];
      const ids = new Set([...(existing?.chunkIds ?? []), ...entry.chunkIds]);
      sources[entry.source] = {
        ...(existing ?? { fingerprint: "", ingestedAt: new Date(0).toISOString() }),
        chunkIds: [...ids],
        pending: entry.fingerprint,
      };
    } else if (entry.op === "commit") {
      const { pending: _pending, ...record } = entry.record as SourceRecord;
      sources[entry.source] = record;
    } else {
      delete sources[entry.source];
    }
  }
}
