import { resolve, sep } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { type Chunk, TandemError } from "@tandem/core";
import { type ChunkingOptions, chunkDocument } from "../chunking/chunk-document";
import { listSourceFiles, parseSourceFile, readSourceFile, type SourceFile } from "../loaders/load-sources";
import type { LoadFailure, MetadataValue } from "../loaders/source-document";
import { type SourceEntry, toSourceSpec } from "../loaders/source-spec";
import type { LexicalIndex, LexicalSync } from "../search/lexical-index";
import type { ChromaStore } from "../store/chroma-store";
import { IngestLease, type IngestLeaseOptions } from "./ingest-lease";
import { IngestionRecords, type SourceRecord } from "./ingestion-records";
import { migrateLocalRecords } from "./local-records";
import { reconcileRecords } from "./reconcile-records";
import { sourceFingerprint } from "./source-fingerprint";
import { pausePoint } from "./test-pause";
import { withRetries } from "./with-retries";

export interface IngestProgress {
  /** Sources finished so far (written, skipped or failed). */
  done: number;
  total: number;
  source: string;
  status: "added" | "updated" | "skipped" | "failed";
  /** Chunks written so far in this run. */
  chunks: number;
}

export interface IngestOptions {
  /** Files and directories, or source specs (`{path, format, textFields, metadataFields, metadata}`). */
  sources?: readonly SourceEntry[];
  /** Files and directories (the first version's option; same as plain-string `sources`). */
  paths?: readonly string[];
  /** Sources are named relative to this directory (so every machine with the same layout names them alike). */
  baseDir: string;
  /**
   * Where earlier versions kept the ingestion records (`ingest-<collection>.json` and its journal): moved into
   * Chroma on the first run, then renamed `*.migrated`. The records themselves live in Chroma.
   */
  stateDir?: string;
  store: ChromaStore;
  embeddings: EmbeddingsInterface;
  chunking?: ChunkingOptions;
  /** Metadata for every chunk (a source's own `metadata` overrides it). Default none. */
  metadata?: Readonly<Record<string, MetadataValue>>;
  /** Delete the chunks of recorded sources (under the given paths) that no longer exist. Default false. */
  prune?: boolean;
  /** Compare the whole collection with the records and repair any difference. Default: only when the counts disagree. */
  verify?: boolean;
  /** The BM25 side of hybrid search: synced with Chroma first, updated in place, saved at the end (when it has a cache file). */
  lexical?: LexicalIndex;
  /** The ingest lease: how long a dead holder's lease lives, how long to wait for a live one, progress while waiting. */
  lease?: IngestLeaseOptions;
  /** Committed sources are written to the records at most this often (each write is one index version). Default 2000 ms. */
  commitIntervalMs?: number;
  /** Write requests in flight at once (overlapping embedding with writing). Default 2. */
  concurrency?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Called with the records once they are open (e.g. to read what writing them cost: `records.stats()`). */
  onRecords?: (records: IngestionRecords) => void;
}

export interface IngestSummary {
  added: number;
  updated: number;
  skipped: number;
  deleted: number;
  /** Recorded sources under the given paths that are gone, kept because `prune` was off. */
  stale: string[];
  /** Files that could not be ingested and rows (JSONL, CSV) that could not be read, each with the reason. */
  failed: LoadFailure[];
  /** Files with no loader for their extension. */
  unsupported: string[];
  /** What the start-of-run check repaired: interrupted writes redone, chunks the records did not know. */
  repaired: { sources: string[]; untrackedChunks: number; verified: boolean };
  chunks: { upserted: number; deleted: number; total: number };
  /** The index version after this ingest (every committed step bumps it), and the index's epoch. */
  index: { epoch: string; version: number };
}

interface PreparedSource {
  file: SourceFile;
  fingerprint: string;
  /** Stored chunk ids of the source before this run wrote any (read just before its first write). */
  stored: string[];
  chunks: Chunk[];
  problems: LoadFailure[];
  status: "added" | "updated";
  /** Write requests still to be acknowledged. */
  outstanding: number;
  failed: boolean;
}

/** A file's fingerprint, read before anything is written (or why it could not be read). */
type Scanned = { file: SourceFile; fingerprint: string } | { file: SourceFile; error: string };

/**
 * Incremental, resumable ingestion, safe against a concurrent ingest from any machine. It takes the collection's
 * ingest lease (`IngestLease`: a second ingest waits, or fails with INGEST_BUSY), fingerprints every file while the
 * lease settles, then brings the lexical index up to Chroma's version. Unchanged sources (same fingerprint: bytes,
 * read options, metadata, chunking) are skipped unread; every changed one is marked pending in the records (in
 * Chroma, before any chunk is written), then re-chunked, embedded in batches across sources, upserted (batches
 * within the server's max batch size, `concurrency` requests in flight while the next batch is embedded), its
 * vanished chunks deleted, and committed — commits are written in batches, each one index version. A run killed at
 * any point and run again, on this machine or another, ends with exactly the right chunks (see IngestionRecords).
 * One bad file never aborts the rest.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const entries: SourceEntry[] = [...(options.paths ?? []), ...(options.sources ?? [])];
  const { files, unsupported } = listSourceFiles(entries, options.baseDir);
  const metadata = options.metadata ?? {};
  const chunking = options.chunking ?? {};
  const claim = await IngestLease.claim(options.store, options.lease);
  let lease: IngestLease | undefined;
  const background: Background = { commits: Promise.resolve() };
  try {
    // While the claim settles (nothing may be written yet): every file's fingerprint.
    const scanned: Scanned[] = files.map((file) => {
      try {
        return { file, fingerprint: sourceFingerprint(file, readSourceFile(file), metadata, chunking) };
      } catch (error) {
        return { file, error: (error as Error).message };
      }
    });
    lease = await claim.confirm();
    const held = lease;
    const run = (sync: (() => Promise<LexicalSync>) | undefined) => ingestHeld(options, { entries, files, unsupported, scanned, lease: held, sync, background });
    return options.lexical ? await options.lexical.exclusive((lexical) => run(lexical.sync)) : await run(undefined);
  } finally {
    // A commit still being written in the background is written under the lease, never after it.
    await background.commits;
    if (lease) await lease.release();
    else await claim.abandon();
  }
}

/** Commits being written while the next sources' chunks go out (one at a time, in order; never rejects). */
interface Background {
  commits: Promise<void>;
}

/** The ingest proper, holding the lease (and the lexical index). */
async function ingestHeld(
  options: IngestOptions,
  context: {
    entries: SourceEntry[];
    files: SourceFile[];
    unsupported: string[];
    scanned: Scanned[];
    lease: IngestLease;
    sync: (() => Promise<LexicalSync>) | undefined;
    background: Background;
  },
): Promise<IngestSummary> {
  const { entries, files, scanned, lease } = context;
  const { store } = options;
  const records = await IngestionRecords.open(store);
  options.onRecords?.(records);
  if (options.stateDir) await migrateLocalRecords(records, options.stateDir, store.name);
  // Commits of other machines first: the lexical index is then updated in place by this run alone.
  await context.sync?.();
  const metadata = options.metadata ?? {};
  const chunking = options.chunking ?? {};
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const commitIntervalMs = options.commitIntervalMs ?? 2000;
  const summary: IngestSummary = {
    added: 0,
    updated: 0,
    skipped: 0,
    deleted: 0,
    stale: [],
    failed: [],
    unsupported: context.unsupported,
    repaired: { sources: [], untrackedChunks: 0, verified: false },
    chunks: { upserted: 0, deleted: 0, total: 0 },
    index: { epoch: "", version: 0 },
  };
  summary.repaired = await reconcileRecords(store, records, Boolean(options.verify));

  let done = 0;
  const report = (source: string, status: IngestProgress["status"]) => {
    done += 1;
    options.onProgress?.({ done, total: files.length, source, status, chunks: summary.chunks.upserted });
  };
  const fail = (source: PreparedSource | SourceFile, reason: string) => {
    const file = "file" in source ? source.file : source;
    if ("file" in source) {
      if (source.failed) return;
      source.failed = true;
    }
    summary.failed.push({ source: file.source, reason });
    report(file.source, "failed");
  };

  // Which sources change: each is marked pending in Chroma before any of its chunks is written (write-ahead).
  const toWrite: { file: SourceFile; fingerprint: string; before: SourceRecord | undefined }[] = [];
  for (const entry of scanned) {
    if ("error" in entry) {
      fail(entry.file, entry.error);
      continue;
    }
    const record = records.get(entry.file.source);
    if (record && record.pending === undefined && record.fingerprint === entry.fingerprint) {
      summary.skipped += 1;
      for (const problem of record.problems ?? []) summary.failed.push({ source: entry.file.source, ...problem });
      report(entry.file.source, "skipped");
      continue;
    }
    toWrite.push({ ...entry, before: record });
  }
  lease.assertHeld();
  // The pending marks go out while the first sources are read, chunked and embedded; every write to the store (and
  // every commit) awaits them first, so no chunk is ever in the store before its source is marked.
  const begun = records.begin(toWrite.map(({ file, fingerprint }) => ({ source: file.source, fingerprint })));
  begun.catch(() => undefined);
  /** Sources whose chunks this run may have touched (a failure before that restores their record). */
  const touched = new Set<string>();
  let lastCommit = performance.now();
  // A due commit is written in the background (its sources' chunks are all in the store already), so the next
  // sources' chunks are not held up by it; a commit that fails fails the run at the next check.
  let commitError: unknown;
  const commitIfDue = async () => {
    await begun;
    lease.assertHeld();
    if (commitError !== undefined) throw commitError;
    if (records.unflushed > 0 && performance.now() - lastCommit >= commitIntervalMs) {
      lastCommit = performance.now();
      context.background.commits = context.background.commits
        .then(async () => {
          lease.assertHeld();
          await records.flush();
        })
        .catch((error: unknown) => {
          commitError ??= error;
        });
    }
  };

  /** The store holds the new chunks: delete the vanished ones, then commit the record. */
  const finish = async (prepared: PreparedSource) => {
    const source = prepared.file.source;
    const keep = new Set(prepared.chunks.map((chunk) => chunk.id));
    const obsolete = prepared.stored.filter((id) => !keep.has(id));
    try {
      if (obsolete.length > 0) {
        await withRetries(() => store.delete(obsolete));
        pausePoint("delete");
      }
    } catch (error) {
      fail(prepared, `could not delete old chunks: ${(error as Error).message}`);
      return;
    }
    const problems = prepared.problems.map(({ line, reason }) => ({ ...(line === undefined ? {} : { line }), reason }));
    records.commit(source, { fingerprint: prepared.fingerprint, chunkIds: [...keep], ingestedAt: new Date().toISOString(), ...(problems.length ? { problems } : {}) });
    options.lexical?.replaceSource(source, prepared.fingerprint, prepared.chunks);
    summary.chunks.upserted += prepared.chunks.length;
    summary.chunks.deleted += obsolete.length;
    summary[prepared.status] += 1;
    summary.failed.push(...prepared.problems);
    report(source, prepared.status);
  };
  const inFlight = new Set<Promise<void>>();
  const send = async (batch: { chunk: Chunk; vector: number[]; owner: PreparedSource }[]) => {
    const owners = [...new Set(batch.map((entry) => entry.owner))];
    try {
      await withRetries(() =>
        store.upsert(
          batch.map((entry) => entry.chunk),
          batch.map((entry) => entry.vector),
        ),
      );
      pausePoint("upsert");
    } catch (error) {
      // Retry each source alone so one bad source does not fail its batch neighbours.
      for (const owner of owners) {
        const own = batch.filter((entry) => entry.owner === owner);
        try {
          if (owners.length === 1) throw error;
          await store.upsert(
            own.map((entry) => entry.chunk),
            own.map((entry) => entry.vector),
          );
        } catch (ownError) {
          fail(owner, `could not write to Chroma: ${(ownError as Error).message}`);
        }
      }
    }
    for (const owner of owners) {
      owner.outstanding -= 1;
      if (owner.outstanding === 0 && !owner.failed) await finish(owner);
    }
  };

  let group: PreparedSource[] = [];
  let groupChunks = 0;
  /** Embeds a group of sources, reads the chunks they had, and queues their writes. */
  const flush = async () => {
    const current = group;
    group = [];
    groupChunks = 0;
    if (current.length === 0) return;
    let vectors: number[][];
    try {
      vectors = await options.embeddings.embedDocuments(current.flatMap((prepared) => prepared.chunks.map((chunk) => chunk.text)));
    } catch (error) {
      for (const prepared of current) fail(prepared, `could not embed: ${(error as Error).message}`);
      return;
    }
    await begun;
    // The chunks these sources had before this run writes any (obsolete ones are deleted once the new are in).
    const earlier = current.filter((prepared) => prepared.stored.length === 0 && mayHaveChunks(prepared.file.source)).map((prepared) => prepared.file.source);
    try {
      const stored = earlier.length > 0 ? await withRetries(() => store.idsOfSources(earlier)) : new Map<string, string[]>();
      for (const prepared of current) prepared.stored = stored.get(prepared.file.source) ?? prepared.stored;
    } catch (error) {
      for (const prepared of current) fail(prepared, `could not read its stored chunks: ${(error as Error).message}`);
      return;
    }
    const entries: { chunk: Chunk; vector: number[]; owner: PreparedSource }[] = [];
    for (const prepared of current) {
      touched.add(prepared.file.source);
      for (const chunk of prepared.chunks) entries.push({ chunk, vector: vectors[entries.length] as number[], owner: prepared });
    }
    const batches: (typeof entries)[] = [];
    for (let start = 0; start < entries.length; start += store.batchSize) batches.push(entries.slice(start, start + store.batchSize));
    for (const prepared of current) prepared.outstanding = batches.filter((batch) => batch.some((entry) => entry.owner === prepared)).length;
    for (const prepared of current) if (prepared.outstanding === 0) await finish(prepared);
    for (const batch of batches) {
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      const request = send(batch).finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
  };

  const before = new Map(toWrite.map((entry) => [entry.file.source, entry.before]));
  const mayHaveChunks = (source: string) => {
    const record = before.get(source);
    return record !== undefined && (record.chunks > 0 || record.pending !== undefined);
  };
  for (const { file, before: record } of toWrite) {
    let prepared: PreparedSource;
    try {
      // Read again (the fingerprint pass kept no content): a file changed since is written as it is now.
      const content = readSourceFile(file);
      const fingerprint = sourceFingerprint(file, content, metadata, chunking);
      const output = await parseSourceFile(file, content, metadata);
      const occurrences = new Map<string, number>();
      const chunks = output.documents.flatMap((document) => chunkDocument(document, { ...chunking, occurrences }));
      const status = record && (record.fingerprint !== "" || record.pending === undefined) ? "updated" : "added";
      prepared = { file, fingerprint, stored: [], chunks, problems: output.problems, status, outstanding: 0, failed: false };
    } catch (error) {
      fail(file, (error as Error).message);
      continue;
    }
    group.push(prepared);
    groupChunks += prepared.chunks.length;
    if (groupChunks >= store.batchSize) {
      await flush();
      await commitIfDue();
    }
  }
  await flush();
  await begun;
  while (inFlight.size > 0) await Promise.race(inFlight);

  // Recorded sources under the given paths that were not found this time.
  const present = new Set(files.map((file) => file.source));
  const scopes = entries.map((entry) => resolve(options.baseDir, toSourceSpec(entry).path));
  const inScope = (source: string) => {
    const absolute = resolve(options.baseDir, source);
    return scopes.some((scope) => absolute === scope || absolute.startsWith(scope + sep));
  };
  for (const source of records.sources()) {
    if (present.has(source) || !inScope(source)) continue;
    if (!options.prune) {
      summary.stale.push(source);
      continue;
    }
    try {
      lease.assertHeld();
      const stored = (await withRetries(() => store.idsOfSources([source]))).get(source) ?? [];
      await withRetries(() => store.deleteSources([source]));
      pausePoint("delete");
      records.remove(source);
      options.lexical?.removeSource(source);
      summary.deleted += 1;
      summary.chunks.deleted += stored.length;
    } catch (error) {
      if (TandemError.isInstance(error) && error.code === "INGEST_BUSY") throw error;
      summary.failed.push({ source, reason: `could not delete: ${(error as Error).message}` });
    }
  }
  // Sources marked pending that failed before any of their chunks was written go back to their committed record
  // (a new one is dropped); a source already pending before this run stays pending.
  for (const { file, before: record } of toWrite) {
    if (touched.has(file.source) || record?.pending !== undefined) continue;
    if (record) records.restore(file.source, record);
    else records.remove(file.source);
  }
  await context.background.commits;
  if (commitError !== undefined) throw commitError;
  lease.assertHeld();
  await records.flush();
  summary.index = { epoch: records.epoch, version: records.version };
  if (options.lexical) {
    options.lexical.markSynced(summary.index);
    options.lexical.save();
  }
  summary.chunks.total = await store.count();
  return summary;
}
