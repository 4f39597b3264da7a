import { type Route, routes } from "@tandem/core";

export interface LabelledQuery {
  query: string;
  route: Route;
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface RoutingReport {
  count: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Route, ClassMetrics>;
  /** confusion[expected][predicted] = count */
  confusion: Record<Route, Record<Route, number>>;
  /** Accuracy of sending everything to one route. */
  baselines: Record<`always-${Route}`, number>;
  /** Macro-F1 of sending everything to one route. */
  baselineMacroF1: Record<`always-${Route}`, number>;
}

/** Accuracy, per-class precision/recall/F1, confusion matrix and constant-route baselines. */
export function routingMetrics(expected: readonly Route[], predicted: readonly Route[]): RoutingReport {
  const report = classReport(expected, predicted);
  const baselineMacroF1 = Object.fromEntries(
    routes.map((route) => [`always-${route}`, classReport(expected, expected.map(() => route)).macroF1]),
  ) as Record<`always-${Route}`, number>;
  return { ...report, baselineMacroF1 };
}

function classReport(expected: readonly Route[], predicted: readonly Route[]): Omit<RoutingReport, "baselineMacroF1"> {
  if (expected.length !== predicted.length) throw new Error("expected and predicted differ in length");
  const confusion = Object.fromEntries(routes.map((row) => [row, Object.fromEntries(routes.map((column) => [column, 0]))])) as Record<
    Route,
    Record<Route, number>
  >;
  expected.forEach((label, index) => {
    confusion[label][predicted[index] as Route] += 1;
  });
  const count = expected.length;
  const correct = routes.reduce((sum, route) => sum + confusion[route][route], 0);
  const perClass = Object.fromEntries(
    routes.map((route) => {
      const truePositives = confusion[route][route];
      const predictedAs = routes.reduce((sum, row) => sum + confusion[row][route], 0);
      const support = routes.reduce((sum, column) => sum + confusion[route][column], 0);
      const precision = predictedAs === 0 ? 0 : truePositives / predictedAs;
      const recall = support === 0 ? 0 : truePositives / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [route, { precision, recall, f1, support }];
    }),
  ) as Record<Route, ClassMetrics>;
  const present = routes.filter((route) => perClass[route].support > 0);
  const macroF1 = present.length === 0 ? 0 : present.reduce((sum, route) => sum + perClass[route].f1, 0) / present.length;
  const baselines = Object.fromEntries(
    routes.map((route) => [`always-${route}`, count === 0 ? 0 : perClass[route].support / count]),
  ) as Record<`always-${Route}`, number>;
  return { count, accuracy: count === 0 ? 0 : correct / count, macroF1, perClass, confusion, baselines };
}

/** The report as aligned plain-text tables. */
export function formatRoutingReport(report: RoutingReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `accuracy ${percent(report.accuracy)} on ${report.count} queries (macro-F1 ${report.macroF1.toFixed(3)})`,
    `baselines: ${routes.map((route) => `always ${route} ${percent(report.baselines[`always-${route}`])}`).join(", ")}`,
    "",
    table(
      ["", "accuracy", "macro-F1"],
      [
        ["this policy", percent(report.accuracy), report.macroF1.toFixed(3)],
        ...routes.map((route) => [`always ${route}`, percent(report.baselines[`always-${route}`]), report.baselineMacroF1[`always-${route}`].toFixed(3)]),
      ],
    ),
    "",
    table(
      ["route", "precision", "recall", "f1", "support"],
      routes.map((route) => {
        const metrics = report.perClass[route];
        return [route, metrics.precision.toFixed(3), metrics.recall.toFixed(3), metrics.f1.toFixed(3), String(metrics.support)];
      }),
    ),
    "",
    "confusion (rows: expected, columns: predicted)",
    table(
      ["", ...routes],
      routes.map((row) => [row, ...routes.map((column) => String(report.confusion[row][column]))]),
    ),
  ];
  return lines.join("\n");
}

/** Aligned columns, first column left-aligned, the rest right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const render = (row: readonly string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  return [render(header), ...rows.map(render)].join("\n");
}
