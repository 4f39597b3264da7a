// Replicas over one Chroma: what a replica with an empty state directory pays to become ready (its lexical index
// built from Chroma alone), what it pays to follow a one-source change (IndexFollower.refresh: O(changed sources)),
// and how fast it answers compared with the process that ingested. Sizes 1k and 10k chunks (varied copies of the
// sample corpora). Baseline, measured in the same run at each size: a plain local build of the same lexical index
// from the same documents held in memory (no Chroma, no cache file) — what any replica must at least pay.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { LocalHashEmbeddings } from "@tandem/models";
import { ChromaStore, createHybridRetriever, ensureChroma, IndexFollower, ingest, LexicalIndex } from "@tandem/retrieval";
import { summarizeLatency } from "@tandem/router/evaluation";
import type { BenchmarkResult } from "./types";
import { buildCorpus } from "./varied-corpus";

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] as number;
const timed = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

interface SizeFigures {
  chunks: number;
  sources: number;
  baselineMs: number;
  coldMs: number;
  warmMs: number;
  refreshMs: number;
  ingestOneMs: number;
  replicaP50: number;
  ingesterP50: number;
}

async function measure(repositoryDir: string, root: string, client: Parameters<typeof ChromaStore.open>[0]["client"], minimum: number, questions: string[]): Promise<SizeFigures> {
  const directory = join(root, `size-${minimum}`);
  const corpusDir = join(directory, "corpus");
  const { chunks } = await buildCorpus(repositoryDir, corpusDir, minimum);
  const embeddings = new LocalHashEmbeddings();
  const store = await ChromaStore.open({ client, baseName: `replicas-${minimum}-${Date.now()}`, embedderId: embeddings.id });
  const ingester = (await LexicalIndex.open({ cacheDir: join(directory, "state-a"), store })).index;
  const run = () => ingest({ sources: [corpusDir], baseDir: directory, store, embeddings, lexical: ingester });
  const first = await run();
  if (first.chunks.total !== chunks.length || first.failed.length > 0) throw new Error(`ingest stored ${first.chunks.total} of ${chunks.length} chunks`);

  // Baseline: the same documents, indexed locally from memory.
  const documents = [...ingester.bm25.documents()];
  const baselineMs = median(await rounds(3, async () => (await timed(() => LexicalIndex.inMemory(store.name, documents))).ms));

  // Cold start: an empty state directory, everything read from Chroma (then the retriever over it).
  let replica = ingester;
  const coldMs = median(
    await rounds(3, async (round) => {
      const cacheDir = join(directory, `state-cold-${round}`);
      const { ms, value } = await timed(async () => {
        const opened = await LexicalIndex.open({ cacheDir, store });
        await createHybridRetriever({ store, embeddings, lexical: opened.index });
        return opened;
      });
      if (value.sync.mode !== "rebuilt" || value.index.size !== chunks.length) throw new Error(`cold start: ${value.sync.mode}, ${value.index.size} chunks`);
      replica = value.index;
      return ms;
    }),
  );
  // Warm start: the cache file a previous run of the replica left, checked against the index version.
  const warmMs = median(
    await rounds(3, async () => {
      const { ms, value } = await timed(() => LexicalIndex.open({ cacheDir: join(directory, "state-cold-0"), store }));
      if (value.sync.mode !== "loaded") throw new Error(`warm start: ${value.sync.mode}`);
      return ms;
    }),
  );

  // One source changes, is ingested by the ingester; the replica follows.
  const follower = new IndexFollower(replica);
  const edited = join(corpusDir, "v0", "kestrel", readdirSync(join(corpusDir, "v0", "kestrel")).sort()[0] as string);
  const refreshes: number[] = [];
  const ingestsOfOne: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    appendFileSync(edited, `\n\n## Revision ${round}\nRevision ${round} moved the maintenance window to ${round + 1}:00 UTC.\n`);
    const edit = await timed(run);
    if (edit.value.updated !== 1) throw new Error(`edit round ${round}: updated ${edit.value.updated}`);
    ingestsOfOne.push(edit.ms);
    const refresh = await timed(() => follower.refresh());
    if (refresh.value.mode !== "refreshed" || refresh.value.sources.length !== 1) throw new Error(`refresh round ${round}: ${refresh.value.mode} ${refresh.value.sources.join(", ")}`);
    refreshes.push(refresh.ms);
  }
  await follower.stop();

  // Query latency: the replica against the ingesting process, same queries, same store; the results must agree.
  const onIngester = await createHybridRetriever({ store, embeddings, lexical: ingester });
  const onReplica = await createHybridRetriever({ store, embeddings, lexical: replica });
  const latencies = { ingester: [] as number[], replica: [] as number[] };
  for (let round = 0; round < 3; round += 1) {
    for (const question of questions) {
      const fromIngester = await timed(() => onIngester.search(question, { k: 5 }));
      const fromReplica = await timed(() => onReplica.search(question, { k: 5 }));
      // Metadata keys come back from Chroma in any order: compared as values.
      if (!isDeepStrictEqual(fromIngester.value, fromReplica.value)) throw new Error(`replica and ingester disagree on "${question}"`);
      if (round === 0) continue;
      latencies.ingester.push(fromIngester.ms);
      latencies.replica.push(fromReplica.ms);
    }
  }
  return {
    chunks: chunks.length,
    sources: ingester.sources().length,
    baselineMs,
    coldMs,
    warmMs,
    refreshMs: median(refreshes),
    ingestOneMs: median(ingestsOfOne),
    replicaP50: summarizeLatency(latencies.replica).p50,
    ingesterP50: summarizeLatency(latencies.ingester).p50,
  };
}

async function rounds(count: number, work: (round: number) => Promise<number>): Promise<number[]> {
  const figures: number[] = [];
  for (let round = 0; round < count; round += 1) figures.push(await work(round));
  return figures;
}

export async function replicas(repositoryDir: string): Promise<BenchmarkResult[]> {
  const root = mkdtempSync(join(tmpdir(), "tandem-replicas-bench-"));
  const chroma = await ensureChroma({ ...(process.env.CHROMA_URL ? { chromaUrl: process.env.CHROMA_URL } : {}), dataDir: join(root, "chroma") });
  try {
    const questions = readFileSync(join(repositoryDir, "datasets/kestrel/eval/routing.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { query: string }).query);
    const sizes = [];
    for (const minimum of [1000, 10_000]) sizes.push(await measure(repositoryDir, root, chroma.client, minimum, questions));
    const [small, large] = sizes as [SizeFigures, SizeFigures];
    const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
    const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;
    const results: BenchmarkResult[] = sizes.map((figures) => ({
      name: `a replica over one Chroma, ${figures.chunks} chunks (${figures.sources} sources, local Chroma server, offline embedder)`,
      rows: [
        ["local build of the lexical index from the same documents in memory (baseline)", ms(figures.baselineMs), "1.00×"],
        ["cold start: empty state directory, lexical index read from Chroma, retriever ready", ms(figures.coldMs), ratio(figures.coldMs, figures.baselineMs)],
        ["warm start: cache file loaded, index version checked", ms(figures.warmMs), ratio(figures.warmMs, figures.baselineMs)],
        ["refresh after a one-source change (IndexFollower.refresh)", ms(figures.refreshMs), ratio(figures.refreshMs, figures.baselineMs)],
        ["(the ingest of that change, for scale)", ms(figures.ingestOneMs), ratio(figures.ingestOneMs, figures.baselineMs)],
        ["query p50, replica / ingesting process (default search, k = 5)", `${figures.replicaP50.toFixed(2)} / ${figures.ingesterP50.toFixed(2)} ms`, ratio(figures.replicaP50, figures.ingesterP50)],
      ],
      notes: ["medians: 3 cold and warm starts, 5 refreshes; query latency over 2 timed rounds of the sample routing queries, results checked identical"],
    }));
    results.push({
      name: "growth from 1k to 10k chunks",
      header: ["figure", `${small.chunks} → ${large.chunks} chunks`, "ratio"],
      rows: [
        ["baseline (local build)", `${ms(small.baselineMs)} → ${ms(large.baselineMs)}`, ratio(large.baselineMs, small.baselineMs)],
        ["cold start", `${ms(small.coldMs)} → ${ms(large.coldMs)}`, ratio(large.coldMs, small.coldMs)],
        ["refresh after a one-source change", `${ms(small.refreshMs)} → ${ms(large.refreshMs)}`, ratio(large.refreshMs, small.refreshMs)],
      ],
      notes: ["target: refresh does not grow with the corpus (O(changed sources)); cold start grows with it (it reads every chunk)"],
    });
    return results;
  } finally {
    await chroma.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
