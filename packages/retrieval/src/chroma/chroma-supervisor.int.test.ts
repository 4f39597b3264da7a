// A Chroma server Tandem does not manage (CHROMA_URL) is health-checked, never restarted: its connection reports
// it down while it is, and up again when its owner brings it back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { type ChromaServer, startChromaServer } from "./chroma-server";
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
