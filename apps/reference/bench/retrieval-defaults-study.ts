// How the default search's components and settings were chosen, reproducible — on the TUNING split only
// (Cranfield odd query positions + the HotpotQA dev.jsonl pool; the held-out split is never read here):
//   npx tsx apps/reference/bench/retrieval-defaults-study.ts [--data DIR] [--only REGEX]
// Every row is the production retriever (createHybridRetriever) with one setting changed; the dense side is the
// default offline embedder (local-hash-512-v1) ranked by exact cosine in memory instead of Chroma's HNSW (same
// vectors, no server, seconds per row). It prints Δ nDCG@10 on Cranfield and Δ all-gold@5 on HotpotQA against
// plain BM25 (k1 1.2, b 0.75, stopwords, no stemming) on the same split.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { SearchHit } from "@tandem/core";
import { LocalHashEmbeddings } from "@tandem/models";
import {
  Bm25Index,
  type ChromaStore,
  chunkDocument,
  createHybridRetriever,
  evaluateRetrieval,
  type HybridRetrieverOptions,
  LexicalIndex,
  loadSources,
  parseRetrievalJudgements,
  plainAnalyzer,
  summarizeRetrieval,
} from "@tandem/retrieval";
import { textTable } from "../src/cli/text-table";
import { poolChunks } from "./pool-chunks";
import { type Benchmark, readCranfield, readHotpotQa } from "./public-benchmarks";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: join(dirname(fileURLToPath(import.meta.url)), "../../../../shared/benchmarks") },
    only: { type: "string" },
    domains: { type: "boolean", default: false },
  },
});
const repositoryDir = join(dirname(fileURLToPath(import.meta.url)), "../../..");

type Settings = Omit<HybridRetrieverOptions, "store" | "embeddings" | "lexical">;
const off = { feedback: false, hop: false, titleWeight: 0, denseWeight: 0 } as const satisfies Settings;
/** The rows: the default, each component alone and switched off, and the settings around the chosen ones. */
const rows: [string, Settings][] = [
  ["lexical side (stemmed BM25)", off],
  ["default", {}],
  ["  − title field", { titleWeight: 0 }],
  ["  − feedback", { feedback: false }],
  ["  − feedback guard", { feedback: { guard: false } }],
  ["  − hop", { hop: false }],
  ["  − dense (lexical ranking alone)", { denseWeight: 0 }],
  ["  dense by RRF 1:1 instead of the guard", { fusion: "rrf" }],
  ["  dense by min-max 1:0.25 instead of the guard", { fusion: "score", denseWeight: 0.25 }],
  ...[1, 3].map((titleWeight): [string, Settings] => [`  title weight ${titleWeight}`, { titleWeight }]),
  ...[
    { documents: 5, terms: 10 },
    { documents: 10, terms: 20 },
    { documents: 5, terms: 20 },
    { documents: 10, terms: 10, originalWeight: 0.7 },
    { documents: 5, terms: 10, originalWeight: 0.7 },
    { firstPassWeight: 0 },
    { firstPassWeight: 0.3 },
    { firstPassWeight: 0.7 },
    { documents: 10, terms: 5 },
    { documents: 3, terms: 10 },
    { documents: 10, terms: 10, originalWeight: 0.8 },
  ].map((feedback): [string, Settings] => [`  feedback ${JSON.stringify(feedback)}`, { feedback }]),
  ...[
    { linkers: 3 },
    { linkers: 10 },
    { weight: 0.1 },
    { weight: 0.2 },
    { weight: 0.3 },
    { weight: 0.4 },
    { weight: 0.7 },
  ].map((hop): [string, Settings] => [`  hop ${JSON.stringify(hop)}`, { hop }]),
  ...[0.05, 0.2, 0.5].map((denseWeight): [string, Settings] => [`  guard weight ${denseWeight}`, { denseWeight }]),
  ["title field alone", { ...off, titleWeight: 2 }],
  ["feedback alone (guarded)", { ...off, feedback: {} }],
  ["feedback alone (unguarded)", { ...off, feedback: { guard: false } }],
  ["hop alone", { ...off, hop: {} }],
  ["guarded dense alone", { ...off, denseWeight: 0.1 }],
];

/** Exact cosine over in-memory vectors, in the shape of ChromaStore.query (the study needs no server). */
function memoryStore(chunks: { id: string; text: string; metadata: SearchHit["metadata"] }[], vectors: number[][]): ChromaStore {
  return {
    async query(vector: readonly number[], options: { k?: number } = {}) {
      const scored = vectors.map((candidate, index) => ({ index, score: candidate.reduce((sum, value, position) => sum + value * (vector[position] as number), 0) }));
      scored.sort((left, right) => right.score - left.score || left.index - right.index);
      return scored.slice(0, options.k ?? 5).map(({ index, score }) => {
        const chunk = chunks[index] as (typeof chunks)[number];
        return { id: chunk.id, score, source: chunk.metadata.source, text: chunk.text, metadata: chunk.metadata, scores: { dense: score } };
      });
    },
  } as unknown as ChromaStore;
}

const benchmarks: Benchmark[] = [readCranfield(join(values.data, "cranfield")), readHotpotQa(join(values.data, "hotpotqa"))];
const embeddings = new LocalHashEmbeddings();
const only = values.only ? new RegExp(values.only) : undefined;
/** Per benchmark: the tuning split's pools, each with its indexes and judged queries. */
const pools = benchmarks.map((benchmark) =>
  benchmark.pools
    .map((pool) => ({ ...pool, queries: pool.queries.filter((query) => query.split === "tuning") }))
    .filter((pool) => pool.queries.length > 0)
    .map((pool) => {
      const chunks = poolChunks(pool);
      const plain = new Bm25Index(chunks.map(({ id, text }) => ({ id, text })), { analyzer: plainAnalyzer });
      return { ...pool, chunks, plain, lexical: LexicalIndex.inMemory(pool.name, chunks), store: memoryStore(chunks, chunks.map((chunk) => embeddings.embed(chunk.text))) };
    }),
);

async function measure(search: (pool: (typeof pools)[number][number], query: string) => Promise<string[]>): Promise<number[]> {
  const figures: number[] = [];
  for (const [index, benchmark] of benchmarks.entries()) {
    const runs = [];
    for (const pool of pools[index] ?? []) for (const query of pool.queries) runs.push({ ranked: await search(pool, query.text), relevant: query.relevant });
    figures.push(summarizeRetrieval(runs)[benchmark.targetMetric]);
  }
  return figures;
}

/** The sample domains (robustness checks, --domains): chunked as `tandem ingest` does, scored as `tandem eval retrieval` does (nDCG@5 by source). */
const domains = values.domains
  ? await Promise.all(
      readdirSync(join(repositoryDir, "datasets")).sort().map(async (name) => {
        const directory = join(repositoryDir, "datasets", name);
        const loaded = await loadSources(["corpus"], directory);
        const chunks = loaded.documents.flatMap((document) => chunkDocument(document));
        const { queries } = parseRetrievalJudgements(readFileSync(join(directory, "eval/qa.jsonl"), "utf8"), "qa.jsonl");
        const plain = new Bm25Index(chunks, { analyzer: plainAnalyzer });
        return { name, chunks, queries, plain, lexical: LexicalIndex.inMemory(name, chunks), store: memoryStore(chunks, chunks.map((chunk) => embeddings.embed(chunk.text))) };
      }),
    )
  : [];
async function measureDomains(settings: Settings | "plain"): Promise<number[]> {
  const figures: number[] = [];
  for (const domain of domains) {
    const retriever = settings === "plain" ? undefined : await createHybridRetriever({ store: domain.store, embeddings, lexical: domain.lexical, ...settings });
    const search = async (query: string, options: { k: number }): Promise<SearchHit[]> =>
      retriever ? retriever.search(query, options) : domain.plain.search(query, options.k).map((hit) => ({ id: hit.id, score: hit.score, source: domain.plain.get(hit.id)?.metadata?.source as string, text: "", metadata: domain.plain.get(hit.id)?.metadata as SearchHit["metadata"] }));
    const evaluation = await evaluateRetrieval({ queries: domain.queries, methods: { search }, k: 5 });
    figures.push(evaluation.methods.search?.ndcg ?? 0);
  }
  return figures;
}

const sourceOf = (pool: (typeof pools)[number][number], ids: readonly string[]) => ids.map((id) => pool.lexical.bm25.get(id)?.metadata?.source as string);
const baseline = await measure(async (pool, query) => sourceOf(pool, pool.plain.search(query, 10).map((hit) => hit.id)));
const domainBaseline = await measureDomains("plain");
const output: string[][] = [["plain BM25 (baseline)", ...baseline.flatMap((figure) => [figure.toFixed(3), ""]), ...domainBaseline.map((figure) => figure.toFixed(3))]];
const signed = (value: number) => `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
for (const [name, settings] of rows) {
  if (only && !only.test(name)) continue;
  const retrievers = new Map<string, Awaited<ReturnType<typeof createHybridRetriever>>>();
  const figures = await measure(async (pool, query) => {
    let retriever = retrievers.get(pool.name);
    if (!retriever) {
      retriever = await createHybridRetriever({ store: pool.store, embeddings, lexical: pool.lexical, collapseDuplicates: false, ...settings });
      retrievers.set(pool.name, retriever);
    }
    return (await retriever.search(query, { k: 10 })).map((hit) => hit.source);
  });
  const delta = (index: number) => {
    const value = ((figures[index] as number) - (baseline[index] as number)) * 100;
    return `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
  };
  const domainFigures = await measureDomains(settings);
  output.push([name, (figures[0] as number).toFixed(3), delta(0), (figures[1] as number).toFixed(3), delta(1), ...domainFigures.map((figure, index) => signed((figure - (domainBaseline[index] as number)) * 100))]);
  process.stderr.write(".");
}
const counts = pools.map((list) => list.reduce((sum, pool) => sum + pool.queries.length, 0));
console.log(`\ntuning split only: Cranfield odd positions (${counts[0]} queries), HotpotQA dev pool (${counts[1]} questions)`);
if (domains.length > 0) console.log(`sample domains (--domains): nDCG@5 by source on eval/qa.jsonl, Δ pts vs plain BM25: ${domains.map((domain) => `${domain.name} ${domain.queries.length}`).join(", ")} queries`);
console.log(textTable(["method", "Cranfield nDCG@10", "Δ pts", "HotpotQA all-gold@5", "Δ pts", ...domains.map((domain) => domain.name.split("-")[0] as string)], output));
