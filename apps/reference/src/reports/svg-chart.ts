// Charts as standalone SVG strings, drawn server-side by Vega-Lite (compiled to Vega, rendered headless with no
// DOM and no canvas). The same strings go into the HTML reports (inline) and the dashboard (inserted by its script).
import type { TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./html";

/** The route colours the page, the dashboard and the reports share. */
export const routeColors = { tuned: "#6741d9", rag: "#1864ab", both: "#2b8a3e" } as const;

/** Shared look: system font, quiet axes, room for labels; readable at a phone's width once scaled down. */
const config = {
  font: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
  background: "white",
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 600, labelColor: "#343a40", titleColor: "#212529", gridColor: "#e9ecef", domainColor: "#adb5bd", tickColor: "#adb5bd" },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: "bottom", direction: "horizontal" },
  title: { fontSize: 14, anchor: "start", color: "#212529" },
} as const;

/**
 * Renders a Vega-Lite spec to an SVG string labelled for assistive technology (`role="img"` and the description as
 * its accessible name). It keeps its natural width and height and its viewBox: CSS `max-width: 100%; height: auto`
 * scales it down on a narrow screen, never up.
 */
export async function renderChart(spec: TopLevelSpec, description: string): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const compiled = vegaLite.compile({ ...spec, config: { ...config, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    const label = escapeHtml(description);
    return svg
      .replace(/^<svg /, `<svg role="img" aria-label="${label}" class="chart" preserveAspectRatio="xMinYMin meet" `)
      .replace(/<title>[\s\S]*?<\/title>/, "")
      .replace(/(<svg[^>]*>)/, `$1<title>${label}</title>`);
  } finally {
    view.finalize();
  }
}
