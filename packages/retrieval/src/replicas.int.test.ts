// Integration: Chroma as the one source of truth. A second process that never ingested builds its lexical index from
// Chroma alone, ranks exactly like the ingesting process, follows each change source by source (O(changed
// sources)), survives the loss of its cache file; two ingests at once serialise on the lease and end like a clean
// ingest; the local records of an earlier version move into Chroma without re-adding anything.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LocalHashEmbeddings } from "@tandem/models";
import { describe, expect, it } from "vitest";
import { ingest } from "./indexing/ingest";
import { IngestionRecords } from "./indexing/ingestion-records";
import { localRecordFiles } from "./indexing/local-records";
import { createHybridRetriever } from "./search/hybrid-retriever";
import { IndexFollower } from "./search/index-follower";
import { LexicalIndex } from "./search/lexical-index";
import { testProject, useRealChroma } from "./testing/real-chroma.test-helper";

const chroma = useRealChroma("tandem-replicas");
const embeddings = new LocalHashEmbeddings();

const files: Record<string, string> = {
  "pricing.md": "# Pricing\n\n## Egress\nEgress in eu-west-1 costs $0.09 per GB.\n\n## Storage\nStorage costs $0.25 per GB-month. See Backups for retention.",
  "backups.md": "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro.",
  "copy-of-backups.md": "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro.",
  "regions.txt": "Regions\nKestrel runs in us-east-1, eu-west-1 and ap-south-1.",
  "pooler.md": "# Pooler\n\nThe pooler listens on port 6432. Pricing of the pooler is included in every plan.",
  "sla.md": "# SLA\n\n99.95% uptime on Pro; credits are described under Pricing.",
};
const queries = ["backup retention days", "egress price eu-west-1", "pooler port", "Pricing", "uptime credits", "regions"];

/** Every document of a lexical index, by id. */
const documents = (lexical: LexicalIndex) => [...lexical.bm25.documents()].map(({ id, text, metadata }) => ({ id, text, metadata })).sort((left, right) => (left.id < right.id ? -1 : 1));

async function expectSameResults(left: LexicalIndex, right: LexicalIndex, store: Parameters<typeof createHybridRetriever>[0]["store"]) {
  expect(documents(right)).toEqual(documents(left));
  const [a, b] = await Promise.all([createHybridRetriever({ store, embeddings, lexical: left }), createHybridRetriever({ store, embeddings, lexical: right })]);
  for (const query of queries) expect(await b.search(query, { k: 5 }), query).toEqual(await a.search(query, { k: 5 }));
}

describe("replicas over one Chroma", () => {
  it("a replica built from Chroma alone ranks like the ingesting process and follows its changes source by source", async () => {
    const { directory, store } = await testProject(chroma, "follow", files, { embedderId: embeddings.id, batchSize: 4 });
    const stateA = join(directory, ".tandem-a");
    const stateB = mkdtempSync(join(directory, "replica-"));
    const a = (await LexicalIndex.open({ cacheDir: stateA, store })).index;
    const run = (prune = false) => ingest({ sources: ["corpus"], baseDir: directory, store, embeddings, lexical: a, prune, lease: { settleMs: 200 } });
    const first = await run();
    expect(first.added).toBe(6);
    expect(first.index.version).toBeGreaterThan(0);

    const opened = await LexicalIndex.open({ cacheDir: stateB, store });
    expect(opened.sync.mode).toBe("rebuilt");
    const b = opened.index;
    expect(b.version).toBe(a.version);
    await expectSameResults(a, b, store);

    // One source changes: the replica reads that source again, and only it.
    writeFileSync(join(directory, "corpus", "regions.txt"), "Regions\nKestrel now also runs in sa-east-1 and me-central-1.");
    const edit = await run();
    expect(edit).toMatchObject({ updated: 1, skipped: 5 });
    const follower = new IndexFollower(b, { intervalMs: 100 });
    const refreshed = await follower.refresh();
    expect(refreshed).toMatchObject({ mode: "refreshed", sources: ["corpus/regions.txt"], version: edit.index.version });
    expect(follower.status()).toMatchObject({ version: edit.index.version, latestVersion: edit.index.version, stale: false });
    await expectSameResults(a, b, store);
    expect((await follower.refresh()).mode).toBe("current");

    // A removed source (pruned) is dropped from the replica through its tombstone.
    rmSync(join(directory, "corpus", "sla.md"));
    expect((await run(true)).deleted).toBe(1);
    expect(await follower.refresh()).toMatchObject({ mode: "refreshed", sources: ["corpus/sla.md"] });
    expect(b.sources()).not.toContain("corpus/sla.md");
    await expectSameResults(a, b, store);
    await follower.stop();

    // The cache file is only a cache: loaded when current, rebuilt from Chroma when gone.
    expect((await LexicalIndex.open({ cacheDir: stateB, store })).sync.mode).toBe("loaded");
    rmSync(stateB, { recursive: true, force: true });
    const rebuilt = await LexicalIndex.open({ cacheDir: stateB, store });
    expect(rebuilt.sync.mode).toBe("rebuilt");
    await expectSameResults(a, rebuilt.index, store);
  });

  it("two ingests at once: the second waits for the first's lease; the result equals a clean ingest", async () => {
    const { directory, store } = await testProject(chroma, "concurrent", files, { embedderId: embeddings.id, batchSize: 4 });
    const waits: string[] = [];
    const both = await Promise.all(
      [0, 1].map(() => ingest({ sources: ["corpus"], baseDir: directory, store, embeddings, lease: { settleMs: 300, pollMs: 100, onWait: (wait) => waits.push(wait.holder) } })),
    );
    expect(waits.length).toBeGreaterThan(0);
    // One wrote everything, the other found nothing to do.
    expect(both.map((summary) => summary.added).sort()).toEqual([0, 6]);
    expect(both.map((summary) => summary.skipped).sort()).toEqual([0, 6]);
    const clean = await testProject(chroma, "concurrent-clean", files, { embedderId: embeddings.id });
    await ingest({ sources: ["corpus"], baseDir: clean.directory, store: clean.store, embeddings, lease: { settleMs: 200 } });
    const ids = async (target: typeof store) => (await target.collection.get({})).ids.sort();
    expect(await ids(store)).toEqual(await ids(clean.store));
  });

  it("moves the records an earlier version kept in .tandem/ into Chroma: nothing is added again", async () => {
    const { directory, stateDir, store } = await testProject(chroma, "migrate", files, { embedderId: embeddings.id });
    await ingest({ sources: ["corpus"], baseDir: directory, store, embeddings, lease: { settleMs: 200 } });
    // What the earlier version kept: a snapshot with every source's fingerprint and chunk ids (no records in Chroma).
    const records = await IngestionRecords.open(store);
    const stored = await store.idsBySource();
    const sources = Object.fromEntries(records.sources().map((source) => [source, { fingerprint: records.get(source)?.fingerprint, chunkIds: stored.get(source), ingestedAt: "2026-01-01T00:00:00.000Z" }]));
    const { snapshot } = localRecordFiles(stateDir, store.name);
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(snapshot, JSON.stringify({ version: 2, collection: store.name, seq: 0, sources }));
    await chroma.client.deleteCollection({ name: `${store.name}.records` });
    store.forgetCompanion("records");

    const migrated = await ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings, lease: { settleMs: 200 } });
    expect(migrated).toMatchObject({ added: 0, updated: 0, skipped: 6, chunks: { upserted: 0 }, repaired: { sources: [] } });
    expect(existsSync(snapshot)).toBe(false);
    expect(existsSync(`${snapshot}.migrated`)).toBe(true);
    expect((await IngestionRecords.open(store)).sources()).toEqual(records.sources());
  });

  it("reads records written in the earlier one-key-per-field form: nothing is added again", async () => {
    const { directory, store } = await testProject(chroma, "unpacked", files, { embedderId: embeddings.id });
    await ingest({ sources: ["corpus"], baseDir: directory, store, embeddings, lease: { settleMs: 200 } });
    const records = await IngestionRecords.open(store);
    const companion = await store.companion("records");
    const found = await companion.collection.get({ where: { kind: "source" } as never, include: ["metadatas"] as never });
    expect(found.ids.length).toBe(records.sources().length);
    // Rewrite every record as the earlier form kept it: each field its own key, problems as a JSON string.
    const unpacked = found.metadatas.map((metadata) => {
      const { record, ...rest } = metadata as Record<string, unknown>;
      const fields = JSON.parse(String(record)) as Record<string, unknown>;
      return { ...rest, ...fields, pending: fields.pending ?? "", problems: fields.problems ? JSON.stringify(fields.problems) : "" } as never;
    });
    await companion.collection.upsert({ ids: found.ids, embeddings: found.ids.map(() => [0]), metadatas: unpacked });
    const reread = await IngestionRecords.open(store);
    expect(reread.sources()).toEqual(records.sources());
    for (const source of records.sources()) expect(reread.get(source)).toEqual(records.get(source));
    expect(await ingest({ sources: ["corpus"], baseDir: directory, store, embeddings, lease: { settleMs: 200 } })).toMatchObject({ added: 0, updated: 0, skipped: 6 });
  });
});
