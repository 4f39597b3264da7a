// The HTML report of `tandem eval answers FILE --html OUT`: correctness per route beside the oracle and the
// router, and the router against the silver labels (confusion heatmap, per-route bars).
import { routes } from "@tandem/core";
import type { AnswerReport } from "@tandem/router/evaluation";
import { confusionHeatmap, groupedBars, perClassBars } from "./charts";
import type { HtmlReport } from "./html-report";
import { routingTables } from "./routing-report";
import { routeColors } from "./svg-chart";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export async function answersHtmlReport(file: string, report: AnswerReport, unanswered: readonly { line: number; question: string; expected: string }[], command: string): Promise<HtmlReport> {
  const correctness = await groupedBars(
    [...routes.map((route) => ({ group: `always ${route}`, series: route, value: report.correctness[route] })), { group: "router", series: "router", value: report.routerCorrectness }, { group: "oracle", series: "oracle", value: report.oracle }],
    { title: "Answered correctly", yTitle: "share of items", colors: { ...routeColors, router: "#d9480f", oracle: "#868e96" } },
  );
  const silver = report.routerVsSilver;
  const [confusion, perClass] = await Promise.all([confusionHeatmap(silver, "Router against the silver labels"), perClassBars(silver)]);
  return {
    title: "Answer evaluation",
    subtitle: `${report.count} QA items from ${file}, every route run without fallback (cost order ${report.costOrder.join(" < ")})`,
    command,
    sections: [
      {
        heading: "Correctness",
        lines: [
          `Oracle (some route answers correctly): ${percent(report.oracle)}; no route answered ${report.labels.none}.`,
          `Router end-to-end (the route it picks answers correctly): ${percent(report.routerCorrectness)}.`,
          ...(report.datasetAgreement === null ? [] : [`Silver labels agree with the dataset's route labels on ${percent(report.datasetAgreement)} of the labelled items.`]),
        ],
        charts: [correctness],
        tables: [{ caption: "Per route", header: ["route", "correct", "errors", "silver labels"], rows: routes.map((route) => [route, percent(report.correctness[route]), String(report.errors[route]), String(report.labels[route])]) }],
      },
      {
        heading: `The router against the silver labels (${report.routerVsSilver.count} items with a label)`,
        lines: [`Accuracy ${percent(silver.accuracy)} (macro-F1 ${silver.macroF1.toFixed(3)}); always tuned ${percent(silver.baselines["always-tuned"])}, always rag ${percent(silver.baselines["always-rag"])}, always both ${percent(silver.baselines["always-both"])}.`],
        charts: [confusion, perClass],
        tables: routingTables(silver).slice(1),
      },
      {
        heading: `No route answered (${unanswered.length})`,
        ...(unanswered.length === 0 ? { lines: ["None."] } : {}),
        items: unanswered.map((item) => ({ title: `line ${item.line}: ${item.question}`, details: [`expected “${item.expected}”`] })),
      },
    ],
  };
}
