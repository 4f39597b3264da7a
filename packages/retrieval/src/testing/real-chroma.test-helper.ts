// Test helpers (not exported): a real Chroma server per test file, and chunks made from plain texts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Chunk } from "@tandem/core";
import { ChromaClient } from "chromadb";
import { afterAll, beforeAll } from "vitest";
import { type ChromaServer, startChromaServer } from "../chroma/chroma-server";
import { ChromaStore } from "../store/chroma-store";

/** Starts the real Chroma server (`chroma run`) before the file's tests and stops it after; `root` is a scratch directory. */
export function useRealChroma(prefix: string): { readonly client: ChromaClient; readonly root: string } {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  let server: ChromaServer | undefined;
  let client: ChromaClient | undefined;
  beforeAll(async () => {
    server = await startChromaServer({ dataDir: join(root, "chroma") });
    client = new ChromaClient({ host: server.host, port: server.port });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    root,
    get client() {
      if (!client) throw new Error("the Chroma server is not started yet (use the client inside a test)");
      return client;
    },
  };
}

/** One single-chunk document per text: ids `${prefix}0…`, sources `doc0.txt…`. */
export function textChunks(texts: readonly string[], prefix: string): Chunk[] {
  return texts.map((text, index) => ({
    id: `${prefix}${index}`,
    text,
    metadata: { source: `doc${index}.txt`, spanStart: 0, spanEnd: text.length, chunkIndex: 0, sourceHash: `h${index}` },
  }));
}

/** A fresh project on the server: `corpus/` holding `files`, a state directory, and its own collection. */
export async function testProject(chroma: { client: ChromaClient; root: string }, name: string, files: Record<string, string>, options: { embedderId: string; batchSize?: number }) {
  const directory = join(chroma.root, name);
  mkdirSync(join(directory, "corpus"), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, "corpus", file), text);
  const store = await ChromaStore.open({ client: chroma.client, baseName: name, ...options });
  return { directory, stateDir: join(directory, ".tandem"), store };
}
