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
  /** A hung stand-in server: accepts connections and never answers. */
  async function hungServer(): Promise<{ url: string; close(): void }> {
    const server = createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
  }

  it("counts as down after 3 missed heartbeats when it is hung", async () => {
    const hung = await hungServer();
    const supervisor = new ChromaSupervisor({ role: "external", url: hung.url, dataDir: root, lockFile: join(root, "x.lock"), intervalMs: 50, heartbeatTimeoutMs: 200 });
    await until(() => !supervisor.available(), "the hung server to count as down");
    expect(supervisor.health().lastError).toMatch(/stopped answering/);
    await supervisor.stop();
    hung.close();
  });

  it("asks again before counting a miss: a late answer may be this process's own doing (a blocked event loop)", async () => {
    const calls: number[] = [];
    // A check's first heartbeat goes unanswered (as when the event loop was blocked); one asked right after it
    // (within 25 ms; checks are 50 ms apart) is answered.
    const flaky = new ChromaSupervisor({
      role: "external",
      url: "http://127.0.0.1:1",
      dataDir: root,
      lockFile: join(root, "y.lock"),
      intervalMs: 50,
      probe: async () => {
        const previous = calls.at(-1);
        calls.push(performance.now());
        return previous !== undefined && performance.now() - previous < 25 ? "ok" : "no answer";
      },
    });
    await until(() => calls.length >= 12, "six checks");
    expect(flaky.available()).toBe(true);
    await flaky.stop();
    // Both unanswered: a miss; three in a row: down.
    const silent = new ChromaSupervisor({ role: "external", url: "http://127.0.0.1:1", dataDir: root, lockFile: join(root, "z.lock"), intervalMs: 20, probe: async () => "no answer" });
    await until(() => !silent.available(), "three missed checks");
    await silent.stop();
  });
});
