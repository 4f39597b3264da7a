// The HTML report of `tandem eval routing FILE --html OUT`, and the charts the dashboard's "try a policy" shows:
// confusion heatmap, per-route bars, the cost–quality curve against the always-one-route baselines, and the
// misrouted queries with the router's reasons in plain words.
import { routes } from "@tandem/core";
import type { CostQualityCurve, RoutingReport } from "@tandem/router/evaluation";
import { confusionHeatmap, costQualityChart, perClassBars } from "./charts";
import type { HtmlReport, ReportSection, ReportTable } from "./html-report";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** A labelled query the router sent elsewhere, with its plain-words reason. */
export interface Misrouted {
  line: number;
  query: string;
  expected: string;
  predicted: string;
  why?: string;
}

/** The routing evaluation's three charts, as SVG strings. */
export async function routingCharts(report: RoutingReport, curve: CostQualityCurve): Promise<{ confusion: string; perClass: string; costQuality: string }> {
  const [confusion, perClass, costQuality] = await Promise.all([confusionHeatmap(report), perClassBars(report), costQualityChart(curve)]);
  return { confusion, perClass, costQuality };
}

/** The tables behind the charts (the CLI's tables, as HTML). */
export function routingTables(report: RoutingReport, curve?: CostQualityCurve): ReportTable[] {
  const cost = (point: { cost: number } | undefined) => (point ? [point.cost.toFixed(2)] : []);
  return [
    {
      caption: "This policy against the baselines",
      header: ["", "accuracy", "macro-F1", ...(curve ? ["relative cost per query"] : [])],
      rows: [
        ["this policy", percent(report.accuracy), report.macroF1.toFixed(3), ...cost(curve?.policy)],
        ...routes.map((route) => [`always ${route}`, percent(report.baselines[`always-${route}`]), report.baselineMacroF1[`always-${route}`].toFixed(3), ...cost(curve?.baselines[`always-${route}`])]),
      ],
    },
    {
      caption: "Per route",
      header: ["route", "precision", "recall", "F1", "support"],
      rows: routes.map((route) => {
        const metrics = report.perClass[route];
        return [route, metrics.precision.toFixed(3), metrics.recall.toFixed(3), metrics.f1.toFixed(3), String(metrics.support)];
      }),
    },
    {
      caption: "Confusion (rows: labelled, columns: routed to)",
      header: ["", ...routes],
      rows: routes.map((row) => [row, ...routes.map((column) => String(report.confusion[row][column]))]),
    },
  ];
}

export interface RoutingEvaluation {
  file: string;
  report: RoutingReport;
  curve: CostQualityCurve;
  routeShares: Record<string, number>;
  latencyMs: { p50: number; p99: number };
  mistakes: readonly Misrouted[];
}

/** The whole routing report. */
export async function routingHtmlReport(evaluation: RoutingEvaluation, command: string): Promise<HtmlReport> {
  const { report, curve } = evaluation;
  const charts = await routingCharts(report, curve);
  const sections: ReportSection[] = [
    {
      heading: "Summary",
      lines: [
        `Accuracy ${percent(report.accuracy)} on ${report.count} queries (macro-F1 ${report.macroF1.toFixed(3)}); always tuned ${percent(report.baselines["always-tuned"])}, always rag ${percent(report.baselines["always-rag"])}, always both ${percent(report.baselines["always-both"])}.`,
        `Routed: ${routes.map((route) => `${route} ${percent(evaluation.routeShares[route] ?? 0)}`).join(", ")}. Decision latency p50 ${evaluation.latencyMs.p50.toFixed(2)} ms, p99 ${evaluation.latencyMs.p99.toFixed(2)} ms.`,
      ],
      charts: [charts.confusion, charts.perClass],
      tables: routingTables(report, curve),
    },
    {
      heading: "Cost and quality",
      lines: [
        `Relative cost per query: tuned ${curve.costs.tuned}, rag ${curve.costs.rag}, both ${curve.costs.both}. The grey line is the router's own scores with a cost penalty added, from the cheapest routing to the dearest; the squares send every query to one route.`,
      ],
      charts: [charts.costQuality],
    },
    {
      heading: `Misrouted queries (${evaluation.mistakes.length})`,
      ...(evaluation.mistakes.length === 0 ? { lines: ["None: every query went to its labelled route."] } : {}),
      items: evaluation.mistakes.map((mistake) => ({
        title: `line ${mistake.line}: labelled ${mistake.expected}, routed to ${mistake.predicted}`,
        details: [mistake.query, ...(mistake.why ? [`why: ${mistake.why}`] : [])],
      })),
    },
  ];
  return { title: "Routing evaluation", subtitle: `${report.count} labelled queries from ${evaluation.file}`, command, sections };
}
