import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import type { ChromaStore } from "../store/chroma-store";
import { IngestLease, type IngestLeaseOptions } from "./ingest-lease";
import { chunkIdsHash, IngestionRecords, type SourceRecord } from "./ingestion-records";

/** A source as the local records of earlier versions kept it. */
interface LocalSourceRecord {
  fingerprint: string;
  chunkIds: string[];
  ingestedAt: string;
  pending?: string;
  problems?: { line?: number; reason: string }[];
}

type JournalEntry =
  | { seq: number; op: "begin"; source: string; fingerprint: string; chunkIds: string[] }
  | { seq: number; op: "commit"; source: string; record: LocalSourceRecord }
  | { seq: number; op: "remove"; source: string };

/** The records file earlier versions kept in the state directory (`ingest-<collection>.json`), and its journal. */
export function localRecordFiles(stateDir: string, collection: string): { snapshot: string; journal: string } {
  const snapshot = join(stateDir, `ingest-${collection}.json`);
  return { snapshot, journal: `${snapshot.replace(/\.json$/, "")}.journal.jsonl` };
}

/** True when a state directory still holds local records of a collection (not yet moved into Chroma). */
export function hasLocalRecords(stateDir: string, collection: string): boolean {
  const { snapshot, journal } = localRecordFiles(stateDir, collection);
  return existsSync(snapshot) || existsSync(journal);
}

/**
 * Reads the local records of earlier versions: the snapshot (version 1 or 2) with its journal replayed (entries
 * newer than the snapshot; a torn last line, left by a kill, is ignored).
 */
export function readLocalRecords(stateDir: string, collection: string): Map<string, LocalSourceRecord> {
  const { snapshot, journal } = localRecordFiles(stateDir, collection);
  const corrupt = (reason: string, file: string) =>
    new TandemError({
      code: "INPUT_INVALID",
      file,
      message: `local ingestion records are corrupt: ${reason}`,
      hint: "delete them (the records live in Chroma now) and run `tandem ingest --verify`: it rebuilds the records from the collection",
    });
  const sources = new Map<string, LocalSourceRecord>();
  let seq = 0;
  if (existsSync(snapshot)) {
    try {
      const parsed = JSON.parse(readFileSync(snapshot, "utf8")) as { version: number; seq?: number; sources: Record<string, Record<string, unknown>> };
      if (typeof parsed.sources !== "object" || parsed.sources === null) throw new Error("no sources");
      if (parsed.version !== 1 && parsed.version !== 2) throw new Error(`unknown version ${parsed.version}`);
      for (const [source, record] of Object.entries(parsed.sources)) {
        // Version 1 kept a content hash per source: its fingerprint never matches, so each source is redone once.
        sources.set(source, parsed.version === 1 ? { fingerprint: `v1:${String(record.contentHash)}`, chunkIds: record.chunkIds as string[], ingestedAt: String(record.ingestedAt) } : (record as unknown as LocalSourceRecord));
      }
      seq = parsed.seq ?? 0;
    } catch (error) {
      throw corrupt((error as Error).message, snapshot);
    }
  }
  const lines = existsSync(journal) ? readFileSync(journal, "utf8").split("\n") : [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      if (index === lines.length - 1) return;
      throw corrupt(`journal line ${index + 1} is not JSON`, journal);
    }
    if (entry.seq <= seq) return;
    if (entry.op === "begin") {
      const existing = sources.get(entry.source);
      sources.set(entry.source, {
        ...(existing ?? { fingerprint: "", ingestedAt: new Date(0).toISOString() }),
        chunkIds: [...new Set([...(existing?.chunkIds ?? []), ...entry.chunkIds])],
        pending: entry.fingerprint,
      });
    } else if (entry.op === "commit") {
      const { pending: _pending, ...record } = entry.record;
      sources.set(entry.source, record);
    } else {
      sources.delete(entry.source);
    }
  });
  return sources;
}

/**
 * Moves the local records of earlier versions into Chroma, once: when the collection has no records yet, every
 * local record is written there (pending ones stay pending, so an interrupted run is still redone), as one index
 * version; records already in Chroma win (another machine wrote them). Either way the local files are renamed
 * `*.migrated`. Call it holding the ingest lease. Returns the number of records moved.
 */
export async function migrateLocalRecords(records: IngestionRecords, stateDir: string, collection: string): Promise<number> {
  if (!hasLocalRecords(stateDir, collection)) return 0;
  const local = readLocalRecords(stateDir, collection);
  let moved = 0;
  if (records.epoch === "" && records.sources().length === 0 && local.size > 0) {
    const converted = new Map<string, Omit<SourceRecord, "version">>();
    for (const [source, record] of local) {
      converted.set(source, {
        fingerprint: record.fingerprint,
        // A pending record listed every id it might have left; the chunks themselves are found by source.
        chunks: record.pending === undefined ? record.chunkIds.length : 0,
        idsHash: chunkIdsHash(record.pending === undefined ? record.chunkIds : []),
        ingestedAt: record.ingestedAt,
        ...(record.pending === undefined ? {} : { pending: record.pending || "repair" }),
        ...(record.problems ? { problems: record.problems } : {}),
      });
    }
    await records.importRecords(converted);
    moved = converted.size;
  }
  for (const file of Object.values(localRecordFiles(stateDir, collection))) {
    if (existsSync(file)) renameSync(file, `${file}.migrated`);
  }
  return moved;
}

/**
 * `migrateLocalRecords` for a process that does not ingest (a server starting on a state directory of an earlier
 * version): takes the ingest lease for it. Returns undefined when another ingest holds the lease (that ingest, or
 * the next start, moves them), else the number of records moved.
 */
export async function migrateLocalRecordsHoldingLease(store: ChromaStore, stateDir: string, lease: IngestLeaseOptions = {}): Promise<number | undefined> {
  if (!hasLocalRecords(stateDir, store.name)) return 0;
  let held: IngestLease;
  try {
    held = await IngestLease.acquire(store, { ...lease, waitMs: lease.waitMs ?? 0 });
  } catch (error) {
    if (TandemError.isInstance(error) && error.code === "INGEST_BUSY") return undefined;
    throw error;
  }
  try {
    return await migrateLocalRecords(await IngestionRecords.open(store), stateDir, store.name);
  } finally {
    await held.release();
  }
}
