// Stateless replicas over one shared Chroma server (started by the test, reached through CHROMA_URL), with the real
// CLI and real `tandem serve` processes. Replica A ingests; B and C start with empty state directories. Then:
// `tandem ingest` from B finds nothing to add; A, B and C answer /v1/search and /v1/route identically; a source
// edited and ingested from B is served by A and C within the staleness bound (polled, generous deadline); `.tandem/`
// deleted under a running replica changes nothing, and the replica restarted on the empty directory rebuilds the
// same results from Chroma; two `tandem ingest` at once (A and C) write a change once; an ingest on A killed (-9)
// while B waits for its lease is resumed by B and ends with exactly the chunks of a clean ingest. (The lease's races,
// the library-level follow and the migration are covered in packages/retrieval's replicas and lease tests.)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChromaStore, type ChromaServer, ensureChroma, startChromaServer } from "@tandem/retrieval";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, runCli, sampleDataset, type ServeProcess, spawnServe, startCli, until } from "./helpers";

const root = mkdtempSync(join(tmpdir(), "tandem-replicas-"));
let chroma: ChromaServer;
const servers = new Map<string, ServeProcess>();
const config = (collection: string) => `rag:\n  sources: [./corpus]\n  collection: ${collection}\ntuned:\n  trainingData: ./finetune/train.jsonl\n  cutoff: 2026-06-30\n`;

/** A machine: its own copy of the sources and training data, the same config, an empty state directory. */
function machine(name: string, collection = "replicas"): string {
  const directory = join(root, name);
  cpSync(join(sampleDataset, "corpus"), join(directory, "corpus"), { recursive: true });
  cpSync(join(sampleDataset, "finetune/train.jsonl"), join(directory, "finetune/train.jsonl"));
  writeFileSync(join(directory, "tandem.config.yaml"), config(collection));
  return directory;
}
const machines = { a: machine("a"), b: machine("b"), c: machine("c") };
/** The same change to the sources of every machine (as a deployment ships them). */
const everywhere = (change: (corpus: string) => void) => {
  for (const directory of Object.values(machines)) change(join(directory, "corpus"));
};
const env = () => ({ CHROMA_URL: chroma.url });
const serve = async (name: keyof typeof machines) => {
  const server = await spawnServe(machines[name], ["--port", "0", "--json"], env());
  servers.set(name, server);
  return server;
};
const url = (name: keyof typeof machines) => (servers.get(name) as ServeProcess).url;

beforeAll(async () => {
  chroma = await startChromaServer({ dataDir: join(root, "chroma") });
}, 60_000);

afterAll(async () => {
  for (const server of servers.values()) {
    if (!alive(server.pid)) continue;
    server.child.kill("SIGKILL");
    await server.exited;
  }
  await chroma?.stop();
  rmSync(root, { recursive: true, force: true });
});

const queries = readFileSync(join(sampleDataset, "eval/routing.jsonl"), "utf8")
  .trim()
  .split("\n")
  .filter((_, index) => index % 9 === 0)
  .map((line) => (JSON.parse(line) as { query: string }).query);

const post = async (base: string, path: string, body: unknown) => {
  const response = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status, `${path} ${await response.clone().text()}`).toBe(200);
  return response.json() as Promise<Record<string, unknown>>;
};
/** Without what measures time (timings, per-signal ms): what a decision or a hit is. */
const withoutTimings = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(withoutTimings) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== "timings" && key !== "ms").map(([key, inner]) => [key, withoutTimings(inner)])) : value;
const answers = async (name: keyof typeof machines) => {
  const results: unknown[] = [];
  for (const query of queries) results.push({ query, search: await post(url(name), "/v1/search", { query, k: 5 }), route: withoutTimings(await post(url(name), "/v1/route", { query })) });
  return results;
};
type IndexHealth = { version: number; latestVersion: number; lagMs: number; stale: boolean; calibratedVersion?: number; status: string };
const indexHealth = async (name: keyof typeof machines) => ((await (await fetch(`${url(name)}/v1/health`)).json()) as { components: { index: IndexHealth } }).components.index;
/**
 * A replica serves `version`, its router is calibrated on it, and it is within its staleness bound (a replica whose
 * event loop was held up, by its calibration on a loaded machine say, reports itself stale until its next poll).
 */
const settledOn = (name: keyof typeof machines, version: number) =>
  until(() => indexHealth(name), (index) => index.version === version && index.calibratedVersion === version && !index.stale, `${name} to serve and be calibrated on index version ${version}, within its staleness bound`, 180_000);

/** The chunk ids a collection of the shared server holds (and how many are held twice). */
async function storedIds(collection: string): Promise<{ ids: string[]; duplicates: number }> {
  const connection = await ensureChroma({ chromaUrl: chroma.url, dataDir: join(root, "unused") });
  try {
    const store = await ChromaStore.open({ client: connection.client, baseName: collection, embedderId: "local-hash-512-v1" });
    const ids = [...(await store.idsBySource()).values()].flat();
    return { ids: [...new Set(ids)].sort(), duplicates: ids.length - new Set(ids).size };
  } finally {
    await connection.stop();
  }
}

describe("replicas over one Chroma server", () => {
  let version = 0;

  it("ingests from A; `tandem ingest` from B (empty state directory) finds nothing to add", async () => {
    const first = await runCli(machines.a, ["ingest", "--json"], env());
    expect(first.code, first.stderr).toBe(0);
    const ingested = JSON.parse(first.stdout) as { added: number; index: { version: number } };
    expect(ingested.added).toBe(40);
    version = ingested.index.version;

    const again = await runCli(machines.b, ["ingest", "--json"], env());
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 0, deleted: 0, skipped: 40, chunks: { upserted: 0, deleted: 0 }, index: { version } });
  }, 240_000);

  it("A, B and C answer /v1/search and /v1/route identically", async () => {
    await Promise.all([serve("a"), serve("b"), serve("c")]);
    for (const name of ["a", "b", "c"] as const) expect(await settledOn(name, version)).toMatchObject({ status: "ok", stale: false });
    const fromA = await answers("a");
    expect(fromA.length).toBeGreaterThan(5);
    expect(await answers("b")).toEqual(fromA);
    expect(await answers("c")).toEqual(fromA);
  }, 300_000);

  it("a source edited and ingested from B is served by A and C within the staleness bound, and all agree again", async () => {
    everywhere((corpus) => {
      const file = join(corpus, "pricing.md");
      writeFileSync(file, `${readFileSync(file, "utf8")}\n\n## Quantum egress\nQuantum egress through the zephyr gateway costs $0.42 per GB.\n`);
    });
    const edit = await runCli(machines.b, ["ingest", "--json"], env());
    expect(edit.code, edit.stderr).toBe(0);
    const summary = JSON.parse(edit.stdout) as { updated: number; skipped: number; index: { version: number } };
    expect(summary).toMatchObject({ updated: 1, skipped: 39 });
    expect(summary.index.version).toBeGreaterThan(version);
    version = summary.index.version;
    const servesEdit = async (name: "a" | "c") => {
      const { hits } = (await post(url(name), "/v1/search", { query: "zephyr gateway quantum egress", k: 1 })) as { hits: { text: string }[] };
      return hits[0]?.text ?? "";
    };
    // Polled: the bound is what health reports (a replica past it says `stale`), not a timing asserted here.
    for (const name of ["a", "c"] as const) expect(await until(() => servesEdit(name), (text) => text.includes("zephyr gateway"), `${name} to serve the edit`, 60_000)).toContain("$0.42");
    for (const name of ["a", "b", "c"] as const) await settledOn(name, version);
    const fromA = await answers("a");
    expect(await answers("b")).toEqual(fromA);
    expect(await answers("c")).toEqual(fromA);
  }, 300_000);

  it("`.tandem/` deleted under a running replica: same results; restarted on the empty directory, it rebuilds them from Chroma", async () => {
    const fromA = await answers("a");
    rmSync(join(machines.c, ".tandem"), { recursive: true, force: true });
    expect(await answers("c")).toEqual(fromA);
    const running = servers.get("c") as ServeProcess;
    running.child.kill("SIGTERM");
    expect((await running.exited).code).toBe(0);
    rmSync(join(machines.c, ".tandem"), { recursive: true, force: true });
    await serve("c");
    expect(await settledOn("c", version)).toMatchObject({ status: "ok" });
    expect(await answers("c")).toEqual(fromA);
  }, 300_000);

  it("two `tandem ingest` at once (A and C) write a change once", async () => {
    everywhere((corpus) => {
      const file = join(corpus, "regions.md");
      writeFileSync(file, `${readFileSync(file, "utf8")}\n\nKestrel opened a region in sa-east-1 (São Paulo).\n`);
    });
    const [fromA, fromC] = await Promise.all([runCli(machines.a, ["ingest", "--json"], env()), runCli(machines.c, ["ingest", "--json"], env())]);
    expect(fromA.code, fromA.stderr).toBe(0);
    expect(fromC.code, fromC.stderr).toBe(0);
    const summaries = [fromA, fromC].map((result) => JSON.parse(result.stdout) as { updated: number; skipped: number; index: { version: number } });
    // Whichever held the lease first wrote the change; the other then found it written (with or without waiting).
    expect(summaries.map((summary) => summary.updated).sort()).toEqual([0, 1]);
    expect(summaries.map((summary) => summary.skipped).sort()).toEqual([39, 40]);
    version = Math.max(...summaries.map((summary) => summary.index.version));
  }, 240_000);

  it("an ingest on A killed (-9) while B waits for its lease: B takes over, and Chroma holds exactly a clean ingest's chunks", async () => {
    everywhere((corpus) => {
      readdirSync(corpus)
        .sort()
        .forEach((name, index) => {
          if (index % 4 !== 1) return;
          const file = join(corpus, name);
          writeFileSync(file, readFileSync(file, "utf8").replaceAll("Kestrel", "Kestrel Cloud").replace(/\n\n/, "\n\nRevised in 2027.\n\n"));
        });
      rmSync(join(corpus, "sla.md"));
    });
    // A stops (frozen, holding the lease) once it has written one batch of the changed chunks.
    const onA = startCli(machines.a, ["ingest", "--json", "--prune"], { ...env(), TANDEM_TEST_PAUSE: "upsert:1" });
    await until(() => onA.stderr(), (text) => text.includes("tandem-test-paused upsert 1"), "A's ingest to pause after its first upsert", 120_000);
    const onB = startCli(machines.b, ["ingest", "--json", "--prune"], env());
    await until(() => onB.stderr(), (text) => text.includes("waiting for the ingest lease"), "B to wait for A's lease", 120_000);
    onA.child.kill("SIGKILL");
    expect((await onA.done).signal).toBe("SIGKILL");
    const resumed = await onB.done;
    expect(resumed.code, resumed.stderr).toBe(0);
    const summary = JSON.parse(resumed.stdout) as { deleted: number; index: { version: number }; repaired: { sources: string[] } };
    expect(summary.deleted).toBe(1);
    expect(summary.repaired.sources.length).toBeGreaterThan(0);
    version = summary.index.version;

    // A clean ingest of the same sources into another collection of the same server.
    const clean = machine("clean", "replicas-clean");
    rmSync(join(clean, "corpus"), { recursive: true });
    cpSync(join(machines.b, "corpus"), join(clean, "corpus"), { recursive: true });
    const cleanRun = await runCli(clean, ["ingest", "--json"], env());
    expect(cleanRun.code, cleanRun.stderr).toBe(0);
    const [resumedIds, cleanIds] = await Promise.all([storedIds("replicas"), storedIds("replicas-clean")]);
    expect(resumedIds.duplicates).toBe(0);
    expect(resumedIds.ids).toEqual(cleanIds.ids);

    // Nothing is left to do, from any machine; every replica follows and they agree.
    const quiet = await runCli(machines.c, ["ingest", "--json", "--prune"], env());
    expect(JSON.parse(quiet.stdout)).toMatchObject({ added: 0, updated: 0, deleted: 0, chunks: { upserted: 0, deleted: 0 }, index: { version } });
    for (const name of ["a", "b", "c"] as const) await settledOn(name, version);
    const fromA = await answers("a");
    expect(await answers("b")).toEqual(fromA);
    expect(await answers("c")).toEqual(fromA);
  }, 400_000);
});
