import type { ChromaStore } from "../store/chroma-store";
import { chunkIdsHash, type IngestionRecords } from "./ingestion-records";

/**
 * Brings the records back in line with the store before an ingest. Interrupted writes are already known (their
 * records are pending and get redone). A full comparison of the collection with the records runs when asked
 * (`verify`), or when the store holds a different number of chunks than the committed records plus the pending
 * sources' chunks (records lost, chunks written or deleted by another tool): every source whose stored chunks are
 * not exactly its committed set (count and ids hash), and every source with chunks but no record, is marked
 * pending, so the ingest redoes those sources and prunes what is not wanted.
 */
export async function reconcileRecords(
  store: ChromaStore,
  records: IngestionRecords,
  verify: boolean,
): Promise<{ sources: string[]; untrackedChunks: number; verified: boolean }> {
  const pending = records.pendingSources();
  const count = await store.count();
  if (!verify) {
    let expected = 0;
    for (const source of records.sources()) if (records.get(source)?.pending === undefined) expected += records.get(source)?.chunks ?? 0;
    if (pending.length > 0) for (const ids of (await store.idsOfSources(pending)).values()) expected += ids.length;
    if (count === expected) return { sources: pending, untrackedChunks: 0, verified: false };
  }

  const stored = await store.idsBySource();
  const repaired = new Set(pending);
  let untrackedChunks = 0;
  for (const [source, ids] of stored) {
    const record = records.get(source);
    if (record?.pending !== undefined) continue;
    if (!record || record.chunks !== ids.length || record.idsHash !== chunkIdsHash(ids)) {
      untrackedChunks += Math.max(0, ids.length - (record?.chunks ?? 0));
      repaired.add(source);
    }
  }
  for (const source of records.sources()) {
    const record = records.get(source);
    if (record && record.pending === undefined && record.chunks > 0 && !stored.has(source)) repaired.add(source);
  }
  await records.begin([...repaired].filter((source) => !pending.includes(source)).map((source) => ({ source, fingerprint: "" })));
  return { sources: [...repaired].sort(), untrackedChunks, verified: true };
}
