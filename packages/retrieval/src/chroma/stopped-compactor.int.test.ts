// A Chroma 1.0 server stops its compactor when a client disconnects in the middle of a write (as a killed ingest
// does); from then on every write fails. This reproduces that on a real server, then checks what Tandem does:
// a server it manages is restarted on the same data and the write goes through; any other server gets an error
// that says what happened and what to do.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import type { Chunk } from "@tandem/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ChromaStore } from "../store/chroma-store";
import { type ChromaConnection, ensureChroma } from "./ensure-chroma";

const root = mkdtempSync(join(tmpdir(), "tandem-compactor-"));
let connection: ChromaConnection;

beforeAll(async () => {
  connection = await ensureChroma({ chromaUrl: "", dataDir: join(root, "chroma") });
}, 60_000);

afterAll(async () => {
  await connection?.stop();
  rmSync(root, { recursive: true, force: true });
});

const dimensions = 64;
const vector = (seed: number) => Array.from({ length: dimensions }, (_, index) => Math.sin(seed * 31 + index));
const chunks = (count: number, offset: number): Chunk[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `c${offset + index}`,
    text: `chunk ${offset + index} `.repeat(40),
    metadata: { source: "test.md", spanStart: 0, spanEnd: 1, chunkIndex: index, sourceHash: "h" },
  }));
const upsert = (store: ChromaStore, count: number, offset: number) =>
  store.upsert(chunks(count, offset), chunks(count, offset).map((_, index) => vector(offset + index)));

/** Sends large upserts and drops the connection mid-request until the server's writes start failing. */
async function stopCompactor(collectionId: string): Promise<boolean> {
  const url = `${connection.url}/api/v2/tenants/default_tenant/databases/default_database/collections/${collectionId}/upsert`;
  for (let attempt = 0; attempt < 80; attempt += 1) {
    const batch = chunks(2000, 10_000 + attempt * 2000);
    const body = JSON.stringify({ ids: batch.map((chunk) => chunk.id), embeddings: batch.map((_, index) => vector(index)), documents: batch.map((chunk) => chunk.text) });
    const controller = new AbortController();
    const request = fetch(url, { method: "POST", body, headers: { "content-type": "application/json" }, signal: controller.signal }).catch(() => undefined);
    setTimeout(() => controller.abort(), 5 + (attempt % 16) * 12);
    await request;
    const probe = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids: [`probe${attempt}`], embeddings: [vector(attempt)], documents: ["probe"] }),
    });
    if (!probe.ok && /compactor/.test(await probe.text())) return true;
  }
  return false;
}

it("restarts a managed server whose compactor stopped, and explains it for a server Tandem does not manage", async () => {
  const managed = await ChromaStore.open({ client: connection.client, baseName: "compactor", embedderId: "test", repair: connection.repair, url: connection.url });
  await upsert(managed, 10, 0);
  expect(await stopCompactor(managed.collection.id), "could not reproduce the stopped compactor").toBe(true);

  // Seen through CHROMA_URL (not managed here): a clear error naming the server, the cause and the fix.
  const external = await ensureChroma({ chromaUrl: connection.url, dataDir: join(root, "unused") });
  const unmanaged = await ChromaStore.open({ client: external.client, baseName: "compactor", embedderId: "test", repair: external.repair, url: external.url });
  const failure = await upsert(unmanaged, 1, 500).then(() => undefined, (error: unknown) => error);
  expect(TandemError.isInstance(failure)).toBe(true);
  expect((failure as TandemError).code).toBe("CHROMA_UNAVAILABLE");
  expect((failure as TandemError).message).toMatch(/compactor/);
  expect((failure as TandemError).hint).toMatch(/restart that Chroma server/);

  // Managed: restarted on the same port and data; the write goes through and nothing written before is lost.
  await upsert(managed, 5, 100);
  const stored = await managed.get(["c0", "c9", "c100", "c104"]);
  expect(stored.map((chunk) => chunk.id).sort()).toEqual(["c0", "c100", "c104", "c9"]);
  expect(await unmanaged.count()).toBeGreaterThanOrEqual(15);
}, 240_000);
