// A shared Chroma that asks for credentials (Chroma Cloud, or a server behind token auth): CHROMA_API_KEY is sent as
// `x-chroma-token` with every request — heartbeats included — and CHROMA_TENANT / CHROMA_DATABASE choose where the
// collections live. The real Chroma server sits behind a loopback proxy that refuses requests without the token.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ChromaStore } from "../store/chroma-store";
import { textChunks } from "../testing/real-chroma.test-helper";
import { type ChromaServer, startChromaServer } from "./chroma-server";
import { ensureChroma } from "./ensure-chroma";

const root = mkdtempSync(join(tmpdir(), "tandem-credentials-"));
let chroma: ChromaServer;
let proxy: Server;
let proxyUrl: string;
const seen: { path: string; token: string | undefined }[] = [];

beforeAll(async () => {
  chroma = await startChromaServer({ dataDir: join(root, "chroma") });
  proxy = createServer((incoming, outgoing) => {
    const token = incoming.headers["x-chroma-token"] as string | undefined;
    seen.push({ path: incoming.url ?? "", token });
    if (token !== "secret-key") {
      outgoing.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Unauthorized" }));
      return;
    }
    const forward = request({ host: chroma.host, port: chroma.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  proxy?.close();
  await chroma?.stop();
  rmSync(root, { recursive: true, force: true });
});

it("sends the API key with every request, and a missing key fails with a clear error", async () => {
  await expect(ensureChroma({ chromaUrl: proxyUrl, dataDir: join(root, "unused") })).rejects.toMatchObject({ code: "CHROMA_UNAVAILABLE" });

  const connection = await ensureChroma({ chromaUrl: proxyUrl, apiKey: "secret-key", tenant: "default_tenant", database: "default_database", dataDir: join(root, "unused"), healthIntervalMs: 100 });
  seen.length = 0;
  const store = await ChromaStore.open({ client: connection.client, embedderId: "test-3" });
  await store.upsert(textChunks(["alpha"], "a"), [[1, 0, 0]]);
  expect(await store.count()).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 300)); // a few heartbeats of the supervisor
  expect(connection.health()).toMatchObject({ up: true, role: "external" });
  expect(seen.length).toBeGreaterThan(3);
  expect(seen.some((entry) => entry.path.includes("heartbeat"))).toBe(true);
  expect(seen.filter((entry) => entry.token !== "secret-key")).toEqual([]);
  expect(seen.some((entry) => entry.path.includes("/tenants/default_tenant/databases/default_database/"))).toBe(true);
  await connection.stop();
}, 120_000);
