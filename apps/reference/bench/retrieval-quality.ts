// Retrieval quality on public data nobody here wrote, every figure computed in the same run against plain Okapi BM25
// (k1 1.2, b 0.75, stopwords, no stemming): the project's lexical side (stemmed BM25, `--mode lexical`), the dense
// side alone, the DEFAULT search (createHybridRetriever with no options: BM25F over text + title, guarded RM3
// feedback, the linked-document hop, the guarded fusion with the local-hash-512-v1 embedder, on the real Chroma
// server) and the default with each component switched off, on the dev split (tuning), the test split (held out)
// and all queries.
// TANDEM_BENCH_EMBEDDERS=all adds the earlier offline-embedder rows (LSA fitted on the corpus, the neural Universal
// Sentence Encoder Lite, both concatenated; with the fusions tuned for them, lexical stages off as when they were
// tuned). The neural embedder takes minutes for the 7,318 documents on 2 cores: corpus vectors are cached on disk
// between runs (vector-cache.ts; TANDEM_BENCH_VECTOR_CACHE=off re-embeds).
// Data: --data DIR with cranfield/ and hotpotqa/{dev,test}.jsonl (see ../shared/benchmarks/README.md).
// TANDEM_BENCH_EMBEDDINGS=MODEL adds rows for that model on an OpenAI-compatible server (OPENAI_BASE_URL and/or
// OPENAI_API_KEY), e.g. a local vLLM / Ollama / text-embeddings-inference serving a neural embedder.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Chunk } from "@tandem/core";
import { ConcatenatedEmbeddings, createOpenAIEmbeddings, LocalHashEmbeddings, LsaEmbeddings, UniversalSentenceEncoderEmbeddings } from "@tandem/models";
import {
  Bm25Index,
  ChromaStore,
  type ChromaConnection,
  createHybridRetriever,
  createRetriever,
  ensureChroma,
  type HybridRetrieverOptions,
  type MetricSummary,
  plainAnalyzer,
  summarizeRetrieval,
} from "@tandem/retrieval";
import { poolChunks } from "./pool-chunks";
import { type Benchmark, type BenchmarkQuery, type Pool, readCranfield, readHotpotQa, type Split } from "./public-benchmarks";
import type { BenchmarkResult } from "./types";
import { documentVectors, withCorpusVectors } from "./vector-cache";

type Settings = Omit<HybridRetrieverOptions, "store" | "embeddings">;
/** The lexical side as the embedder fusions below were tuned with it: plain BM25 over text, no feedback, no hop. */
const lexicalStagesOff = { titleWeight: 0, feedback: false, hop: false } as const satisfies Settings;
/** LSA dimensions and the hybrid options chosen on the tuning split (see the notes printed with the tables). */
const lsaDimensions = 200;
const tunedFusion: Settings = {
  ...lexicalStagesOff,
  fusion: "score",
  normalization: "z-score",
  lexicalWeight: 1,
  denseWeight: 2,
  denseFeedback: { documents: 1, weight: 1 },
  candidatesPerHit: 2,
};
const hashTunedFusion: Settings = { ...lexicalStagesOff, fusion: "score", normalization: "min-max", lexicalWeight: 1, denseWeight: 0.25 };
/** Chosen by `retrieval-tuning.ts --embedder use` on the tuning split (see the notes). */
const useTunedFusion: Settings = {
  ...lexicalStagesOff,
  fusion: "score",
  normalization: "min-max",
  lexicalWeight: 1,
  denseWeight: 0.25,
  denseFeedback: { documents: 1, weight: 0.5 },
  candidatesPerHit: 4,
};
/** Chosen by `retrieval-tuning.ts --embedder use+lsa --lsa-share 0.25,0.5,0.75` on the tuning split. */
const mixLsaShare = 0.5;
const mixTunedFusion: Settings = {
  ...lexicalStagesOff,
  fusion: "score",
  normalization: "z-score",
  lexicalWeight: 1,
  denseWeight: 2,
  denseFeedback: { documents: 1, weight: 1 },
  candidatesPerHit: 4,
};
const depth = 10;
const externalModel = process.env.TANDEM_BENCH_EMBEDDINGS;
const allEmbedders = process.env.TANDEM_BENCH_EMBEDDERS === "all";
const baselineName = "plain BM25 (baseline)";
const defaultName = "default search";

type EmbedderName = "hash" | "lsa" | "use" | "mix" | "external";

type Search = (query: string) => Promise<string[]>;
interface Method {
  name: string;
  /** Builds the search function for one pool (indexes are built once per pool and embedder). */
  open: (context: PoolContext) => Promise<Search>;
}
interface PoolContext {
  pool: Pool;
  chunks: Chunk[];
  sourceOf: Map<string, string>;
  store: (embedder: EmbedderName) => Promise<{ store: ChromaStore; embeddings: EmbeddingsInterface }>;
}

const hybridMethod = (name: string, embedder: EmbedderName, options: Settings): Method => ({
  name,
  open: async (context) => {
    const retriever = await createHybridRetriever({ ...(await context.store(embedder)), ...options });
    return async (query) => (await retriever.search(query, { k: depth })).map((hit) => hit.source);
  },
});
const denseMethod = (name: string, embedder: EmbedderName): Method => ({
  name,
  open: async (context) => {
    const retriever = createRetriever(await context.store(embedder));
    return async (query) => (await retriever.search(query, { k: depth })).map((hit) => hit.source);
  },
});

/** The default search with one component switched off (or the guard replaced), run by the same retriever. */
const ablations: [string, Settings][] = [
  ["default − title field (titleWeight 0)", { titleWeight: 0 }],
  ["default − feedback (--no-feedback)", { feedback: false }],
  ["default − feedback guard (--no-feedback-guard)", { feedback: { guard: false } }],
  ["default − hop (--no-hop)", { hop: false }],
  ["default − dense side (--dense-weight 0)", { denseWeight: 0 }],
  ["default, dense by RRF 1:1 instead of the guard (--fusion rrf)", { fusion: "rrf" }],
  ["previous default: stemmed BM25 + local-hash, RRF 1:1", { ...lexicalStagesOff, fusion: "rrf" }],
];

const methods: Method[] = [
  {
    name: baselineName,
    open: async ({ chunks, sourceOf }) => {
      const index = new Bm25Index(
        chunks.map(({ id, text }) => ({ id, text })),
        { analyzer: plainAnalyzer },
      );
      return async (query) => index.search(query, depth).map((hit) => sourceOf.get(hit.id) ?? "");
    },
  },
  {
    name: "lexical side: stemmed BM25 (--mode lexical)",
    open: async (context) => {
      const retriever = await createHybridRetriever(await context.store("hash"));
      return async (query) => (await retriever.search(query, { k: depth, mode: "lexical" })).map((hit) => hit.source);
    },
  },
  denseMethod("dense side: local-hash-512-v1 (--mode dense)", "hash"),
  hybridMethod(defaultName, "hash", {}),
  ...ablations.map(([name, settings]) => hybridMethod(name, "hash", settings)),
  ...(allEmbedders
    ? [
        hybridMethod("local-hash, min-max 1:0.25 (tuned earlier)", "hash", hashTunedFusion),
        denseMethod(`dense: LSA-${lsaDimensions}`, "lsa"),
        // Lexical weight 0: the dense side alone, searching with the feedback-expanded query vector.
        hybridMethod(`dense: LSA-${lsaDimensions} + feedback (top-1 BM25 text)`, "lsa", { ...lexicalStagesOff, lexicalWeight: 0, fusion: "rrf", denseFeedback: tunedFusion.denseFeedback }),
        hybridMethod(`hybrid: LSA-${lsaDimensions}, RRF 1:1`, "lsa", { ...lexicalStagesOff, fusion: "rrf" }),
        hybridMethod(`hybrid: LSA-${lsaDimensions}, tuned`, "lsa", tunedFusion),
        denseMethod("dense: use-lite-512-v1", "use"),
        hybridMethod("hybrid: use-lite, RRF 1:1", "use", { ...lexicalStagesOff, fusion: "rrf" }),
        hybridMethod("hybrid: use-lite, tuned", "use", useTunedFusion),
        denseMethod(`dense: use-lite + LSA-${lsaDimensions} (LSA share ${mixLsaShare})`, "mix"),
        hybridMethod(`hybrid: use-lite + LSA-${lsaDimensions}, tuned`, "mix", mixTunedFusion),
      ]
    : []),
  ...(externalModel
    ? [
        denseMethod(`dense: ${externalModel}`, "external"),
        hybridMethod(`default search with ${externalModel} as the dense side`, "external", {}),
        hybridMethod(`hybrid: ${externalModel}, RRF 1:1`, "external", { fusion: "rrf" }),
      ]
    : []),
];

interface PoolRuns {
  /** Per method: one ranked list of document ids per query. */
  ranked: Map<string, string[][]>;
  queries: BenchmarkQuery[];
  fitSeconds: number;
  vocabulary: number;
  /** Seconds the neural embedder took for this pool's documents (0 when read from the cache). */
  neuralSeconds: number;
  neuralCached: boolean;
}

async function runPool(chroma: ChromaConnection, pool: Pool, progress: (text: string) => void): Promise<PoolRuns> {
  // One chunk per document, titled as a JSONL row with a title field would be (metadata.title = the first line).
  const chunks: Chunk[] = poolChunks(pool);
  const texts = chunks.map((chunk) => chunk.text);
  const started = performance.now();
  // Fitted on the documents only (never on queries or judgements), then frozen; only with TANDEM_BENCH_EMBEDDERS=all.
  if (allEmbedders) progress(`${pool.name}: fitting LSA-${lsaDimensions} on ${texts.length} documents`);
  const lsa = allEmbedders ? LsaEmbeddings.fit(texts, { dimensions: lsaDimensions }) : undefined;
  const fitSeconds = (performance.now() - started) / 1000;
  // The neural vectors come from the on-disk cache when an earlier run embedded the same texts.
  const neural = new UniversalSentenceEncoderEmbeddings();
  const neuralVectors = allEmbedders ? await documentVectors(neural, texts, progress) : { embedSeconds: 0, cached: true };
  const useWithVectors = () => withCorpusVectors(neural, texts, progress);
  const fitted = () => {
    if (!lsa) throw new Error("LSA rows run with TANDEM_BENCH_EMBEDDERS=all");
    return lsa;
  };
  // Created on first use: the external one only exists when TANDEM_BENCH_EMBEDDINGS is set.
  const embedders: Record<EmbedderName, () => Promise<EmbeddingsInterface & { id: string }>> = {
    hash: async () => new LocalHashEmbeddings(),
    lsa: async () => fitted(),
    use: useWithVectors,
    mix: async () =>
      new ConcatenatedEmbeddings({
        parts: [
          { embeddings: await withCorpusVectors(fitted(), texts, progress), weight: mixLsaShare },
          { embeddings: await useWithVectors(), weight: 1 - mixLsaShare },
        ],
      }),
    external: async () => createOpenAIEmbeddings({ model: externalModel ?? "", maxRetries: 2 }),
  };
  const stores = new Map<string, Promise<{ store: ChromaStore; embeddings: EmbeddingsInterface }>>();
  const context: PoolContext = {
    pool,
    chunks,
    sourceOf: new Map(chunks.map((chunk) => [chunk.id, chunk.metadata.source])),
    store: (name) => {
      let opened = stores.get(name);
      if (!opened) {
        opened = (async () => {
          const embeddings = await embedders[name]();
          progress(`${pool.name}: embedding ${texts.length} documents with ${embeddings.id} into Chroma`);
          const store = await ChromaStore.open({ client: chroma.client, baseName: `bench-${pool.name.replace(/\W+/g, "-")}-${Date.now()}`, embedderId: embeddings.id });
          await store.upsert(chunks, await embeddings.embedDocuments(texts));
          return { store, embeddings };
        })();
        stores.set(name, opened);
      }
      return opened;
    },
  };
  const ranked = new Map<string, string[][]>();
  for (const method of methods) {
    progress(`${pool.name}: ${method.name} (${pool.queries.length} queries)`);
    const search = await method.open(context);
    const lists: string[][] = [];
    for (const query of pool.queries) lists.push(await search(query.text));
    ranked.set(method.name, lists);
  }
  return { ranked, queries: pool.queries, fitSeconds, vocabulary: lsa?.vocabularySize ?? 0, neuralSeconds: neuralVectors.embedSeconds, neuralCached: neuralVectors.cached };
}

const splits: { label: string; split?: Split }[] = [
  { label: "dev (tuning)", split: "tuning" },
  { label: "test (held out)", split: "held-out" },
  { label: "all" },
];
const metricNames: Record<Benchmark["targetMetric"], string> = { ndcgAt10: "nDCG@10", allGoldAt5: "all-gold@5" };
const metricKeys = ["recallAt5", "recallAt10", "allGoldAt5", "mrr", "ndcgAt10"] as const;
const metricLabels: Record<(typeof metricKeys)[number], string> = { recallAt5: "recall@5", recallAt10: "recall@10", allGoldAt5: "all-gold@5", mrr: "MRR", ndcgAt10: "nDCG@10" };
const signed = (value: number) => `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;

/** Per method, on one split: Δ of the target metric vs plain BM25 (points) and the metrics below plain BM25. */
type Verdicts = Map<string, { delta: number; worse: string[] }>;

async function evaluate(chroma: ChromaConnection, benchmark: Benchmark, progress: (text: string) => void): Promise<{ result: BenchmarkResult; heldOut: Verdicts; dev: Verdicts }> {
  const runs: PoolRuns[] = [];
  for (const pool of benchmark.pools) runs.push(await runPool(chroma, pool, progress));
  const summary = (method: string, split?: Split): MetricSummary =>
    summarizeRetrieval(runs.flatMap((run) => run.queries.flatMap((query, index) => (split === undefined || query.split === split ? [{ ranked: run.ranked.get(method)?.[index] ?? [], relevant: query.relevant }] : []))));
  const target = benchmark.targetMetric;
  const rows: string[][] = [];
  const baselines = new Map(splits.map(({ label, split }) => [label, summary(baselineName, split)]));
  const heldOut: Verdicts = new Map();
  const dev: Verdicts = new Map();
  for (const method of methods) {
    for (const { label, split } of splits) {
      const result = summary(method.name, split);
      if (result.queries === 0) continue;
      const baseline = baselines.get(label) as MetricSummary;
      const delta = (result[target] - baseline[target]) * 100;
      rows.push([method.name, `${label} (${result.queries})`, ...metricKeys.map((key) => result[key].toFixed(3)), method.name === baselineName ? "" : signed(delta)]);
      const worse = metricKeys.filter((key) => result[key] < baseline[key] - 1e-9).map((key) => metricLabels[key]);
      if (split === "held-out") heldOut.set(method.name, { delta, worse });
      if (split === "tuning") dev.set(method.name, { delta, worse });
    }
  }
  const neuralTimes = runs
    .map((run, index) => `${benchmark.pools[index]?.name}: ${run.neuralCached ? "read from the vector cache" : `${benchmark.pools[index]?.documents.length} documents embedded in ${run.neuralSeconds.toFixed(0)} s`}`)
    .join("; ");
  const lsaFits = runs.map((run, index) => `${benchmark.pools[index]?.name}: ${run.vocabulary} terms, fitted in ${run.fitSeconds.toFixed(1)} s`).join("; ");
  const verdict = heldOut.get(defaultName);
  const result: BenchmarkResult = {
    name: benchmark.name,
    header: ["method", "split (queries)", "recall@5", "recall@10", "all-gold@5", "MRR", "nDCG@10", `Δ ${metricNames[target]} vs plain BM25 (pts)`],
    rows,
    notes: [
      benchmark.description,
      "plain BM25 = Okapi BM25, k1 1.2, b 0.75, lower-cased words, English stopwords removed, no stemming (the baseline); lexical side = the same BM25 with Tandem's analysis (Porter stemming, compound-word parts)",
      "default search = createHybridRetriever with no options: BM25F over text + title (weight 2), RM3 feedback (10 docs, 10 terms, λ 0.5) averaged with the first pass and skipped when the best hits name other documents, the linked-document hop (5 linkers, 0.2), the guarded lexical-first fusion with local-hash-512-v1 in Chroma (factor ≤ 1.1); every setting chosen on the dev split only (Cranfield odd positions, the HotpotQA dev pool and, for the hop weight, the datasets/ domains: apps/reference/bench/retrieval-defaults-study.ts --domains)",
      ...(allEmbedders
        ? [
            `LSA-${lsaDimensions}: LsaEmbeddings fitted on each pool's documents (no queries, no judgements), frozen, vectors in Chroma; ${lsaFits}`,
            "tuned = the best of an 80-setting grid on the dev split (retrieval-tuning.ts), run with the lexical stages off as when it was tuned: for LSA z-score, lexical 1 : dense 2, dense feedback top-1 at weight 1, 20 candidates; for local-hash min-max 1 : 0.25",
            `use-lite-512-v1: Universal Sentence Encoder Lite from npm, offline; ${neuralTimes}; tuned: min-max, 1 : 0.25, dense feedback top-1 at 0.5, 40 candidates; use-lite + LSA (share ${mixLsaShare}): z-score, 1 : 2, feedback top-1 at 1`,
          ]
        : ["TANDEM_BENCH_EMBEDDERS=all adds the LSA and use-lite rows"]),
      verdict
        ? `default search on the test split: ${signed(verdict.delta)} pts ${metricNames[target]} vs plain BM25; metrics below plain BM25: ${verdict.worse.join(", ") || "none"}`
        : "no test split here",
    ],
  };
  return { result, heldOut, dev };
}

/** The target on the test (held-out) split of both benchmarks at once, with the dev split beside it (labelled). */
function targetTable(benchmarks: readonly Benchmark[], heldOut: readonly Verdicts[], dev: readonly Verdicts[]): BenchmarkResult {
  const names = [...(heldOut[0]?.keys() ?? [])].filter((name) => name !== baselineName);
  const short = (benchmark: Benchmark | undefined) => (benchmark?.targetMetric === "ndcgAt10" ? "Cranfield" : "HotpotQA");
  const rows = names.map((name) => {
    const cells = heldOut.map((verdict) => verdict.get(name));
    const meets = cells.every((cell) => cell !== undefined && cell.delta >= 3);
    const below = cells.map((cell, index) => (cell && cell.worse.length > 0 ? `${short(benchmarks[index])}: ${cell.worse.join(", ")}` : "")).filter(Boolean);
    const delta = (cell: { delta: number } | undefined) => (cell ? signed(cell.delta) : "-");
    return [name, ...cells.map(delta), ...dev.map((verdict) => delta(verdict.get(name))), below.join("; ") || "none", meets ? "yes" : "no"];
  });
  return {
    name: "retrieval-quality target: Δ vs plain BM25 in the same run, test split (dev split beside it)",
    header: [
      "method",
      ...benchmarks.map((benchmark) => `${short(benchmark)} test Δ ${metricNames[benchmark.targetMetric]}`),
      ...benchmarks.map((benchmark) => `${short(benchmark)} dev Δ ${metricNames[benchmark.targetMetric]}`),
      "test metrics below plain BM25",
      "≥ +3 on both tests",
    ],
    rows,
    notes: [
      "target: the default search ≥ +3 points nDCG@10 on Cranfield (even query positions) and ≥ +3 points all-gold@5 on the HotpotQA test.jsonl pool over plain BM25, and never below plain BM25; dev = Cranfield odd positions + the dev.jsonl pool, where every setting was chosen",
    ],
  };
}

export async function retrievalQuality(dataDir: string): Promise<BenchmarkResult[]> {
  const benchmarks: Benchmark[] = [];
  if (existsSync(join(dataDir, "cranfield/cran.all.1400"))) benchmarks.push(readCranfield(join(dataDir, "cranfield")));
  if (existsSync(join(dataDir, "hotpotqa/test.jsonl")) || existsSync(join(dataDir, "hotpotqa/dev.jsonl"))) benchmarks.push(readHotpotQa(join(dataDir, "hotpotqa")));
  if (benchmarks.length === 0) {
    return [
      {
        name: "retrieval quality",
        rows: [["skipped", "-", "-"]],
        notes: [`no benchmark data in ${dataDir}: pass --data DIR holding cranfield/ (cran.all.1400, cran.qry, cranqrel) and hotpotqa/ (dev.jsonl, test.jsonl)`],
      },
    ];
  }
  const root = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  const chroma = await ensureChroma({ dataDir: join(root, "chroma") }); // CHROMA_URL, when set, is used instead
  const progress = (text: string) => process.stderr.write(`  ${text}\n`);
  try {
    const results: BenchmarkResult[] = [];
    const heldOut: Verdicts[] = [];
    const dev: Verdicts[] = [];
    for (const benchmark of benchmarks) {
      const verdicts = await evaluate(chroma, benchmark, progress);
      results.push(verdicts.result);
      heldOut.push(verdicts.heldOut);
      dev.push(verdicts.dev);
    }
    if (benchmarks.length === 2) results.push(targetTable(benchmarks, heldOut, dev));
    return results;
  } finally {
    await chroma.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
