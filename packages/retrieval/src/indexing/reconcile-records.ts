import type { ChromaStore } from "../store/chroma-store";
import type { IngestionRecords } from "./ingestion-records";

/**
 * Brings the records back in line with the store before an ingest. Interrupted writes are already known (their
 * records are pending and get redone). A full comparison of the collection with the records runs when asked
 * (`verify`), or when the store holds more chunks than the records know of, or a different number while nothing
 * is pending (records deleted or restored from elsewhere, chunks written by another tool): chunks no record
 * lists join their source's record, and records missing chunks are marked pending, so the ingest redoes those
 * sources and prunes what is not wanted.
 */
export async function reconcileRecords(
  store: ChromaStore,
  records: IngestionRecords,
  verify: boolean,
): Promise<{ sources: string[]; untrackedChunks: number; verified: boolean }> {
  const pending = records.pendingSources();
  const count = await store.count();
  const known = records.chunkCount();
  if (!verify && count <= known && (pending.length > 0 || count === known)) return { sources: pending, untrackedChunks: 0, verified: false };

  const stored = await store.idsBySource();
  const repaired = new Set(pending);
  let untrackedChunks = 0;
  for (const [source, ids] of stored) {
    const record = records.get(source);
    const owned = new Set(record?.chunkIds ?? []);
    const untracked = ids.filter((id) => !owned.has(id));
    if (untracked.length > 0) {
      untrackedChunks += untracked.length;
      records.begin(source, record?.pending ?? "", untracked);
      repaired.add(source);
    }
  }
  for (const source of records.sources()) {
    const record = records.get(source);
    if (!record || record.pending !== undefined) continue;
    const present = new Set(stored.get(source) ?? []);
    if (record.chunkIds.some((id) => !present.has(id))) {
      records.begin(source, "", []);
      repaired.add(source);
    }
  }
  return { sources: [...repaired].sort(), untrackedChunks, verified: true };
}
