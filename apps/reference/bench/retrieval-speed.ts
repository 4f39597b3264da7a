// Ingestion throughput and query latency of the default search at ≥ 10,000 chunks on the local Chroma server.
// Ingestion is compared with a raw Chroma upsert of the SAME chunks and precomputed vectors measured in the same
// run: `ingest()` gets an embedder that returns those vectors, so the ratio is the cost of Tandem's ingestion
// (reading, hashing, chunking, journaling, batching, BM25 update and save) over the bare write. The end-to-end
// figure with the offline embedder is reported beside it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Embeddings } from "@langchain/core/embeddings";
import type { Chunk } from "@tandem/core";
import { LocalHashEmbeddings, UniversalSentenceEncoderEmbeddings } from "@tandem/models";
import {
  ChromaStore,
  createHybridRetriever,
  ensureChroma,
  ingest,
  LexicalIndex,
  type HybridRetriever,
  type RecordsStats,
  type SearchMode,
} from "@tandem/retrieval";
import { summarizeLatency } from "@tandem/router/evaluation";
import type { BenchmarkResult } from "./types";
import { buildCorpus } from "./varied-corpus";

/** Returns vectors computed beforehand (by text), so ingestion is timed without the embedder. */
class PrecomputedEmbeddings extends Embeddings {
  constructor(private readonly vectors: ReadonlyMap<string, number[]>) {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => {
      const vector = this.vectors.get(text);
      if (!vector) throw new Error("no precomputed vector for a chunk");
      return vector;
    });
  }
  async embedQuery(text: string): Promise<number[]> {
    return (await this.embedDocuments([text]))[0] as number[];
  }
}

async function rawUpsert(store: ChromaStore, chunks: readonly Chunk[], vectors: ReadonlyMap<string, number[]>, inFlight: number): Promise<number> {
  const started = performance.now();
  const pending = new Set<Promise<void>>();
  for (let start = 0; start < chunks.length; start += store.batchSize) {
    const batch = chunks.slice(start, start + store.batchSize);
    while (pending.size >= inFlight) await Promise.race(pending);
    const request = store.upsert(batch, batch.map((chunk) => vectors.get(chunk.text) as number[])).then(() => {
      pending.delete(request);
    });
    pending.add(request);
  }
  await Promise.all(pending);
  return performance.now() - started;
}

export async function retrievalSpeed(repositoryDir: string): Promise<BenchmarkResult[]> {
  const root = mkdtempSync(join(tmpdir(), "tandem-speed-"));
  const chroma = await ensureChroma({ ...(process.env.CHROMA_URL ? { chromaUrl: process.env.CHROMA_URL } : {}), dataDir: join(root, "chroma") });
  try {
    const corpusDir = join(root, "corpus");
    const { variants, chunks } = await buildCorpus(repositoryDir, corpusDir, 10_000);
    const embedder = new LocalHashEmbeddings();
    const started = performance.now();
    const texts = [...new Set(chunks.map((chunk) => chunk.text))];
    const embedded = await embedder.embedDocuments(texts);
    const embedMs = performance.now() - started;
    const vectors = new Map(texts.map((text, index) => [text, embedded[index] as number[]]));
    const open = (name: string) => ChromaStore.open({ client: chroma.client, baseName: `${name}-${Date.now()}`, embedderId: embedder.id });
    const rate = (ms: number) => chunks.length / (ms / 1000);

    const rawStore = await open("raw");
    const rawMs = await rawUpsert(rawStore, chunks, vectors, 1);
    const raw2Store = await open("raw2");
    const raw2Ms = await rawUpsert(raw2Store, chunks, vectors, 2);

    const ingestRun = async (name: string, embeddings: Embeddings & { id?: string }, sources = [corpusDir]) => {
      const store = await ChromaStore.open({ client: chroma.client, baseName: `${name}-${Date.now()}`, embedderId: embeddings.id ?? embedder.id });
      const stateDir = join(root, `state-${name}`);
      const lexical = (await LexicalIndex.open({ cacheDir: stateDir, store })).index;
      const begin = performance.now();
      let opened: { stats(): RecordsStats } | undefined;
      const summary = await ingest({ sources, baseDir: root, stateDir, store, embeddings, lexical, onRecords: (held) => (opened = held) });
      const ms = performance.now() - begin;
      if ((sources.length === 1 && sources[0] === corpusDir && summary.chunks.total !== chunks.length) || summary.failed.length > 0) {
        throw new Error(`ingest stored ${summary.chunks.total} of ${chunks.length} chunks (${summary.failed.length} failures)`);
      }
      const records: RecordsStats = opened?.stats() ?? { writes: 0, ms: 0 };
      return { ms, store, stateDir, chunks: summary.chunks.total, records };
    };
    const precomputed = await ingestRun("ingest", new PrecomputedEmbeddings(vectors));
    // The server's speed drifts within a run (the raw rate has moved 599 → 844 chunks/s between runs here), so the
    // target ratio is taken over paired rounds — raw upsert, then ingest, each into a fresh collection — and the
    // median of the rounds' ratios is reported beside the first round's.
    const ratios = [rawMs / precomputed.ms];
    for (let round = 1; round < 3; round += 1) {
      const rawRound = await open(`raw-round${round}`);
      const rawRoundMs = await rawUpsert(rawRound, chunks, vectors, 1);
      await chroma.client.deleteCollection({ name: rawRound.name });
      const ingestRound = await ingestRun(`ingest-round${round}`, new PrecomputedEmbeddings(vectors));
      ratios.push(rawRoundMs / ingestRound.ms);
      for (const name of [ingestRound.store.name, `${ingestRound.store.name}.records`]) await chroma.client.deleteCollection({ name });
    }
    const medianRatio = [...ratios].sort((left, right) => left - right)[1] as number;
    const endToEnd = await ingestRun("e2e", new LocalHashEmbeddings());

    // Queries: the sample QA and routing questions, with variant words so they hit the varied copies.
    const dataset = join(repositoryDir, "datasets/kestrel/eval");
    const questions = [
      ...readFileSync(join(dataset, "qa.jsonl"), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { question: string }).question),
      ...readFileSync(join(dataset, "routing.jsonl"), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { query: string }).query),
    ];
    const loadStarted = performance.now();
    const { index: lexical, sync } = await LexicalIndex.open({ cacheDir: precomputed.stateDir, store: precomputed.store });
    const loadMs = performance.now() - loadStarted;
    const hybrid = await createHybridRetriever({ store: precomputed.store, embeddings: embedder, lexical });
    const latency = async (mode: SearchMode, rounds: number, retriever: HybridRetriever = hybrid) => {
      const timings: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        for (const [index, question] of questions.entries()) {
          const query = round === 0 ? question : `${question} edition ${index % 12}`;
          const begin = performance.now();
          await retriever.search(query, { k: 5, mode });
          timings.push(performance.now() - begin);
        }
      }
      return summarizeLatency(timings.slice(questions.length));
    };
    await latency("hybrid", 1);
    const hybridLatency = await latency("hybrid", 3);
    // The previous default (stemmed BM25 + local-hash, RRF 1:1, no lexical stages), same collection, same run.
    const previous = await createHybridRetriever({ store: precomputed.store, embeddings: embedder, lexical, fusion: "rrf", titleWeight: 0, feedback: false, hop: false });
    const previousLatency = await latency("hybrid", 2, previous);
    const denseLatency = await latency("dense", 2);
    const lexicalLatency = await latency("lexical", 2);
    const queryCount = questions.length * 2;

    // The opt-in neural embedder: model load, end-to-end ingest of the first copy, and hybrid latency with the query
    // embedded by it, on the same 10k-chunk collection and BM25 index (the collection holds the hash vectors: the
    // ranking is not meaningful there, the cost is — HNSW search cost depends on the count and size of the vectors).
    // No query cache: the timed rounds repeat query texts, and every query must pay for its embedding here.
    const neural = new UniversalSentenceEncoderEmbeddings({ queryCacheSize: 0 });
    const loadBegin = performance.now();
    await neural.load();
    const neuralLoadMs = performance.now() - loadBegin;
    const neuralIngest = await ingestRun("neural", neural, [join(corpusDir, "v0")]);
    const queryEmbedTimings: number[] = [];
    for (const question of questions) {
      const begin = performance.now();
      await neural.embedQuery(question);
      queryEmbedTimings.push(performance.now() - begin);
    }
    const neuralQueryEmbedding = summarizeLatency(queryEmbedTimings);
    const neuralHybrid = await createHybridRetriever({ store: precomputed.store, embeddings: neural, lexical });
    await latency("hybrid", 1, neuralHybrid);
    const neuralLatency = await latency("hybrid", 2, neuralHybrid);
    const neuralTuned = await createHybridRetriever({
      store: precomputed.store,
      embeddings: neural,
      lexical,
      fusion: "score",
      denseWeight: 0.25,
      denseFeedback: { documents: 1, weight: 0.5 },
    });
    const neuralTunedLatency = await latency("hybrid", 2, neuralTuned);

    const percent = (ratio: number) => `${ratio.toFixed(2)}×`;
    return [
      {
        name: `ingestion throughput, ${chunks.length} chunks (${variants} varied copies of the sample corpora, 256-token chunks, 512-d vectors)`,
        rows: [
          ["raw Chroma upsert, precomputed vectors (baseline)", `${rate(rawMs).toFixed(0)} chunks/s`, "1.00×"],
          ["raw Chroma upsert, 2 requests in flight", `${rate(raw2Ms).toFixed(0)} chunks/s`, percent(rawMs / raw2Ms)],
          ["tandem ingest, same precomputed vectors", `${rate(precomputed.ms).toFixed(0)} chunks/s`, percent(rawMs / precomputed.ms)],
          ["  paired rounds (raw, then ingest, fresh collections): ratio of each, median", ratios.map(percent).join(", "), percent(medianRatio)],
          [
            "  of which: awaiting the records in Chroma (write-ahead marks, commits, index versions)",
            `${precomputed.records.writes} requests, ${precomputed.records.ms.toFixed(0)} ms`,
            `${((precomputed.records.ms / precomputed.ms) * 100).toFixed(1)}% of its time`,
          ],
          ["tandem ingest, offline embedder (end to end)", `${rate(endToEnd.ms).toFixed(0)} chunks/s`, percent(rawMs / endToEnd.ms)],
          ["offline embedder alone (local-hash-512-v1)", `${rate(embedMs).toFixed(0)} chunks/s`, percent(rawMs / embedMs)],
          [
            `tandem ingest, use-lite-512-v1 (end to end, first copy: ${neuralIngest.chunks} chunks)`,
            `${(neuralIngest.chunks / (neuralIngest.ms / 1000)).toFixed(1)} chunks/s`,
            percent(neuralIngest.chunks / (neuralIngest.ms / 1000) / rate(rawMs)),
          ],
        ],
        notes: [
          "target: tandem ingest ≥ 0.7× the raw upsert rate (same vectors, same run), the median of three paired rounds; ratios are rates relative to the baseline",
          `ingest includes reading and hashing ${readdirSync(corpusDir).length > 0 ? "the files" : ""}, chunking, the records in Chroma (pending marks before the first write, batched commits), batching (${precomputed.store.batchSize} per request, 2 in flight) and the BM25 index update and save`,
        ],
      },
      {
        name: `query latency of the default search, ${chunks.length} chunks, k = 5 (${queryCount} timed queries per mode)`,
        rows: [
          ["default search p50", `${hybridLatency.p50.toFixed(2)} ms`, `${(hybridLatency.p50 / denseLatency.p50).toFixed(2)}× dense`],
          ["default search p99", `${hybridLatency.p99.toFixed(2)} ms`, `${(hybridLatency.p99 / denseLatency.p99).toFixed(2)}× dense`],
          ["previous default (RRF 1:1, no lexical stages) p50 / p99", `${previousLatency.p50.toFixed(2)} / ${previousLatency.p99.toFixed(2)} ms`, `${(previousLatency.p50 / denseLatency.p50).toFixed(2)}× dense`],
          ["dense only p50 / p99", `${denseLatency.p50.toFixed(2)} / ${denseLatency.p99.toFixed(2)} ms`, "baseline"],
          ["BM25 only p50 / p99", `${lexicalLatency.p50.toFixed(2)} / ${lexicalLatency.p99.toFixed(2)} ms`, `${(lexicalLatency.p50 / denseLatency.p50).toFixed(2)}× dense`],
          [`BM25 index load (${sync.mode}, ${lexical.size} chunks)`, `${loadMs.toFixed(0)} ms`, "-"],
          ["use-lite-512-v1: query embedding alone p50 / p99", `${neuralQueryEmbedding.p50.toFixed(2)} / ${neuralQueryEmbedding.p99.toFixed(2)} ms`, `${(neuralQueryEmbedding.p50 / denseLatency.p50).toFixed(2)}× dense`],
          ["use-lite-512-v1: default search p50 / p99", `${neuralLatency.p50.toFixed(2)} / ${neuralLatency.p99.toFixed(2)} ms`, `${(neuralLatency.p50 / hybridLatency.p50).toFixed(2)}× default`],
          [
            "use-lite-512-v1: min-max 1:0.25 + dense feedback p50 / p99",
            `${neuralTunedLatency.p50.toFixed(2)} / ${neuralTunedLatency.p99.toFixed(2)} ms`,
            `${(neuralTunedLatency.p50 / hybridLatency.p50).toFixed(2)}× default`,
          ],
          ["use-lite-512-v1: model load (once per process)", `${neuralLoadMs.toFixed(0)} ms`, "-"],
        ],
        notes: [
          "targets: default search p50 ≤ 20 ms, p99 ≤ 60 ms on the local server; default = query embedding + Chroma query + BM25F + guarded RM3 feedback + linked-document hop + guarded fusion + duplicate collapse",
          `the sample corpora are copied ${variants} times here, so every title is held by ${variants} sources and never linked (maxSources 3): no query is guarded, every query pays for the feedback pass and the hop's title scan`,
          "use-lite rows: the same 10k-chunk collection and BM25 index, queries embedded by the neural encoder (the collection holds the hash vectors, so those rankings are not meaningful; the cost is)",
        ],
      },
    ];
  } finally {
    await chroma.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
