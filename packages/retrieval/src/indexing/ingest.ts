import { resolve, sep } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Chunk } from "@tandem/core";
import { type ChunkingOptions, chunkDocument } from "../chunking/chunk-document";
import { listSourceFiles, parseSourceFile, readSourceFile, type SourceFile } from "../loaders/load-sources";
import type { LoadFailure, MetadataValue } from "../loaders/source-document";
import { type SourceEntry, toSourceSpec } from "../loaders/source-spec";
import type { LexicalIndex } from "../search/lexical-index";
import type { ChromaStore } from "../store/chroma-store";
import { IngestionRecords } from "./ingestion-records";
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
  /** Sources are named relative to this directory. */
  baseDir: string;
  /** Where the ingestion records live. */
  stateDir: string;
  store: ChromaStore;
  embeddings: EmbeddingsInterface;
  chunking?: ChunkingOptions;
  /** Metadata for every chunk (a source's own `metadata` overrides it). Default none. */
  metadata?: Readonly<Record<string, MetadataValue>>;
  /** Delete the chunks of recorded sources (under the given paths) that no longer exist. Default false. */
  prune?: boolean;
  /** Compare the whole collection with the records and repair any difference. Default: only when the counts disagree. */
  verify?: boolean;
  /** The BM25 side of hybrid search, updated in place and saved at the end. */
  lexical?: LexicalIndex;
  /** Write requests in flight at once (overlapping embedding with writing). Default 2. */
  concurrency?: number;
  onProgress?: (progress: IngestProgress) => void;
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
}

interface PreparedSource {
  file: SourceFile;
  fingerprint: string;
  chunks: Chunk[];
  problems: LoadFailure[];
  status: "added" | "updated";
  /** Write requests still to be acknowledged. */
  outstanding: number;
  failed: boolean;
}

/**
 * Incremental, resumable ingestion. Unchanged sources (same fingerprint: bytes, read options, metadata, chunking)
 * are skipped unread; changed ones are re-chunked, embedded in batches across sources, upserted (batches within
 * the server's max batch size, `concurrency` requests in flight while the next batch is embedded), and their
 * vanished chunks deleted. The records are journaled before the store is touched (see IngestionRecords), so a
 * run killed at any point and run again ends with exactly the right chunks. One bad file never aborts the rest.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const entries: SourceEntry[] = [...(options.paths ?? []), ...(options.sources ?? [])];
  const { files, unsupported } = listSourceFiles(entries, options.baseDir);
  const { store } = options;
  const records = IngestionRecords.open(options.stateDir, store.name);
  const metadata = options.metadata ?? {};
  const chunking = options.chunking ?? {};
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const summary: IngestSummary = {
    added: 0,
    updated: 0,
    skipped: 0,
    deleted: 0,
    stale: [],
    failed: [],
    unsupported,
    repaired: { sources: [], untrackedChunks: 0, verified: false },
    chunks: { upserted: 0, deleted: 0, total: 0 },
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

  /** The store holds the new chunks: delete the vanished ones, then commit the record. */
  const finish = async (prepared: PreparedSource) => {
    const source = prepared.file.source;
    const keep = new Set(prepared.chunks.map((chunk) => chunk.id));
    const obsolete = (records.get(source)?.chunkIds ?? []).filter((id) => !keep.has(id));
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
  /** Embeds a group of sources, journals them, and queues their writes. */
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
    const entries: { chunk: Chunk; vector: number[]; owner: PreparedSource }[] = [];
    for (const prepared of current) {
      // Write-ahead: the record names every id this source may leave in the store before any is written.
      records.begin(prepared.file.source, prepared.fingerprint, prepared.chunks.map((chunk) => chunk.id));
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

  for (const file of files) {
    let fingerprint: string;
    let content: ReturnType<typeof readSourceFile>;
    try {
      content = readSourceFile(file);
      fingerprint = sourceFingerprint(file, content, metadata, chunking);
    } catch (error) {
      fail(file, (error as Error).message);
      continue;
    }
    const record = records.get(file.source);
    if (record && record.pending === undefined && record.fingerprint === fingerprint) {
      summary.skipped += 1;
      for (const problem of record.problems ?? []) summary.failed.push({ source: file.source, ...problem });
      report(file.source, "skipped");
      continue;
    }
    try {
      const output = await parseSourceFile(file, content, metadata);
      const occurrences = new Map<string, number>();
      const chunks = output.documents.flatMap((document) => chunkDocument(document, { ...chunking, occurrences }));
      const status = record && (record.fingerprint !== "" || record.pending === undefined) ? "updated" : "added";
      group.push({ file, fingerprint, chunks, problems: output.problems, status, outstanding: 0, failed: false });
      groupChunks += chunks.length;
    } catch (error) {
      fail(file, (error as Error).message);
      continue;
    }
    if (groupChunks >= store.batchSize) await flush();
  }
  await flush();
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
    const record = records.get(source);
    try {
      await withRetries(() => store.delete(record?.chunkIds ?? []));
      pausePoint("delete");
      records.remove(source);
      options.lexical?.removeSource(source);
      summary.deleted += 1;
      summary.chunks.deleted += record?.chunkIds.length ?? 0;
    } catch (error) {
      summary.failed.push({ source, reason: `could not delete: ${(error as Error).message}` });
    }
  }
  records.compact();
  options.lexical?.save();
  summary.chunks.total = await store.count();
  return summary;
}
