// Integration: hybrid search, filters, the persisted lexical index and record reconciliation on the real Chroma server.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import type { SearchHit } from "@tandem/core";
import { ExtractiveReader, LocalHashEmbeddings } from "@tandem/models";
import { describe, expect, it } from "vitest";
import { ingest } from "./indexing/ingest";
import { createRagChain, retrievalFinishedEvent } from "./rag/rag-chain";
import { createHybridRetriever } from "./search/hybrid-retriever";
import { LexicalIndex } from "./search/lexical-index";
import type { Reranker } from "./search/reranker";
import { compileWhere, type WhereFilter } from "./search/where-filter";
import { testProject, useRealChroma } from "./testing/real-chroma.test-helper";

const chroma = useRealChroma("tandem-hybrid");
const embeddings = new LocalHashEmbeddings();

/** A fresh project: a corpus folder, a state directory and its own collection. */
const project = (name: string, files: Record<string, string>) => testProject(chroma, name, files, { embedderId: embeddings.id, batchSize: 16 });

const files = {
  "pricing.md": "# Pricing\n\n## Egress\nEgress in eu-west-1 costs $0.09 per GB from 2026-10-01.\n\n## Storage\nStorage costs $0.25 per GB-month.",
  "backups.md": "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro.",
  "copy-of-backups.md": "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro.",
  "regions.txt": "Regions\nKestrel runs in us-east-1, eu-west-1 and ap-south-1.",
  "faq.jsonl": [
    JSON.stringify({ q: "Which port does the pooler use?", a: "The pooler listens on 6432.", team: "platform", year: 2026, public: true }),
    JSON.stringify({ q: "Is there an SLA?", a: "99.95% uptime on Pro.", team: "legal", year: 2025, public: false }),
    JSON.stringify({ q: "Where are backups stored?", a: "Backups are stored in the same region.", team: "platform", year: 2024, public: true }),
  ].join("\n"),
};

describe("hybrid search on the real server", () => {
  it("filters both sides to the same set for every operator of the where grammar", async () => {
    const { directory, stateDir, store } = await project("filters", files);
    await ingest({
      sources: ["corpus", { path: "corpus/faq.jsonl", textFields: ["q", "a"], metadataFields: ["team", "year", "public"] }],
      baseDir: directory,
      stateDir,
      store,
      embeddings,
      metadata: { product: "kestrel" },
    });
    const { index } = await LexicalIndex.open({ cacheDir: stateDir, store });
    const wheres: WhereFilter[] = [
      { source: "corpus/faq.jsonl" },
      { team: "platform" },
      { team: { $ne: "platform" } },
      { year: { $gte: 2025 } },
      { year: { $lt: 2026 } },
      { public: true },
      { team: { $in: ["legal", "platform"] } },
      { team: { $nin: ["legal"] } },
      { format: { $in: ["markdown", "text"] } },
      { $and: [{ product: "kestrel" }, { $or: [{ year: { $lte: 2024 } }, { format: "text" }] }] },
      { line: { $gt: 1 } },
    ];
    for (const where of wheres) {
      const dense = (await store.collection.get({ where: where as never })).ids.sort();
      const lexical = index.bm25.filter((document) => compileWhere(where)(document.metadata ?? {})).sort();
      expect(lexical, JSON.stringify(where)).toEqual(dense);
      expect(dense.length, JSON.stringify(where)).toBeGreaterThan(0);
    }
    const hybrid = await createHybridRetriever({ store, embeddings, lexical: index });
    const filtered = await hybrid.search("backups stored region", { k: 5, where: { team: "platform" } });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((hit) => hit.metadata.team === "platform")).toBe(true);
  });

  it("exposes each side, collapses near-duplicates, and calls the reranker", async () => {
    const { directory, stateDir, store } = await project("sides", files);
    await ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings });
    const hybrid = await createHybridRetriever({ store, embeddings });
    const [top, ...rest] = await hybrid.search("How long are daily backups kept on Pro?", { k: 3 });
    expect(top?.source).toMatch(/backups\.md$/);
    expect(top?.scores).toMatchObject({ denseRank: 0, lexicalRank: 0 });
    expect(top?.collapsed).toHaveLength(1);
    expect(rest.every((hit) => !hit.source.endsWith("backups.md"))).toBe(true);
    const dense = await hybrid.search("How long are daily backups kept on Pro?", { k: 3, mode: "dense" });
    const lexical = await hybrid.search("How long are daily backups kept on Pro?", { k: 3, mode: "lexical" });
    expect(dense[0]?.scores).toEqual({ dense: dense[0]?.score, denseRank: 0 });
    // The lexical side alone: BM25 in scores.lexical; score = BM25 over the query's bound, in (0, 1).
    expect(lexical[0]?.scores).toEqual({ lexical: expect.any(Number), lexicalRank: 0 });
    expect(lexical[0]?.score).toBeCloseTo((lexical[0]?.scores?.lexical ?? 0) / hybrid.lexical.bm25.maxScore(hybrid.lexical.bm25.queryTerms("How long are daily backups kept on Pro?")), 10);
    expect(lexical[0]?.score).toBeLessThan(1);
    expect(new Set(dense.slice(0, 2).map((hit) => hit.text)).size).toBe(1);

    const seen: string[][] = [];
    const reverse: Reranker = {
      async rerank(_query, hits) {
        seen.push(hits.map((hit) => hit.id));
        return [...hits].reverse().map((hit, index) => ({ ...hit, scores: { ...hit.scores, rerank: index } }));
      },
    };
    const reranked = await createHybridRetriever({ store, embeddings, reranker: reverse, rerankDepth: 4 });
    const hits = await reranked.search("egress price eu-west-1", { k: 2 });
    expect(seen[0]).toHaveLength(4);
    expect(hits.map((hit) => hit.id)).toEqual([seen[0]?.[3], seen[0]?.[2]]);
    expect(hits[0]?.score).toBe(0);
  });

  it("dispatches retrieval-finished with per-hit scores of each side from the RAG chain", async () => {
    const { directory, stateDir, store } = await project("trace", files);
    await ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings });
    const chain = createRagChain({ retriever: await createHybridRetriever({ store, embeddings }), model: new ExtractiveReader(), k: 2 });
    const events: { name: string; data: { hits: SearchHit["scores"][] } }[] = [];
    const handler = BaseCallbackHandler.fromMethods({
      handleCustomEvent(name: string, data: { hits: SearchHit["scores"][] }) {
        events.push({ name, data });
      },
    });
    await chain.invoke({ query: "What does egress cost in eu-west-1?" }, { callbacks: [handler] });
    expect(events.map((event) => event.name)).toEqual([retrievalFinishedEvent]);
    expect(events[0]?.data.hits).toHaveLength(2);
    expect(events[0]?.data.hits[0]).toMatchObject({ fused: expect.any(Number), dense: expect.any(Number), lexical: expect.any(Number) });
  });
});

describe("the persisted lexical index", () => {
  it("is updated by ingest, loaded without reading the chunks, and refreshed per changed source when behind", async () => {
    const { directory, stateDir, store } = await project("lexical", files);
    const open = () => LexicalIndex.open({ cacheDir: stateDir, store });
    const first = await open();
    expect(first.sync.mode).toBe("rebuilt");
    await ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings, lexical: first.index });
    const ids = async () => (await store.collection.get({})).ids.sort();
    expect([...first.index.bm25.documents()].map((document) => document.id).sort()).toEqual(await ids());

    const again = await open();
    expect(again.sync.mode).toBe("loaded");
    expect(again.index.size).toBe(first.index.size);

    // An ingest that updated Chroma and the records but never saved the lexical index (killed before the end).
    writeFileSync(join(directory, "corpus", "regions.txt"), "Regions\nKestrel now also runs in sa-east-1.");
    await ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings });
    const repaired = await open();
    expect(repaired.sync).toMatchObject({ mode: "refreshed", sources: ["corpus/regions.txt"] });
    expect([...repaired.index.bm25.documents()].map((document) => document.id).sort()).toEqual(await ids());
    expect(repaired.index.bm25.search("sa-east-1", 1)[0]?.id).toBeDefined();
  });
});

describe("reconciling records with the store", () => {
  it("adopts chunks no record knows and rebuilds lost records, ending with a clean ingest's chunks", async () => {
    const { directory, stateDir, store } = await project("reconcile", files);
    const run = (extra: { verify?: boolean; prune?: boolean } = {}) => ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings, ...extra });
    await run();
    const clean = (await store.collection.get({})).ids.sort();
    // An orphan of a known source and one of a source that no longer exists.
    await store.collection.upsert({ ids: ["orphan-1", "orphan-2"], embeddings: [embeddings.embed("x"), embeddings.embed("y")], metadatas: [{ source: "corpus/pricing.md" }, { source: "corpus/gone.md" }] });
    const repaired = await run({ prune: true });
    expect(repaired.repaired).toMatchObject({ verified: true, untrackedChunks: 2, sources: ["corpus/gone.md", "corpus/pricing.md"] });
    expect(repaired.deleted).toBe(1);
    expect((await store.collection.get({})).ids.sort()).toEqual(clean);

    // Records lost entirely (the records collection deleted): --verify rebuilds them from the collection, nothing is deleted.
    await chroma.client.deleteCollection({ name: `${store.name}.records` });
    store.forgetCompanion("records");
    const rebuilt = await run({ verify: true });
    expect(rebuilt.repaired.untrackedChunks).toBe(clean.length);
    expect(rebuilt.chunks.deleted).toBe(0);
    expect((await store.collection.get({})).ids.sort()).toEqual(clean);
    const quiet = await run();
    expect(quiet).toMatchObject({ skipped: 5, added: 0, updated: 0, repaired: { verified: false, sources: [] } });
  });
});
