// The charts of the reports and the dashboard, each a Vega-Lite spec rendered to SVG (see svg-chart.ts).
import { type Route, routes } from "@tandem/core";
import type { CostQualityCurve, RoutingReport } from "@tandem/router/evaluation";
import type { TopLevelSpec } from "vega-lite";
import { renderChart, routeColors } from "./svg-chart";

const routeScale = { domain: [...routes], range: routes.map((route) => routeColors[route]) };
const percentAxis = { format: ".0%" };

/** Confusion matrix as a heatmap: rows the labelled route, columns the chosen one; each cell its count and row share. */
export function confusionHeatmap(report: Pick<RoutingReport, "confusion">, title = "Confusion matrix"): Promise<string> {
  const values = routes.flatMap((expected) => {
    const total = routes.reduce((sum, predicted) => sum + report.confusion[expected][predicted], 0);
    return routes.map((predicted) => {
      const count = report.confusion[expected][predicted];
      return { expected, predicted, count, share: total === 0 ? 0 : count / total };
    });
  });
  const axis = (title: string) => ({ title, sort: [...routes], axis: { labelAngle: 0, domain: false, ticks: false } });
  const spec: TopLevelSpec = {
    title,
    width: 240,
    height: 180,
    data: { values },
    encoding: { x: { field: "predicted", type: "nominal", ...axis("routed to") }, y: { field: "expected", type: "nominal", ...axis("labelled") } },
    layer: [
      { mark: { type: "rect", stroke: "white", strokeWidth: 2 }, encoding: { color: { field: "share", type: "quantitative", scale: { scheme: "blues", domain: [0, 1] }, legend: null } } },
      {
        mark: { type: "text", fontSize: 13, fontWeight: 600 },
        encoding: { text: { field: "count", type: "quantitative" }, color: { condition: { test: "datum.share > 0.5", value: "white" }, value: "#212529" } },
      },
    ],
  };
  const cells = values.map((cell) => `${cell.expected}→${cell.predicted} ${cell.count}`).join(", ");
  return renderChart(spec, `${title}, labelled route by routed route: ${cells}`);
}

export interface BarRow {
  /** The group on the x axis (a route, a method). */
  group: string;
  /** The bar within the group (a metric). */
  series: string;
  value: number;
}

/** Grouped vertical bars (0..1 by default, as percentages). */
export function groupedBars(rows: readonly BarRow[], options: { title: string; yTitle: string; percent?: boolean; groupTitle?: string; colors?: Record<string, string> }): Promise<string> {
  const percent = options.percent ?? true;
  const series = [...new Set(rows.map((row) => row.series))];
  const groups = [...new Set(rows.map((row) => row.group))];
  const spec: TopLevelSpec = {
    title: options.title,
    width: Math.max(220, groups.length * series.length * 22 + groups.length * 20),
    height: 180,
    data: { values: rows.map((row) => ({ ...row })) },
    mark: { type: "bar", cornerRadiusEnd: 2 },
    encoding: {
      x: { field: "group", type: "nominal", sort: groups, title: options.groupTitle ?? null, axis: { labelAngle: 0, labelLimit: 120 } },
      xOffset: { field: "series", type: "nominal", sort: series },
      y: { field: "value", type: "quantitative", title: options.yTitle, ...(percent ? { scale: { domain: [0, 1] }, axis: percentAxis } : {}) },
      color: {
        field: "series",
        type: "nominal",
        sort: series,
        title: null,
        ...(options.colors ? { scale: { domain: series, range: series.map((name) => options.colors?.[name] ?? "#868e96") } } : { scale: { scheme: "tableau10" } }),
      },
    },
  };
  const listed = rows.map((row) => `${row.group} ${row.series} ${percent ? `${(row.value * 100).toFixed(1)}%` : row.value.toFixed(2)}`).join(", ");
  return renderChart(spec, `${options.title}: ${listed}`);
}

/** Per-class precision, recall and F1 as bars, one group per route. */
export function perClassBars(report: Pick<RoutingReport, "perClass">, title = "Per-route precision and recall"): Promise<string> {
  const rows = routes.flatMap((route) => [
    { group: route, series: "precision", value: report.perClass[route].precision },
    { group: route, series: "recall", value: report.perClass[route].recall },
    { group: route, series: "F1", value: report.perClass[route].f1 },
  ]);
  return groupedBars(rows, { title, yTitle: "score", colors: { precision: "#1864ab", recall: "#e67700", F1: "#495057" } });
}

/** The cost–quality curve: the penalty sweep as a line, the baselines and the policy as labelled points. */
export function costQualityChart(curve: CostQualityCurve, title = "Cost and quality"): Promise<string> {
  const baselines = routes.map((route) => ({ ...curve.baselines[`always-${route}`], route }));
  const points = [...baselines.map((entry) => ({ label: entry.label, cost: entry.cost, accuracy: entry.accuracy, kind: "baseline" })), { label: curve.policy.label, cost: curve.policy.cost, accuracy: curve.policy.accuracy, kind: "policy" }];
  const costs = curve.costs;
  const x = { field: "cost", type: "quantitative" as const, title: `relative cost per query (tuned ${costs.tuned}, rag ${costs.rag}, both ${costs.both})`, scale: { zero: false, nice: false, padding: 48 } };
  const y = { field: "accuracy", type: "quantitative" as const, title: "routing accuracy", scale: { domain: [0, 1] }, axis: percentAxis };
  const spec: TopLevelSpec = {
    title,
    width: 420,
    height: 260,
    layer: [
      {
        data: { values: curve.sweep.map((entry) => ({ cost: entry.cost, accuracy: entry.accuracy })) },
        mark: { type: "line", point: { size: 18, color: "#868e96" }, color: "#adb5bd", strokeWidth: 2 },
        encoding: { x, y },
      },
      {
        data: { values: points },
        mark: { type: "point", filled: true, size: 110 },
        encoding: {
          x,
          y,
          shape: { field: "kind", type: "nominal", scale: { domain: ["baseline", "policy"], range: ["square", "diamond"] }, legend: null },
          color: { field: "kind", type: "nominal", scale: { domain: ["baseline", "policy"], range: ["#495057", "#d9480f"] }, legend: null },
        },
      },
      {
        data: { values: points },
        mark: { type: "text", dy: 16, fontSize: 12, fontWeight: 600 },
        encoding: { x, y, text: { field: "label", type: "nominal" }, color: { field: "kind", type: "nominal", scale: { domain: ["baseline", "policy"], range: ["#495057", "#d9480f"] }, legend: null } },
      },
    ],
  };
  const listed = points.map((entry) => `${entry.label}: cost ${entry.cost.toFixed(2)}, accuracy ${(entry.accuracy * 100).toFixed(1)}%`).join("; ");
  return renderChart(spec, `${title}. ${listed}. The grey line is the router's scores with a cost penalty, from cheapest to dearest.`);
}

/** Routes over time as stacked bars: one bar per time slot, its height the decisions made in it. */
export function routeMixChart(slots: readonly { at: string; counts: Record<Route, number> }[], title = "Route mix over time"): Promise<string> {
  const values = slots.flatMap((slot) => routes.map((route) => ({ at: slot.at, route, count: slot.counts[route] })));
  const spec: TopLevelSpec = {
    title,
    width: 420,
    height: 180,
    data: { values },
    mark: { type: "bar" },
    encoding: {
      x: { field: "at", type: "ordinal", title: "time (server clock)", axis: { labelAngle: 0, labelOverlap: "greedy" } },
      y: { field: "count", type: "quantitative", title: "decisions", stack: "zero", axis: { tickMinStep: 1 } },
      color: { field: "route", type: "nominal", scale: routeScale, title: null },
      order: { field: "route", sort: "ascending" },
    },
  };
  const totals = routes.map((route) => `${route} ${slots.reduce((sum, slot) => sum + slot.counts[route], 0)}`).join(", ");
  return renderChart(spec, `${title} over ${slots.length} slots: ${totals}`);
}

/** Latency quantiles as horizontal grouped bars (milliseconds). */
export function latencyChart(rows: readonly { what: string; quantile: string; ms: number }[], title = "Latency"): Promise<string> {
  const whats = [...new Set(rows.map((row) => row.what))];
  const spec: TopLevelSpec = {
    title,
    width: 320,
    height: Math.max(60, whats.length * 42),
    data: { values: rows.map((row) => ({ ...row })) },
    mark: { type: "bar", cornerRadiusEnd: 2 },
    encoding: {
      y: { field: "what", type: "nominal", sort: whats, title: null, axis: { labelLimit: 140 } },
      yOffset: { field: "quantile", type: "nominal", sort: ["p50", "p90", "p99"] },
      x: { field: "ms", type: "quantitative", title: "milliseconds (upper bucket bound)" },
      color: { field: "quantile", type: "nominal", sort: ["p50", "p90", "p99"], scale: { domain: ["p50", "p90", "p99"], range: ["#74c0fc", "#1c7ed6", "#0b3d91"] }, title: null },
    },
  };
  return renderChart(spec, `${title}: ${rows.map((row) => `${row.what} ${row.quantile} ${row.ms} ms`).join(", ") || "no data yet"}`);
}
