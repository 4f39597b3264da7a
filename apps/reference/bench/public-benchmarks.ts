// Readers of the public retrieval benchmarks (see ../shared/benchmarks/README.md): Cranfield 1400 and the HotpotQA
// paragraph pools. Each query carries its split: "tuning" queries chose the fusion design and its parameters,
// "held-out" queries did not.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Judgements } from "@tandem/retrieval";

export type Split = "tuning" | "held-out";

export interface BenchmarkQuery {
  text: string;
  relevant: Judgements;
  split: Split;
}

/** One corpus with its queries (a query is always searched in its own pool). */
export interface Pool {
  name: string;
  documents: { id: string; text: string }[];
  queries: BenchmarkQuery[];
}

export interface Benchmark {
  name: string;
  /** What the main metric is and where the splits come from. */
  description: string;
  /** The metric the retrieval-quality target is stated in. */
  targetMetric: "ndcgAt10" | "allGoldAt5";
  pools: Pool[];
}

/**
 * Cranfield 1400: graded qrels, gain = 5 − code for codes 1–4 (the few −1 codes count as the lowest grade).
 * Queries are numbered by position in cran.qry (1..225); odd positions are the tuning split, even ones held out.
 */
export function readCranfield(directory: string): Benchmark {
  const records = (file: string) =>
    readFileSync(join(directory, file), "utf8")
      .split(/^\.I /m)
      .slice(1)
      .map((record) => {
        const id = String(Number(record.split("\n")[0]));
        const field = (name: string) => (record.split(new RegExp(`^\\.${name}$`, "m"))[1] ?? "").split(/^\.[TWAB]$/m)[0]?.trim() ?? "";
        return { id, title: field("T"), text: field("W") };
      });
  const documents = records("cran.all.1400").map((record) => ({ id: record.id, text: `${record.title}\n${record.text}` }));
  const queries = records("cran.qry").map((record, index): BenchmarkQuery => ({
    text: record.text,
    relevant: new Map<string, number>(),
    split: (index + 1) % 2 === 1 ? "tuning" : "held-out",
  }));
  for (const line of readFileSync(join(directory, "cranqrel"), "utf8").trim().split("\n")) {
    const [query, document, code] = line.trim().split(/\s+/).map(Number) as [number, number, number];
    (queries[query - 1]?.relevant as Map<string, number> | undefined)?.set(String(document), code >= 1 && code <= 4 ? 5 - code : 1);
  }
  const judged = queries.filter((query) => query.relevant.size > 0);
  return {
    name: `Cranfield 1400 (${documents.length} abstracts, ${judged.length} queries, graded qrels)`,
    description: "tuning split = odd query positions, held-out = even positions",
    targetMetric: "ndcgAt10",
    pools: [{ name: "cranfield", documents, queries: judged }],
  };
}

/** One HotpotQA file as a pool: every context paragraph once per title; relevant = the supporting-fact titles. */
function readHotpotPool(file: string, split: Split): Pool {
  const rows = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { question: string; context: [string, string[]][]; supporting_facts: [string, ...unknown[]][] });
  const pool = new Map<string, string>();
  for (const row of rows) for (const [title, sentences] of row.context) if (!pool.has(title)) pool.set(title, `${title}\n${sentences.join(" ")}`);
  const queries = rows
    .map((row): BenchmarkQuery => ({ text: row.question, split, relevant: new Map([...new Set(row.supporting_facts.map((fact) => fact[0]))].map((title) => [title, 1])) }))
    .filter((query) => [...query.relevant.keys()].every((title) => pool.has(title)));
  return { name: split === "tuning" ? "dev pool" : "test pool", documents: [...pool].map(([id, text]) => ({ id, text })), queries };
}

/** HotpotQA: the dev.jsonl pool is the tuning split; the test.jsonl pool (questions with all gold in it) is held out. */
export function readHotpotQa(directory: string): Benchmark {
  const pools = [join(directory, "dev.jsonl"), join(directory, "test.jsonl")]
    .filter((file) => existsSync(file))
    .map((file) => readHotpotPool(file, file.endsWith("dev.jsonl") ? "tuning" : "held-out"));
  const describe = pools.map((pool) => `${pool.name}: ${pool.documents.length} paragraphs, ${pool.queries.length} questions`).join("; ");
  return {
    name: `HotpotQA distractor pools (${describe})`,
    description: "tuning split = dev.jsonl pool, held-out = test.jsonl pool (questions whose gold paragraphs are all in the pool)",
    targetMetric: "allGoldAt5",
    pools,
  };
}
