// A Chroma server Tandem does not manage (CHROMA_URL) is health-checked, never restarted: its connection reports
// it down while it is, and up again when its owner brings it back. A hung server counts as down after 3 missed
// heartbeats, but a heartbeat that was late because this process's own event loop was blocked does not count.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { type ChromaServer, startChromaServer } from "./chroma-server";
import { ChromaSupervisor } from "./chroma-supervisor";
import { ensureChroma } from "./ensure-chroma";
import { heartbeat } from "./heartbeat";

const root = mkdtempSync(join(tmpdir(), "tandem-supervisor-"));
const servers: ChromaServer[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(root, { recursive: true, force: true });
});

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it("health-checks a CHROMA_URL server without restarting it", async () => {
  const first = await startChromaServer({ dataDir: join(root, "external") });
  servers.push(first);
  const connection = await ensureChroma({ chromaUrl: first.url, dataDir: join(root, "unused"), healthIntervalMs: 100 });
  expect(connection).toMatchObject({ role: "external", managed: false });
  expect(connection.health()).toMatchObject({ up: true, role: "external", restarts: 0 });

  await first.stop();
  await until(() => !connection.health().up, "the connection to report the server down");
  expect(connection.available()).toBe(false);
  expect(connection.health().lastError).toMatch(/nothing listens/);
  // Several health intervals later, nobody has started a server in its place.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await heartbeat(first.url, 500)).toBe("refused");
  expect(connection.health().restarts).toBe(0);

  const again = await startChromaServer({ dataDir: join(root, "external"), port: first.port });
  servers.push(again);
  await until(() => connection.health().up, "the connection to report the server up again");
  expect(connection.health()).toMatchObject({ up: true, restarts: 0 });
  await connection.stop();
  expect(await heartbeat(again.url)).toBe("ok");
}, 120_000);

describe("a server that answers late", () => {
  /** A stand-in server: answers its heartbeat after 100 ms, or (hung) accepts connections and never answers. */
  async function standIn(hung: boolean): Promise<{ url: string; close(): void }> {
    const server = createServer((_request, response) => {
      if (hung) return;
      setTimeout(() => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"nanosecond heartbeat":1}');
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
  }

  it("counts as down after 3 missed heartbeats when it is hung", async () => {
    const hung = await standIn(true);
    const supervisor = new ChromaSupervisor({ role: "external", url: hung.url, dataDir: root, lockFile: join(root, "x.lock"), intervalMs: 50, heartbeatTimeoutMs: 200 });
    await until(() => !supervisor.available(), "the hung server to count as down");
    expect(supervisor.health().lastError).toMatch(/stopped answering/);
    await supervisor.stop();
    hung.close();
  });

  it("does not count heartbeats this process answered late itself (its event loop was blocked)", async () => {
    const healthy = await standIn(false);
    const supervisor = new ChromaSupervisor({ role: "external", url: healthy.url, dataDir: root, lockFile: join(root, "y.lock"), intervalMs: 50, heartbeatTimeoutMs: 200 });
    for (let block = 0; block < 5; block += 1) {
      await new Promise((resolve) => setTimeout(resolve, 60)); // a heartbeat is in flight (answered after 100 ms)
      const until = Date.now() + 1200;
      while (Date.now() < until); // synchronous work (e.g. a CPU-bound embedding batch) holds the event loop
      await new Promise((resolve) => setImmediate(resolve));
      expect(supervisor.available()).toBe(true);
    }
    await supervisor.stop();
    healthy.close();
  });
});
