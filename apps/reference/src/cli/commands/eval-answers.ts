import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseJsonlStrict, type Route, routeSchema, routes, TandemError, writeFileAtomic } from "@tandem/core";
import { type AnswerOutcome, answerContains, answerReport, formatRoutingReport, silverLabel } from "@tandem/router/evaluation";
import { z } from "zod";
import { openRuntime } from "../../runtime/open-runtime";
import { answersHtmlReport } from "../../reports/answers-report";
import { writeHtmlReport } from "../../reports/html-report";
import type { Context, RuntimeContext } from "../context";
import { textTable } from "../text-table";

const qaItemSchema = z.looseObject({
  question: z.string().trim().min(1),
  answer: z.string().trim().min(1),
  sources: z.array(z.string()).optional(),
  route: routeSchema.optional(),
});

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * `tandem eval answers FILE`: runs every route (no fallback) on each QA item, labels the item with the cheapest
 * route that answered correctly (the expected answer contained in the text, normalised) — Adaptive-RAG's silver
 * labels — and reports per-route correctness, the oracle ceiling, the router's end-to-end correctness and its
 * accuracy against the labels. `--write-labels` writes `{query, route}` JSONL for `tandem router fit`.
 */
export async function runEvalAnswers(context: Context, file: string, options: { writeLabels?: string; costOrder: Route[]; html?: string }): Promise<number> {
  let text: string;
  try {
    text = readFileSync(resolve(file), "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `cannot read ${file}: ${(error as Error).message}` });
  }
  const items = parseJsonlStrict(text, qaItemSchema, file, { hint: 'each line must be {"question": "...", "answer": "...", "sources"?: [...], "route"?: "tuned" | "rag" | "both"}' });
  // The file is checked before anything starts.
  const runtime = await openRuntime(context.config, { needs: "ask", log: context.output.log });
  try {
    return await evaluate({ ...context, runtime }, file, items, options);
  } finally {
    await runtime.close();
  }
}

async function evaluate(
  context: RuntimeContext,
  file: string,
  items: ReturnType<typeof parseJsonlStrict<typeof qaItemSchema>>,
  options: { writeLabels?: string; costOrder: Route[]; html?: string },
): Promise<number> {
  const outcomes: AnswerOutcome[] = [];
  const readings: ReaderReading[] = [];
  const k = context.config.rag?.k;
  const started = performance.now();
  for (const [position, item] of items.entries()) {
    const { question, answer: expected } = item.value;
    const results = {} as AnswerOutcome["results"];
    let abstained = false;
    for (const route of routes) {
      try {
        const answer = await context.runtime.ask(question, { route, fallback: false, signal: context.signal });
        results[route] = { correct: answerContains(answer.text, expected) };
        if (route === "rag") abstained = answer.citations.length === 0;
      } catch (error) {
        results[route] = { correct: false, error: error instanceof Error ? error.message : String(error) };
      }
    }
    const predicted = (await context.runtime.route(question)).route;
    outcomes.push({ question, expected, line: item.line, ...(item.value.route ? { datasetRoute: item.value.route } : {}), results, predicted });
    if (k !== undefined && results.rag.error === undefined) {
      // The same retrieval the RAG chain ran: is the expected answer in what the reader was given?
      const hits = await context.runtime.search(question, k);
      readings.push({ line: item.line, question, expected, answerInTopK: hits.some((hit) => answerContains(hit.text, expected)), abstained, ...(item.value.route ? { datasetRoute: item.value.route } : {}) });
    }
    if ((position + 1) % 10 === 0 || position + 1 === items.length) {
      context.output.log(`answered ${position + 1}/${items.length} questions on every route (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  const report = answerReport(outcomes, options.costOrder);
  const unlabelled = outcomes.filter((outcome) => silverLabel(outcome.results, options.costOrder) === null);
  let written: { file: string; count: number } | undefined;
  if (options.writeLabels) {
    const lines = outcomes.flatMap((outcome) => {
      const route = silverLabel(outcome.results, options.costOrder);
      return route ? [`${JSON.stringify({ query: outcome.question, route })}\n`] : [];
    });
    const target = resolve(options.writeLabels);
    writeFileAtomic(target, lines);
    written = { file: target, count: lines.length };
    context.output.log(`wrote ${lines.length} silver-labelled queries to ${target}${unlabelled.length ? ` (${unlabelled.length} that no route answered are not written)` : ""}`);
  }
  const reader = k === undefined ? undefined : readerReport(outcomes, readings, k);
  const unanswered = unlabelled.map((outcome) => ({ line: outcome.line, question: outcome.question, expected: outcome.expected }));
  let html: string | undefined;
  if (options.html) {
    html = writeHtmlReport(options.html, await answersHtmlReport(file, report, unanswered, `tandem eval answers ${file} --html ${options.html}`));
    context.output.log(`wrote the HTML report to ${html}`);
  }
  context.output.result({ file, ...report, ...(reader ? { reader } : {}), unanswered, ...(written ? { written } : {}), ...(html ? { html } : {}), items: outcomes }, () =>
    [
      `answers on ${report.count} QA items, every route run without fallback (cost order ${report.costOrder.join(" < ")})`,
      "",
      textTable(
        ["route", "correct", "errors", "silver labels"],
        routes.map((route) => [route, percent(report.correctness[route]), String(report.errors[route]), String(report.labels[route])]),
      ),
      "",
      `oracle (some route answers correctly): ${percent(report.oracle)}; no route answered ${report.labels.none}`,
      `router end-to-end (the route it picks answers correctly): ${percent(report.routerCorrectness)}; always ${routes.map((route) => `${route} ${percent(report.correctness[route])}`).join(", always ")}`,
      ...(report.datasetAgreement === null ? [] : [`silver labels agree with the dataset's route labels on ${percent(report.datasetAgreement)} of the labelled items`]),
      ...(reader ? ["", ...formatReaderReport(reader)] : []),
      "",
      `the router against the silver labels (${report.routerVsSilver.count} items with a label):`,
      formatRoutingReport(report.routerVsSilver),
      ...(unlabelled.length > 0 ? ["", "no route answered:", ...unlabelled.slice(0, 20).map((outcome) => `  line ${outcome.line}: expected "${outcome.expected}" — ${outcome.question.slice(0, 80)}`), ...(unlabelled.length > 20 ? [`  … and ${unlabelled.length - 20} more (see --json)`] : [])] : []),
    ].join("\n"),
  );
  return 0;
}

/** One RAG-route answer next to what the reader was given. */
interface ReaderReading {
  line: number;
  question: string;
  expected: string;
  datasetRoute?: Route;
  /** The expected answer occurs in one of the top-k retrieved chunks. */
  answerInTopK: boolean;
  /** The RAG route answered without citing a source (the reader said the sources do not answer). */
  abstained: boolean;
}

/** The RAG reader's figures: correctness on the items the dataset labels rag or both, and its abstentions. */
export interface ReaderReport {
  k: number;
  /** Items the dataset labels rag or both (the corpus answers them). */
  ragOrBoth: number;
  /** Share of those each route answers correctly. */
  correctness: Record<Route, number>;
  answerInTopK: number;
  abstained: number;
  /** Abstentions on items whose expected answer was in the top-k chunks the reader was given. */
  falseAbstentions: { line: number; question: string; expected: string }[];
}

function readerReport(outcomes: readonly AnswerOutcome[], readings: readonly ReaderReading[], k: number): ReaderReport {
  const labelled = outcomes.filter((outcome) => outcome.datasetRoute === "rag" || outcome.datasetRoute === "both");
  const share = (route: Route) => (labelled.length === 0 ? 0 : labelled.filter((outcome) => outcome.results[route].correct).length / labelled.length);
  const answerable = readings.filter((reading) => reading.datasetRoute !== "tuned");
  return {
    k,
    ragOrBoth: labelled.length,
    correctness: { tuned: share("tuned"), rag: share("rag"), both: share("both") },
    answerInTopK: answerable.filter((reading) => reading.answerInTopK).length,
    abstained: answerable.filter((reading) => reading.abstained).length,
    falseAbstentions: answerable.filter((reading) => reading.answerInTopK && reading.abstained).map(({ line, question, expected }) => ({ line, question, expected })),
  };
}

function formatReaderReport(reader: ReaderReport): string[] {
  const falseCount = reader.falseAbstentions.length;
  return [
    `on the ${reader.ragOrBoth} items labelled rag or both: ${routes.map((route) => `${route} ${percent(reader.correctness[route])}`).join(", ")}`,
    `RAG reader (items not labelled tuned): expected answer in the top ${reader.k} chunks for ${reader.answerInTopK}; abstained on ${reader.abstained}; false abstentions (answer in the top ${reader.k}, reader abstained) ${falseCount}${reader.answerInTopK ? ` (${percent(falseCount / reader.answerInTopK)} of ${reader.answerInTopK})` : ""}`,
    ...reader.falseAbstentions.slice(0, 10).map((item) => `  line ${item.line}: expected "${item.expected}" — ${item.question.slice(0, 80)}`),
  ];
}
