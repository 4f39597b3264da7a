import { join, resolve, sep } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { type ChunkingOptions, chunkDocument } from "../chunking/chunk-document";
import { loadSources } from "../loaders/load-sources";
import type { ChromaStore } from "../store/chroma-store";
import { IngestionRecords } from "./ingestion-records";

export interface IngestProgress {
  done: number;
  total: number;
  source: string;
  status: "added" | "updated" | "skipped" | "failed";
}

export interface IngestOptions {
  /** Files and directories to ingest. */
  paths: readonly string[];
  /** Sources are named relative to this directory. */
  baseDir: string;
  /** Where the ingestion records live. */
  stateDir: string;
  store: ChromaStore;
  embeddings: EmbeddingsInterface;
  chunking?: ChunkingOptions;
  /** Delete the chunks of recorded sources (under the given paths) that no longer exist. Default false. */
  prune?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary {
  added: number;
  updated: number;
  skipped: number;
  deleted: number;
  /** Recorded sources under the given paths that are gone, kept because `prune` was off. */
  stale: string[];
  failed: { source: string; reason: string }[];
  /** Files with no loader for their extension. */
  unsupported: string[];
  chunks: { upserted: number; deleted: number; total: number };
}

/**
 * Incremental ingestion: unchanged sources (same content hash) are skipped without embedding; changed ones are
 * re-chunked, their new chunks upserted (stable ids make repeats idempotent) and vanished chunks deleted;
 * records are written per source after the store accepted the writes, so an interrupted run is repaired by
 * the next one. One bad file never aborts the others.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const loaded = loadSources(options.paths, options.baseDir);
  const records = IngestionRecords.load(join(options.stateDir, `ingest-${options.store.name}.json`), options.store.name);
  const summary: IngestSummary = {
    added: 0,
    updated: 0,
    skipped: 0,
    deleted: 0,
    stale: [],
    failed: [...loaded.failures],
    unsupported: loaded.unsupported,
    chunks: { upserted: 0, deleted: 0, total: 0 },
  };
  const total = loaded.documents.length + loaded.failures.length;
  let done = loaded.failures.length;
  for (const failure of loaded.failures) options.onProgress?.({ done, total, source: failure.source, status: "failed" });

  for (const document of loaded.documents) {
    const previous = records.get(document.source);
    let status: IngestProgress["status"];
    if (previous && previous.contentHash === document.contentHash) {
      status = "skipped";
      summary.skipped += 1;
    } else {
      try {
        const chunks = await chunkDocument(document, options.chunking);
        const vectors = await options.embeddings.embedDocuments(chunks.map((chunk) => chunk.text));
        await options.store.upsert(chunks, vectors);
        const keep = new Set(chunks.map((chunk) => chunk.id));
        const obsolete = (previous?.chunkIds ?? []).filter((id) => !keep.has(id));
        await options.store.delete(obsolete);
        records.set(document.source, { contentHash: document.contentHash, chunkIds: [...keep], ingestedAt: new Date().toISOString() });
        summary.chunks.upserted += chunks.length;
        summary.chunks.deleted += obsolete.length;
        status = previous ? "updated" : "added";
        summary[status] += 1;
      } catch (error) {
        status = "failed";
        summary.failed.push({ source: document.source, reason: (error as Error).message });
      }
    }
    done += 1;
    options.onProgress?.({ done, total, source: document.source, status });
  }

  // Recorded sources under the given paths that were not found this time.
  const present = new Set([...loaded.documents.map((document) => document.source), ...loaded.failures.map((failure) => failure.source)]);
  const scopes = options.paths.map((path) => resolve(options.baseDir, path));
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
      await options.store.delete(record?.chunkIds ?? []);
      records.remove(source);
      summary.deleted += 1;
      summary.chunks.deleted += record?.chunkIds.length ?? 0;
    } catch (error) {
      summary.failed.push({ source, reason: `could not delete: ${(error as Error).message}` });
    }
  }
  summary.chunks.total = await options.store.count();
  return summary;
}
