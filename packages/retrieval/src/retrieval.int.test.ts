// Integration: the real Chroma server (started by our launcher on a temp dir), real files, the offline models.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { ExtractiveReader, LocalHashEmbeddings } from "@tandem/models";
import { ChromaClient } from "chromadb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChromaServer, startChromaServer } from "./chroma/chroma-server";
import { ensureChroma } from "./chroma/ensure-chroma";
import { ingest } from "./indexing/ingest";
import { createRagChain } from "./rag/rag-chain";
import { createHybridRetriever } from "./search/hybrid-retriever";
import { createRetriever } from "./search/retriever";
import { ChromaStore } from "./store/chroma-store";

let server: ChromaServer;
let store: ChromaStore;
const root = mkdtempSync(join(tmpdir(), "tandem-retrieval-"));
const corpus = join(root, "corpus");
const stateDir = join(root, ".tandem");
const embeddings = new LocalHashEmbeddings();

function write(name: string, text: string) {
  writeFileSync(join(corpus, name), text);
}

beforeAll(async () => {
  mkdirSync(corpus, { recursive: true });
  write("pricing.md", "# Pricing\n\n## Egress\nEgress in eu-west-1 costs $0.09 per GB from 2026-10-01.\n\n## Storage\nStorage costs $0.25 per GB-month.");
  write("backups.md", "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro.");
  write("regions.txt", "Regions\nKestrel runs in us-east-1, eu-west-1 and ap-south-1.");
  server = await startChromaServer({ dataDir: join(stateDir, "chroma") });
  store = await ChromaStore.open({ client: new ChromaClient({ host: server.host, port: server.port }), embedderId: embeddings.id });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

const run = (prune = false) => ingest({ paths: [corpus], baseDir: root, stateDir, store, embeddings, prune });

describe("Chroma + ingestion + search + RAG (real server)", () => {
  it("started a server that answers its heartbeat", async () => {
    const response = await fetch(`${server.url}/api/v2/heartbeat`);
    expect(response.ok).toBe(true);
    expect(server.binary).toMatch(/^(chromadb|chroma-server)@/);
  });

  it("ingests a corpus and finds the right document", async () => {
    const summary = await run();
    expect(summary).toMatchObject({ added: 3, updated: 0, skipped: 0, deleted: 0, failed: [] });
    expect(summary.chunks.total).toBe(await store.count());
    const hits = await createRetriever({ store, embeddings }).search("How long are backups kept on Pro?", { k: 2 });
    expect(hits[0]?.source).toBe("corpus/backups.md");
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 1);
    const filtered = await createRetriever({ store, embeddings }).search("backups", { k: 3, where: { source: "corpus/regions.txt" } });
    expect(filtered.every((hit) => hit.source === "corpus/regions.txt")).toBe(true);
  });

  it("hybrid search fuses dense and BM25, exposing both sides, and filters both", async () => {
    const hybrid = await createHybridRetriever({ store, embeddings });
    const [top, second] = await hybrid.search("How long are daily backups kept on Pro?", { k: 2 });
    expect(top?.source).toBe("corpus/backups.md");
    expect(top?.scores).toMatchObject({ denseRank: 0, lexicalRank: 0 });
    // Default fusion: the share of the query's BM25 bound the chunk reaches, scaled by the dense factor — in (0, 1].
    expect(top?.score).toBeGreaterThan(second?.score ?? 1);
    expect(top?.score).toBeLessThanOrEqual(1);
    expect(second?.score).toBeGreaterThan(0);
    const filtered = await hybrid.search("eu-west-1 egress regions", { k: 5, where: { source: "corpus/regions.txt" } });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((hit) => hit.source === "corpus/regions.txt")).toBe(true);
  });

  it("re-ingesting unchanged files adds nothing", async () => {
    const before = await store.count();
    const summary = await run();
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 3, deleted: 0 });
    expect(summary.chunks.upserted).toBe(0);
    expect(await store.count()).toBe(before);
  });

  it("replaces the chunks of a changed file", async () => {
    const oldIds = (await createRetriever({ store, embeddings }).search("daily backups kept", { k: 1 }))[0]?.id as string;
    write("backups.md", "# Backups\n\nDaily backups are kept for 14 days on Starter and 35 days on Pro.");
    const summary = await run();
    expect(summary).toMatchObject({ added: 0, updated: 1, skipped: 2 });
    expect(await store.get([oldIds])).toEqual([]);
    const [top] = await createRetriever({ store, embeddings }).search("backups kept Pro", { k: 1 });
    expect(top?.text).toContain("35 days on Pro");
  });

  it("keeps a removed file's chunks as stale until --prune, then deletes them", async () => {
    rmSync(join(corpus, "regions.txt"));
    const kept = await run();
    expect(kept.stale).toEqual(["corpus/regions.txt"]);
    expect(kept.deleted).toBe(0);
    const before = await store.count();
    const pruned = await run(true);
    expect(pruned.deleted).toBe(1);
    expect(await store.count()).toBeLessThan(before);
    const hits = await createRetriever({ store, embeddings }).search("regions ap-south-1", { k: 5 });
    expect(hits.some((hit) => hit.source === "corpus/regions.txt")).toBe(false);
  });

  it("answers with the offline reader and cites the chunk with its span", async () => {
    const chain = createRagChain({ retriever: createRetriever({ store, embeddings }), model: new ExtractiveReader(), k: 3 });
    const answer = await chain.invoke({ query: "How much does egress in eu-west-1 cost?" });
    expect(answer.text).toBe("Egress in eu-west-1 costs $0.09 per GB from 2026-10-01. [1]");
    expect(answer.citations).toHaveLength(1);
    const citation = answer.citations[0];
    expect(citation).toMatchObject({ marker: 1, source: "corpus/pricing.md", quote: "Egress in eu-west-1 costs $0.09 per GB from 2026-10-01." });
    expect(citation?.chunkId).toBe(answer.hits[0]?.id);
    expect(answer.abstained).toBe(false);
    const unanswerable = await chain.invoke({ query: "Who founded the company and when?" });
    expect(unanswerable.abstained).toBe(true);
    expect(unanswerable.citations).toEqual([]);
  });

  it("reports one failing file and ingests the rest", async () => {
    writeFileSync(join(corpus, "bad.md"), Buffer.from([0xc3, 0x28, 0x0a]));
    write("new.md", "# New\n\nA brand new document about read replicas.");
    const summary = await run();
    expect(summary.failed).toEqual([{ source: "corpus/bad.md", reason: "not valid UTF-8 text" }]);
    expect(summary.added).toBe(1);
    rmSync(join(corpus, "bad.md"));
  });

  it("rejects a missing path and writes nothing", async () => {
    const before = await store.count();
    const error = await ingest({ paths: [join(root, "nope")], baseDir: root, stateDir, store, embeddings }).catch((caught: unknown) => caught);
    expect(TandemError.isInstance(error) && error.code).toBe("SOURCE_NOT_FOUND");
    expect(await store.count()).toBe(before);
  });

  it("ensureChroma names an unreachable CHROMA_URL", async () => {
    const error = await ensureChroma({ chromaUrl: "http://127.0.0.1:9", dataDir: join(root, "unused") }).catch((caught: unknown) => caught);
    expect(TandemError.isInstance(error) && error.code).toBe("CHROMA_UNAVAILABLE");
    expect((error as TandemError).message).toContain("http://127.0.0.1:9");
  });

  it("stops the server: the port closes and the process is gone", async () => {
    const other = await startChromaServer({ dataDir: join(root, "second") });
    await other.stop();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(other.port, other.host);
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", () => resolve(true));
    });
    expect(refused).toBe(true);
    expect(() => process.kill(other.pid, 0)).toThrow();
    expect(execFileSync("ps", ["-o", "pid=", "--ppid", String(process.pid)]).toString()).not.toContain(String(other.pid));
  });
});

describe("sharing a managed server", () => {
  it("a second ensureChroma on the same data directory reuses the running server and does not stop it", async () => {
    const dataDir = join(root, "shared-chroma");
    const first = await ensureChroma({ dataDir });
    const second = await ensureChroma({ dataDir });
    expect(first.managed).toBe(true);
    expect(second).toMatchObject({ managed: false, url: first.url });
    await second.stop();
    expect((await fetch(`${first.url}/api/v2/heartbeat`)).ok).toBe(true);
    await first.stop();
    const third = await ensureChroma({ dataDir });
    expect(third.managed).toBe(true);
    await third.stop();
  });
});
