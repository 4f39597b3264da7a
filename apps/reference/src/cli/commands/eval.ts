import type { Route } from "@tandem/core";
import { defaultCostOrder } from "@tandem/router/evaluation";
import type { Command } from "commander";
import { defineAction } from "../define-action";
import { costOrder, positiveInteger } from "../parsers";
import { runEvalAnswers } from "./eval-answers";
import { runEvalRetrieval } from "./eval-retrieval";
import { runEvalRouting } from "./eval-routing";

/** `tandem eval retrieval|routing|answers FILE`: the evaluations on labelled data. */
export function registerEvalCommands(program: Command): void {
  const evaluate = program.command("eval").description("Evaluate routing and retrieval on labelled data");
  evaluate
    .command("retrieval")
    .description("Recall@k, all-gold@k, MRR and nDCG@k of plain BM25 (the baseline), dense, BM25 and hybrid (the default search) side by side, with per-query misses")
    .argument("<file>", 'JSONL: {"query": ..., "relevant": ["source.md", ...]} or graded {"relevant": {"source.md": 2}}, or QA {"question": ..., "sources": [...]}')
    .option("-k <n>", "cut-off of recall, all-gold and nDCG", positiveInteger, 5)
    .option("--ablation", "also the default search with each component switched off (title, feedback, its guard, hop, dense) and with RRF")
    .option("--html <file>", "also write a self-contained HTML report (the table as bars, the misses)")
    .action(defineAction({ needs: "search" }, (context, file: string, options: { k: number; ablation?: boolean; html?: string }) => runEvalRetrieval(context, file, options)));
  evaluate
    .command("routing")
    .description("Accuracy, per-class precision/recall/F1 and confusion matrix on {query, route} JSONL")
    .argument("<file>", "labelled JSONL: one {\"query\": ..., \"route\": \"tuned\"|\"rag\"|\"both\"} per line")
    .option("--html <file>", "also write a self-contained HTML report (confusion heatmap, per-route bars, cost–quality curve, misrouted queries)")
    .action(defineAction({ needs: "route" }, (context, file: string, options: { html?: string }) => runEvalRouting(context, file, options)));
  evaluate
    .command("answers")
    .description("Run tuned, rag and both on QA items; label each with the cheapest route that answered correctly (silver labels); report per-route correctness, the oracle ceiling and the router against the labels")
    .argument("<file>", "QA JSONL: one {\"question\": ..., \"answer\": ..., \"sources\"?: [...], \"route\"?: ...} per line; correct = the answer string contained (normalised)")
    .option("--write-labels <file>", "write the silver-labelled {query, route} JSONL (input for `tandem router fit`)")
    .option("--cost-order <routes>", "routes cheapest first", costOrder, [...defaultCostOrder])
    .option("--html <file>", "also write a self-contained HTML report (correctness per route, the router against the silver labels)")
    // The file is checked before the runtime opens (runEvalAnswers opens it).
    .action(defineAction({ needs: "config" }, (context, file: string, options: { writeLabels?: string; costOrder: Route[]; html?: string }) => runEvalAnswers(context, file, options)));
}
