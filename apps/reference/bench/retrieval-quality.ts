// Retrieval quality on public data nobody here wrote: BM25 only, dense only (Chroma + the offline embedder) and
// hybrid (RRF of both), computed in the same run. Data: --data DIR with hotpotqa/test.jsonl and cranfield/.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Chunk } from "@tandem/core";
import { LocalHashEmbeddings } from "@tandem/models";
import { Bm25Index, ChromaStore, createHybridRetriever, ensureChroma, type Judgements, type MetricSummary, summarizeRetrieval } from "@tandem/retrieval";
import type { BenchmarkResult } from "./types";

interface Benchmark {
  name: string;
  documents: { id: string; text: string }[];
  queries: { text: string; relevant: Judgements }[];
}

function cranfield(directory: string): Benchmark {
  const records = (file: string) =>
    readFileSync(join(directory, file), "utf8")
      .split(/^\.I /m)
      .slice(1)
      .map((record) => {
        const id = String(Number(record.split("\n")[0]));
        const field = (name: string) => /^\.([TWAB])$/m.test(record) ? (record.split(new RegExp(`^\\.${name}$`, "m"))[1] ?? "").split(/^\.[TWAB]$/m)[0]?.trim() ?? "" : "";
        return { id, title: field("T"), text: field("W") };
      });
  const documents = records("cran.all.1400").map((record) => ({ id: record.id, text: `${record.title}\n${record.text}` }));
  const queries = records("cran.qry").map((record) => ({ text: record.text, relevant: new Map<string, number>() }));
  for (const line of readFileSync(join(directory, "cranqrel"), "utf8").trim().split("\n")) {
    const [query, document, code] = line.trim().split(/\s+/).map(Number) as [number, number, number];
    // Graded gains 5 − code for Cleverdon's codes 1–4; the few −1 codes count as the lowest grade.
    queries[query - 1]?.relevant.set(String(document), code >= 1 && code <= 4 ? 5 - code : 1);
  }
  return { name: "Cranfield 1400 (225 queries, graded qrels)", documents, queries: queries.filter((query) => query.relevant.size > 0) };
}

function hotpotqa(directory: string): Benchmark {
  const rows = readFileSync(join(directory, "test.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as {
    question: string;
    context: [string, string[]][];
    supporting_facts: [string, ...unknown[]][];
  });
  const pool = new Map<string, string>();
  for (const row of rows) for (const [title, sentences] of row.context) if (!pool.has(title)) pool.set(title, `${title}\n${sentences.join(" ")}`);
  const queries = rows
    .map((row) => ({ text: row.question, relevant: new Map([...new Set(row.supporting_facts.map((fact) => fact[0]))].map((title) => [title, 1])) }))
    .filter((query) => [...query.relevant.keys()].every((title) => pool.has(title)));
  return { name: `HotpotQA test pool (${pool.size} paragraphs, ${queries.length} questions with all gold in the pool)`, documents: [...pool].map(([id, text]) => ({ id, text })), queries };
}

async function evaluate(benchmark: Benchmark): Promise<Record<string, MetricSummary>> {
  const root = mkdtempSync(join(tmpdir(), "tandem-bench-"));
  const chroma = await ensureChroma({ chromaUrl: process.env.CHROMA_URL, dataDir: join(root, "chroma") } as { dataDir: string });
  try {
    const embeddings = new LocalHashEmbeddings();
    const store = await ChromaStore.open({ client: chroma.client, baseName: `bench-${Date.now()}`, embedderId: embeddings.id });
    const ids = benchmark.documents.map((_, index) => `d${index}`);
    const chunks: Chunk[] = benchmark.documents.map((document, index) => ({
      id: ids[index] as string,
      text: document.text,
      metadata: { source: document.id, spanStart: 0, spanEnd: document.text.length, chunkIndex: 0, sourceHash: "bench" },
    }));
    await store.upsert(chunks, await embeddings.embedDocuments(chunks.map((chunk) => chunk.text)));
    const sourceOf = new Map(chunks.map((chunk) => [chunk.id, chunk.metadata.source]));
    const lexical = new Bm25Index(chunks);
    const hybrid = await createHybridRetriever({ store, embeddings });
    const runs: Record<string, { ranked: string[]; relevant: Judgements }[]> = { "BM25 only": [], "dense only": [], hybrid: [] };
    for (const query of benchmark.queries) {
      runs["BM25 only"]?.push({ ranked: lexical.search(query.text, 10).map((hit) => sourceOf.get(hit.id) ?? ""), relevant: query.relevant });
      const dense = await store.query(await embeddings.embedQuery(query.text), { k: 10 });
      runs["dense only"]?.push({ ranked: dense.map((hit) => hit.source), relevant: query.relevant });
      runs.hybrid?.push({ ranked: (await hybrid.search(query.text, { k: 10 })).map((hit) => hit.source), relevant: query.relevant });
    }
    return Object.fromEntries(Object.entries(runs).map(([method, list]) => [method, summarizeRetrieval(list)]));
  } finally {
    await chroma.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

export async function retrievalQuality(dataDir: string): Promise<BenchmarkResult[]> {
  const sets: Benchmark[] = [];
  if (existsSync(join(dataDir, "cranfield/cran.all.1400"))) sets.push(cranfield(join(dataDir, "cranfield")));
  if (existsSync(join(dataDir, "hotpotqa/test.jsonl"))) sets.push(hotpotqa(join(dataDir, "hotpotqa")));
  if (sets.length === 0) {
    return [{ name: "retrieval quality", rows: [["skipped", "-", "-"]], notes: [`no benchmark data in ${dataDir}: pass --data DIR holding cranfield/ and hotpotqa/test.jsonl`] }];
  }
  const results: BenchmarkResult[] = [];
  for (const benchmark of sets) {
    const metrics = await evaluate(benchmark);
    const baseline = metrics["BM25 only"] as MetricSummary;
    results.push({
      name: benchmark.name,
      header: ["method", "recall@5", "recall@10", "all-gold@5", "MRR", "nDCG@10", "Δ nDCG@10 vs BM25"],
      rows: Object.entries(metrics).map(([method, summary]) => [
        method,
        summary.recallAt5.toFixed(3),
        summary.recallAt10.toFixed(3),
        summary.allGoldAt5.toFixed(3),
        summary.mrr.toFixed(3),
        summary.ndcgAt10.toFixed(3),
        `${summary.ndcgAt10 - baseline.ndcgAt10 >= 0 ? "+" : ""}${((summary.ndcgAt10 - baseline.ndcgAt10) * 100).toFixed(1)} pts`,
      ]),
      notes: [`${benchmark.documents.length} documents, ${benchmark.queries.length} queries; dense = Chroma with local-hash-512-v1; hybrid = RRF (k=60) of the two`],
    });
  }
  return results;
}
