// One self-contained HTML file for an evaluation: inline CSS, inline SVG charts, no script, no external request —
// it opens offline, mails as an attachment and prints. `tandem eval routing|retrieval|answers FILE --html OUT`.
import { writeFileSync, renameSync } from "node:fs";
import { resolve } from "node:path";
import { escapeHtml, htmlDocument } from "./html";

export interface ReportTable {
  caption: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface ReportSection {
  heading: string;
  /** Plain sentences under the heading. */
  lines?: readonly string[];
  /** SVG strings (from charts.ts). */
  charts?: readonly string[];
  tables?: readonly ReportTable[];
  /** A list of items (misrouted queries, misses), each a title and its details. */
  items?: { title: string; details: readonly string[] }[];
}

export interface HtmlReport {
  title: string;
  /** What was evaluated, on what (file, counts). */
  subtitle: string;
  /** The command that produced it. */
  command: string;
  sections: readonly ReportSection[];
}

const style = `
  :root { color-scheme: light; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #212529; margin: 0; background: #f8f9fa; }
  main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.6rem; margin: 0 0 0.25rem; } h2 { font-size: 1.2rem; margin: 0 0 0.5rem; }
  .sub, .command { color: #495057; margin: 0.2rem 0; } .command code { background: #e9ecef; padding: 0.1rem 0.35rem; border-radius: 4px; }
  section { background: white; border: 1px solid #dee2e6; border-radius: 8px; padding: 1rem 1.25rem; margin-top: 1rem; }
  .charts { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
  .charts figure { margin: 0; flex: 1 1 18rem; max-width: 100%; }
  svg.chart { max-width: 100%; height: auto; display: block; }
  table { border-collapse: collapse; margin: 0.75rem 0; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { border-bottom: 1px solid #dee2e6; padding: 0.3rem 0.7rem; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  thead th { border-bottom: 2px solid #adb5bd; }
  .table-wrap { overflow-x: auto; }
  ol.items { padding-left: 1.2rem; } ol.items li { margin-bottom: 0.5rem; } .detail { color: #495057; display: block; }
  thead th { white-space: nowrap; }
  @media (max-width: 640px) { main { padding: 1rem 0.5rem 2rem; } section { padding: 0.75rem; } th, td { padding: 0.25rem 0.4rem; } }
  @media print { body { background: white; } section { break-inside: avoid; border: none; } }
`;

function tableHtml(table: ReportTable): string {
  const head = table.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join("");
  const body = table.rows.map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join("")}</tr>`).join("\n");
  return `<div class="table-wrap"><table><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function sectionHtml(section: ReportSection): string {
  return [
    `<section><h2>${escapeHtml(section.heading)}</h2>`,
    ...(section.lines ?? []).map((line) => `<p>${escapeHtml(line)}</p>`),
    section.charts?.length ? `<div class="charts">${section.charts.map((svg) => `<figure>${svg}</figure>`).join("")}</div>` : "",
    ...(section.tables ?? []).map(tableHtml),
    section.items?.length
      ? `<ol class="items">${section.items.map((item) => `<li>${escapeHtml(item.title)}${item.details.map((detail) => `<span class="detail">${escapeHtml(detail)}</span>`).join("")}</li>`).join("\n")}</ol>`
      : "",
    "</section>",
  ].join("\n");
}

/** The report as one HTML document. */
export function renderHtmlReport(report: HtmlReport): string {
  return htmlDocument({
    title: report.title,
    head: `<style>${style}</style>`,
    body: `<main>
<h1>${escapeHtml(report.title)}</h1>
<p class="sub">${escapeHtml(report.subtitle)}</p>
<p class="command">Made by <code>${escapeHtml(report.command)}</code> on ${escapeHtml(new Date().toISOString().slice(0, 16).replace("T", " "))} UTC.</p>
${report.sections.map(sectionHtml).join("\n")}
</main>`,
  });
}

/** Writes the report atomically (a temporary file renamed into place); returns the absolute path. */
export function writeHtmlReport(file: string, report: HtmlReport): string {
  const target = resolve(file);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, renderHtmlReport(report));
  renameSync(temporary, target);
  return target;
}
