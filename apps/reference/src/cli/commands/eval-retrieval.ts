import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { TandemError } from "@tandem/core";
import type { SearchHit } from "@tandem/core";
import {
  Bm25Index,
  compileWhere,
  type EvaluatedSearch,
  evaluateRetrieval,
  parseRetrievalJudgements,
  plainAnalyzer,
  type RetrievalEvaluation,
  type SearchMode,
  type SearchSettings,
  type WhereFilter,
} from "@tandem/retrieval";
import type { Runtime } from "../../runtime/runtime";
import { textTable } from "../text-table";
import { writeHtmlReport } from "../../reports/html-report";
import { retrievalHtmlReport } from "../../reports/retrieval-report";
import type { RuntimeContext } from "../context";

const methods: Record<string, SearchMode> = { dense: "dense", bm25: "lexical", hybrid: "hybrid" };
/** `--ablation`: the default search with one component switched off (or the guard replaced by RRF). */
const ablations: Record<string, SearchSettings> = {
  "hybrid −title": { titleWeight: 0 },
  "hybrid −feedback": { feedback: false },
  "hybrid −feedback-guard": { feedback: { guard: false } },
  "hybrid −hop": { hop: false },
  "hybrid −dense": { denseWeight: 0 },
  "hybrid rrf": { fusion: "rrf" },
};

/**
 * The baseline: plain Okapi BM25 (k1 1.2, b 0.75, stopwords, no stemming) over the indexed chunks' text, read from
 * the store once.
 */
async function plainBm25(runtime: Runtime): Promise<EvaluatedSearch> {
  const index = new Bm25Index([], { analyzer: plainAnalyzer });
  const pageSize = 2000;
  for (let offset = 0; ; offset += pageSize) {
    const page = await runtime.listChunks({ limit: pageSize, offset });
    for (const chunk of page) index.add({ id: chunk.id, text: chunk.text, metadata: chunk.metadata });
    if (page.length < pageSize) break;
  }
  return async (query, options) => {
    const accepts = options.where ? compileWhere(options.where as WhereFilter) : undefined;
    return index.search(query, options.k, accepts ? (document) => accepts(document.metadata ?? {}) : undefined).flatMap((hit): SearchHit[] => {
      const document = index.get(hit.id);
      return document ? [{ id: hit.id, score: hit.score, source: String(document.metadata?.source ?? ""), text: document.text, metadata: document.metadata as SearchHit["metadata"] }] : [];
    });
  };
}

function render(file: string, evaluation: RetrievalEvaluation): string {
  const k = evaluation.k;
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `retrieval on ${evaluation.queries} queries from ${file} (sources ranked by their best chunk)`,
    textTable(
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

/** `tandem eval retrieval FILE`: plain BM25 (the baseline), dense, BM25 and hybrid (the default search) side by side on judged queries. */
export async function runEvalRetrieval(context: RuntimeContext, file: string, options: { k: number; ablation?: boolean; html?: string }): Promise<number> {
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
    methods: {
      "plain-bm25": await plainBm25(runtime),
      ...Object.fromEntries(
        [...Object.entries(methods).map(([name, mode]): [string, SearchSettings & { mode: SearchMode }] => [name, { mode }]), ...(options.ablation ? Object.entries(ablations) : [])].map(([name, settings]) => [
          name,
          (query: string, searchOptions: { k: number; where?: Record<string, unknown> }) => runtime.search(query, searchOptions.k, { ...settings, ...(searchOptions.where ? { where: searchOptions.where } : {}) }),
        ]),
      ),
    },
  });
  let html: string | undefined;
  if (options.html) {
    html = writeHtmlReport(options.html, await retrievalHtmlReport(file, evaluation, `tandem eval retrieval ${file} --html ${options.html}`));
    context.output.log(`wrote the HTML report to ${html}`);
  }
  context.output.result({ file, unjudgedLines: unjudged, ...evaluation, ...(html ? { html } : {}) }, () => render(file, evaluation));
  return 0;
}
