import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { TandemError } from "@tandem/core";
import { evaluateRetrieval, parseRetrievalJudgements, type RetrievalEvaluation, type SearchMode } from "@tandem/retrieval";
import { table } from "@tandem/router";
import type { Context } from "../main";

const methods: Record<string, SearchMode> = { dense: "dense", bm25: "lexical", hybrid: "hybrid" };

function render(file: string, evaluation: RetrievalEvaluation): string {
  const k = evaluation.k;
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `retrieval on ${evaluation.queries} queries from ${file} (sources ranked by their best chunk)`,
    table(
      ["method", `recall@${k}`, `all-gold@${k}`, "MRR", `nDCG@${k}`],
      Object.entries(evaluation.methods).map(([name, scores]) => [name, percent(scores.recall), percent(scores.allGold), scores.mrr.toFixed(3), scores.ndcg.toFixed(3)]),
    ),
  ];
  const misses = evaluation.outcomes.filter((outcome) => (outcome.methods.hybrid?.missing.length ?? 0) > 0);
  if (misses.length > 0) {
    lines.push("", `hybrid misses (${misses.length} of ${evaluation.queries} queries miss a relevant source in the top ${k}):`);
    for (const outcome of misses) {
      const sides = Object.entries(outcome.methods)
        .map(([name, result]) => `${name} ${result.missing.length === 0 ? "found all" : `missed ${result.missing.length}`}`)
        .join(", ");
      lines.push(`  line ${outcome.line}: ${outcome.query.slice(0, 80)}`, `    missing: ${outcome.methods.hybrid?.missing.join(", ")} (${sides})`);
    }
  }
  if (evaluation.unknownSources.length > 0) {
    lines.push("", `judged sources not in the index (${evaluation.unknownSources.length}): ${evaluation.unknownSources.join(", ")}`);
  }
  return lines.join("\n");
}

/** `tandem eval retrieval FILE`: dense, BM25 and hybrid side by side on judged queries. */
export async function runEvalRetrieval(context: Context, file: string, options: { k: number }): Promise<number> {
  let text: string;
  try {
    text = readFileSync(resolve(file), "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `cannot read ${file}: ${(error as Error).message}` });
  }
  const { queries, unjudged } = parseRetrievalJudgements(text, file);
  if (unjudged.length > 0) context.output.log(`${unjudged.length} line(s) name no relevant source and are not scored (lines ${unjudged.join(", ")})`);
  const { runtime } = context;
  const evaluation = await evaluateRetrieval({
    queries,
    k: options.k,
    indexedSources: runtime.indexedSources(),
    methods: Object.fromEntries(
      Object.entries(methods).map(([name, mode]) => [name, (query: string, searchOptions: { k: number; where?: Record<string, unknown> }) => runtime.search(query, searchOptions.k, { mode, ...(searchOptions.where ? { where: searchOptions.where } : {}) })]),
    ),
  });
  context.output.result({ file, unjudgedLines: unjudged, ...evaluation }, () => render(file, evaluation));
  return 0;
}
