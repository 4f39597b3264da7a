// The HTML report of `tandem eval retrieval FILE --html OUT`: the methods' table as grouped bars, and the misses.
import type { RetrievalEvaluation } from "@tandem/retrieval";
import { groupedBars } from "./charts";
import type { HtmlReport } from "./html-report";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export async function retrievalHtmlReport(file: string, evaluation: RetrievalEvaluation, command: string): Promise<HtmlReport> {
  const k = evaluation.k;
  const methods = Object.entries(evaluation.methods);
  const chart = await groupedBars(
    methods.flatMap(([name, scores]) => [
      { group: name, series: `recall@${k}`, value: scores.recall },
      { group: name, series: `all-gold@${k}`, value: scores.allGold },
      { group: name, series: "MRR", value: scores.mrr },
      { group: name, series: `nDCG@${k}`, value: scores.ndcg },
    ]),
    { title: "Retrieval by method", yTitle: "score" },
  );
  const misses = evaluation.outcomes.filter((outcome) => (outcome.methods.hybrid?.missing.length ?? 0) > 0);
  return {
    title: "Retrieval evaluation",
    subtitle: `${evaluation.queries} judged queries from ${file}; sources ranked by their best chunk, top ${k}`,
    command,
    sections: [
      {
        heading: "Methods side by side",
        charts: [chart],
        tables: [
          {
            caption: "Scores",
            header: ["method", `recall@${k}`, `all-gold@${k}`, "MRR", `nDCG@${k}`],
            rows: methods.map(([name, scores]) => [name, percent(scores.recall), percent(scores.allGold), scores.mrr.toFixed(3), scores.ndcg.toFixed(3)]),
          },
        ],
        ...(evaluation.unknownSources.length > 0 ? { lines: [`Judged sources not in the index (${evaluation.unknownSources.length}): ${evaluation.unknownSources.join(", ")}`] } : {}),
      },
      {
        heading: `Hybrid misses (${misses.length} of ${evaluation.queries})`,
        ...(misses.length === 0 ? { lines: [`None: hybrid found every relevant source in the top ${k}.`] } : {}),
        items: misses.map((outcome) => ({
          title: `line ${outcome.line}: ${outcome.query}`,
          details: [
            `missing: ${outcome.methods.hybrid?.missing.join(", ")}`,
            Object.entries(outcome.methods)
              .map(([name, result]) => `${name} ${result.missing.length === 0 ? "found all" : `missed ${result.missing.length}`}`)
              .join(", "),
          ],
        })),
      },
    ],
  };
}
