import type { Chunk } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { assembleSource, quoteMarks, sourceView } from "./source-view";

const document = "# Pricing\n\nEgress costs $0.09 per GB.\nStorage is free.\n\n| plan | price |\n| --- | --- |\n| Pro | $25 |";
const chunk = (id: string, start: number, end: number, extra: Record<string, unknown> = {}): Chunk => ({
  id,
  text: document.slice(start, end),
  metadata: { source: "corpus/pricing.md", title: "Pricing", spanStart: start, spanEnd: end, chunkIndex: 0, sourceHash: "h", format: "markdown", ...extra },
});

describe("source view", () => {
  it("rebuilds a document from its chunks, overlaps and trimmed whitespace included", () => {
    const first = document.indexOf("Storage");
    const table = document.indexOf("| plan");
    // Chunks out of order, overlapping ("Storage is free." twice), with the paragraph break trimmed away.
    const text = assembleSource([chunk("c", table, document.length), chunk("a", 0, first + 16), chunk("b", first, first + 16)]);
    expect(text).toBe(document);
  });

  it("marks the quoted sentences inside the cited chunk, else the whole chunk", () => {
    const span = { start: 11, end: document.indexOf("| plan") };
    expect(quoteMarks(document, span, "Egress costs $0.09 per GB. … Storage is free.")).toEqual([
      { start: 11, end: 37 },
      { start: 38, end: 54 },
    ]);
    expect(quoteMarks(document, span, "not in the chunk")).toEqual([span]);
    expect(quoteMarks(document, span, undefined)).toEqual([span]);
  });

  it("keeps rows of a JSONL or CSV source apart", () => {
    const row = (id: string, line: number, text: string): Chunk => ({ id, text, metadata: { source: "faq.jsonl", spanStart: 0, spanEnd: text.length, chunkIndex: 0, sourceHash: "h", line } });
    const view = sourceView(row("r2", 2, "second row"), [row("r1", 1, "first row"), row("r2", 2, "second row")], "second row");
    expect(view).toMatchObject({ text: "second row", format: "text", marks: [{ start: 0, end: 10 }] });
  });
});
