// The grid that chose the "tuned" hybrid settings of the retrieval-quality benchmark, reproducible:
//   npx tsx apps/reference/bench/retrieval-tuning.ts [--data DIR] [--split tuning|held-out] [--embedder lsa|hash|use|use-sentences|use+lsa [--lsa-share S,S,…]] [--top N]
// Embedders: hash (local-hash-512-v1), lsa (LSA-200 fitted on each pool), use (use-lite-512-v1, the offline neural
// Universal Sentence Encoder Lite), use-sentences (its sentence-pooled variant), use+lsa (both concatenated with
// ConcatenatedEmbeddings; the LSA share is one more grid dimension). Corpus vectors are cached on disk between runs
// (vector-cache.ts): the first neural run embeds the 7,318 benchmark documents (minutes), later runs take seconds.
// For every setting it prints Δ nDCG@10 on Cranfield and Δ all-gold@5 on HotpotQA against BM25 on the same split,
// sorted by their sum (the selection rule). Run it on --split tuning to choose; --split held-out only shows what a
// choice made on the held-out queries themselves would reach (an upper bound, not a fair figure).
// Dense ranking is exact cosine in memory (Chroma's HNSW returned 99.9% of the same top-40 here), with the same
// embedders, Bm25Index, expandQueryVector and fuseHits as the hybrid retriever.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { ConcatenatedEmbeddings, LocalHashEmbeddings, LsaEmbeddings, UniversalSentenceEncoderEmbeddings } from "@tandem/models";
import { Bm25Index, expandQueryVector, type FusionOptions, fuseHits, summarizeRetrieval } from "@tandem/retrieval";
import { textTable } from "../src/cli/text-table";
import { type Benchmark, readCranfield, readHotpotQa, type Split } from "./public-benchmarks";
import { withCorpusVectors } from "./vector-cache";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: join(dirname(fileURLToPath(import.meta.url)), "../../../../shared/benchmarks") },
    split: { type: "string", default: "tuning" },
    embedder: { type: "string", default: "lsa" },
    top: { type: "string", default: "10" },
    "lsa-share": { type: "string", default: "0.5" },
  },
});
const split = values.split as Split;
const feedbacks = [{ documents: 0, weight: 0 }, ...[1, 2].flatMap((documents) => [0.5, 1].map((weight) => ({ documents, weight })))];
const depths = [20, 40];
const fusions: (FusionOptions & { label: string })[] = [
  { label: "RRF 1:0.5", fusion: "rrf", denseWeight: 0.5 },
  { label: "RRF 1:1", fusion: "rrf", denseWeight: 1 },
  ...[0.25, 0.5, 1].map((weight) => ({ label: `min-max 1:${weight}`, fusion: "score" as const, normalization: "min-max" as const, denseWeight: weight })),
  ...[0.5, 1, 2].map((weight) => ({ label: `z-score 1:${weight}`, fusion: "score" as const, normalization: "z-score" as const, denseWeight: weight })),
];

const embedderNames: Record<string, string> = {
  hash: "local-hash-512-v1",
  lsa: "LSA-200",
  use: "use-lite-512-v1 (whole text)",
  "use-sentences": "use-lite-512-v1-sentences (mean of sentence vectors)",
  "use+lsa": `use-lite-512-v1 and LSA-200 concatenated (ConcatenatedEmbeddings), LSA share ${values["lsa-share"]}`,
};
if (!(values.embedder in embedderNames)) {
  console.error(`--embedder must be one of ${Object.keys(embedderNames).join(", ")}`);
  process.exit(2);
}

const log = (text: string) => process.stderr.write(`  ${text}\n`);

/** The embedder under test for one pool (LSA is fitted on the pool's documents), with the pool's vectors precomputed. */
async function createEmbedder(texts: readonly string[], share: number): Promise<EmbeddingsInterface & { id: string; vectors: number[][] }> {
  if (values.embedder === "hash") return withCorpusVectors(new LocalHashEmbeddings(), texts, log);
  if (values.embedder === "use") return withCorpusVectors(new UniversalSentenceEncoderEmbeddings(), texts, log);
  if (values.embedder === "use-sentences") return withCorpusVectors(new UniversalSentenceEncoderEmbeddings({ pooling: "sentences" }), texts, log);
  if (values.embedder === "use+lsa") {
    const parts = [
      { embeddings: await withCorpusVectors(LsaEmbeddings.fit(texts, { dimensions: 200 }), texts, log), weight: share },
      { embeddings: await withCorpusVectors(new UniversalSentenceEncoderEmbeddings(), texts, log), weight: 1 - share },
    ];
    // Not cached itself: its vectors come from the parts' (cached) ones.
    const concatenated = new ConcatenatedEmbeddings({ parts });
    return {
      id: concatenated.id,
      vectors: await concatenated.embedDocuments([...texts]),
      embedQuery: (text) => concatenated.embedQuery(text),
      embedDocuments: (documents) => concatenated.embedDocuments(documents),
    };
  }
  return withCorpusVectors(LsaEmbeddings.fit(texts, { dimensions: 200 }), texts, log);
}

/** Δ of the benchmark's target metric for every setting, in grid order. */
async function gridDeltas(benchmark: Benchmark, share: number): Promise<number[]> {
  const perSetting: { ranked: string[]; relevant: Benchmark["pools"][number]["queries"][number]["relevant"] }[][] = [];
  const baseline: { ranked: string[]; relevant: Benchmark["pools"][number]["queries"][number]["relevant"] }[] = [];
  for (const pool of benchmark.pools) {
    const queries = pool.queries.filter((query) => query.split === split);
    if (queries.length === 0) continue;
    process.stderr.write(`  ${pool.name}: ${queries.length} queries\n`);
    const texts = pool.documents.map((document) => document.text);
    const embeddings = await createEmbedder(texts, share);
    const vectors = embeddings.vectors;
    const documentIndex = new Map(pool.documents.map((document, index) => [document.id, index]));
    const bm25 = new Bm25Index(pool.documents);
    for (const query of queries) {
      const lexicalHits = bm25.search(query.text, 40);
      baseline.push({ ranked: lexicalHits.slice(0, 10).map((hit) => hit.id), relevant: query.relevant });
      const queryVector = await embeddings.embedQuery(query.text);
      let setting = 0;
      for (const feedback of feedbacks) {
        const feedbackTexts = lexicalHits.slice(0, feedback.documents).map((hit) => texts[documentIndex.get(hit.id) ?? -1] ?? "");
        const vector = feedback.documents > 0 ? await expandQueryVector(embeddings, queryVector, feedbackTexts, feedback) : queryVector;
        const denseAll = vectors
          .map((document, index) => ({ id: pool.documents[index]?.id ?? "", score: document.reduce((sum, value, position) => sum + value * (vector[position] ?? 0), 0) }))
          .sort((left, right) => right.score - left.score)
          .slice(0, 40);
        for (const depth of depths) {
          for (const fusion of fusions) {
            const { fused } = fuseHits(denseAll.slice(0, depth), lexicalHits.slice(0, depth), fusion);
            (perSetting[setting] ??= []).push({ ranked: fused.slice(0, 10).map((entry) => entry.id), relevant: query.relevant });
            setting += 1;
          }
        }
      }
    }
  }
  const metric = benchmark.targetMetric;
  const base = summarizeRetrieval(baseline)[metric];
  return perSetting.map((runs) => summarizeRetrieval(runs)[metric] - base);
}

if (!existsSync(join(resolve(values.data), "cranfield/cran.all.1400")) || !existsSync(join(resolve(values.data), "hotpotqa/dev.jsonl"))) {
  console.error(`no benchmark data in ${resolve(values.data)}: pass --data DIR holding cranfield/ and hotpotqa/ (dev.jsonl, test.jsonl)`);
  process.exit(2);
}
const benchmarks = [readCranfield(join(resolve(values.data), "cranfield")), readHotpotQa(join(resolve(values.data), "hotpotqa"))];
// --lsa-share takes a list (use+lsa only): the mix is one more dimension of the grid.
const shares = values.embedder === "use+lsa" ? values["lsa-share"].split(",").map(Number) : [0];
const labels = feedbacks.flatMap((feedback) =>
  depths.flatMap((depth) => fusions.map((fusion) => `${fusion.label}, ${depth} candidates, feedback ${feedback.documents ? `${feedback.documents} @ ${feedback.weight}` : "off"}`)),
);
const rows: { label: string; cranfield: number; hotpot: number }[] = [];
for (const share of shares) {
  const deltas: number[][] = [];
  for (const benchmark of benchmarks) {
    process.stderr.write(`${benchmark.name}${shares.length > 1 ? `, LSA share ${share}` : ""}\n`);
    deltas.push(await gridDeltas(benchmark, share));
  }
  labels.forEach((label, index) => rows.push({ label: shares.length > 1 ? `LSA share ${share}, ${label}` : label, cranfield: deltas[0]?.[index] ?? 0, hotpot: deltas[1]?.[index] ?? 0 }));
}
rows.sort((left, right) => right.cranfield + right.hotpot - (left.cranfield + left.hotpot));
const points = (value: number) => `${value >= 0 ? "+" : ""}${(value * 100).toFixed(1)}`;
console.log(`\n## hybrid settings on the ${split} split, embedder ${embedderNames[values.embedder]} (Δ vs BM25 in points)`);
console.log(
  textTable(
    ["setting", "Δ nDCG@10 Cranfield", "Δ all-gold@5 HotpotQA", "sum"],
    rows.slice(0, Number(values.top)).map((row) => [row.label, points(row.cranfield), points(row.hotpot), points(row.cranfield + row.hotpot)]),
  ),
);
const bestHotpot = Math.max(...rows.map((row) => row.hotpot));
console.log(`  ${rows.length} settings; best Δ all-gold@5 on HotpotQA of any setting: ${points(bestHotpot)}; best Δ nDCG@10 on Cranfield: ${points(Math.max(...rows.map((row) => row.cranfield)))}`);
