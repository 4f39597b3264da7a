// Kill a real `tandem ingest` (SIGKILL) at known points, run it again, and check Chroma holds exactly the chunks
// a clean ingest of the same files holds: no duplicates, none lost, no orphans. The pause points come from
// TANDEM_TEST_PAUSE (see packages/retrieval/src/indexing/test-pause.ts). Each project uses the default setup: no
// CHROMA_URL, so every `tandem ingest` starts (and owns) the project's Chroma server — and a killed one takes its
// server down with it.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChromaStore, ensureChroma, IngestionRecords } from "@tandem/retrieval";
import { afterAll, describe, expect, it } from "vitest";
import { appDir, runCli, sampleDataset } from "./helpers";

const root = mkdtempSync(join(tmpdir(), "tandem-crash-"));
let projectCount = 0;

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A project with the sample corpus, its own collection, and small chunks (many write batches). */
function makeProject(): { directory: string; collection: string } {
  projectCount += 1;
  const collection = `crash${projectCount}`;
  const directory = join(root, collection);
  cpSync(join(sampleDataset, "corpus"), join(directory, "corpus"), { recursive: true });
  writeFileSync(join(directory, "tandem.config.yaml"), `rag:\n  sources: [./corpus]\n  collection: ${collection}\n  chunkSize: 48\n  chunkOverlap: 8\n`);
  return { directory, collection };
}

const ingest = (directory: string, ...args: string[]) => runCli(directory, ["ingest", "--json", ...args]);

/** True while a process runs (a zombie — exited, not reaped — counts as gone). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** Runs `tandem ingest` until it reports the pause point, then SIGKILLs it. */
function ingestKilledAt(directory: string, point: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [join(appDir, "bin/tandem.js"), "ingest"], {
      cwd: directory,
      env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHROMA_URL: "", TANDEM_TEST_PAUSE: point },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let paused = false;
    child.stderr?.on("data", (data: Buffer) => {
      stderr += data.toString();
      if (!paused && stderr.includes(`tandem-test-paused ${point.replace(":", " ")}`)) {
        paused = true;
        child.kill("SIGKILL");
      }
    });
    child.once("exit", (code, signal) => {
      if (paused && signal === "SIGKILL") resolve();
      else reject(new Error(`ingest ended (code ${code}, signal ${signal}) before pausing at ${point}:\n${stderr}`));
    });
  });
}

/** The killed ingest's Chroma server stops with it: no orphan is left for the next run to reuse. */
async function expectServerStopped(directory: string): Promise<void> {
  const { chroma } = JSON.parse(readFileSync(join(directory, ".tandem", "chroma.lock"), "utf8")) as { chroma: { pid: number } };
  const { pid } = chroma;
  for (let waited = 0; running(pid) && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(running(pid), `the Chroma server (pid ${pid}) outlived its killed owner`).toBe(false);
}

/** Reads a project's collection through the project's own Chroma data. */
async function withStore<T>(directory: string, collection: string, read: (store: ChromaStore) => Promise<T>): Promise<T> {
  const connection = await ensureChroma({ chromaUrl: "", dataDir: join(directory, ".tandem", "chroma") });
  try {
    return await read(await ChromaStore.open({ client: connection.client, baseName: collection, embedderId: "local-hash-512-v1" }));
  } finally {
    await connection.stop();
  }
}

/** The chunk ids in a project's collection. */
async function storedIds(directory: string, collection: string): Promise<{ ids: string[]; duplicates: number }> {
  const ids = await withStore(directory, collection, async (store) => [...(await store.idsBySource()).values()].flat());
  return { ids: [...new Set(ids)].sort(), duplicates: ids.length - new Set(ids).size };
}

const cleanByCorpus = new Map<string, string[]>();

/** The chunk ids a clean ingest of the project's current files stores (one clean ingest per distinct corpus). */
async function cleanIds(directory: string): Promise<string[]> {
  const hash = createHash("sha256");
  for (const name of readdirSync(join(directory, "corpus")).sort()) hash.update(name).update(readFileSync(join(directory, "corpus", name)));
  const key = hash.digest("hex");
  const cached = cleanByCorpus.get(key);
  if (cached) return cached;
  const { directory: clean, collection } = makeProject();
  rmSync(join(clean, "corpus"), { recursive: true });
  cpSync(join(directory, "corpus"), join(clean, "corpus"), { recursive: true });
  const result = await ingest(clean);
  expect(result.code, result.stderr).toBe(0);
  const ids = (await storedIds(clean, collection)).ids;
  cleanByCorpus.set(key, ids);
  return ids;
}

/** The BM25 index saved by the last ingest holds exactly the stored chunks. */
function lexicalIds(directory: string, collection: string): string[] {
  const file = join(directory, ".tandem", `lexical-${collection}-local-hash-512-v1.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { documents: [string][] }).documents.map(([id]) => id).sort();
}

async function expectExact(directory: string, collection: string) {
  const stored = await storedIds(directory, collection);
  expect(stored.duplicates).toBe(0);
  const expected = await cleanIds(directory);
  expect(stored.ids).toEqual(expected);
  expect(lexicalIds(directory, collection)).toEqual(expected);
}

/** Rewrites every third file so its chunks change. */
function editCorpus(directory: string) {
  readdirSync(join(directory, "corpus")).forEach((name, index) => {
    if (index % 3 !== 0) return;
    const file = join(directory, "corpus", name);
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("Kestrel", "Kestrel Cloud").replace(/\n\n/, "\n\nRevised in 2027.\n\n"));
  });
}

describe("an ingest killed at any point and run again ends with exactly the right chunks", () => {
  it("killed in the first ingest after some upserts; a half-written new source is deleted from disk before re-running with --prune", async () => {
    const { directory, collection } = makeProject();
    await ingestKilledAt(directory, "upsert:3");
    await expectServerStopped(directory);
    // Sources marked pending in Chroma's records (maybe with chunks written, not committed): remove two from disk.
    const begun = await withStore(directory, collection, async (store) => (await IngestionRecords.open(store)).pendingSources());
    expect(begun.length).toBeGreaterThan(2);
    for (const source of [begun[0], begun.at(-1)]) rmSync(join(directory, source as string));
    const rerun = await ingest(directory, "--prune");
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout).repaired.sources.length).toBeGreaterThan(0);
    await expectExact(directory, collection);
  });

  for (const point of ["records:1", "upsert:2", "delete:2", "commit:1"]) {
    it(`changed sources, killed at ${point}`, async () => {
      const { directory, collection } = makeProject();
      const first = await ingest(directory);
      expect(first.code, first.stderr).toBe(0);
      editCorpus(directory);
      rmSync(join(directory, "corpus", "sla.md"));
      await ingestKilledAt(directory, point);
      await expectServerStopped(directory);
      const rerun = await ingest(directory, "--prune");
      expect(rerun.code, rerun.stderr).toBe(0);
      await expectExact(directory, collection);
      if (point.startsWith("commit")) {
        // And a further run has nothing left to do.
        const quiet = JSON.parse((await ingest(directory)).stdout);
        expect(quiet).toMatchObject({ added: 0, updated: 0, deleted: 0, chunks: { upserted: 0 } });
      }
    });
  }
});
