import type { SearchHit } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { resolveCitations } from "./resolve-citations";

const hit = (id: string, text: string, spanStart: number): SearchHit => ({
  id,
  score: 0.8,
  source: `corpus/${id}.md`,
  text,
  metadata: { source: `corpus/${id}.md`, title: id, spanStart, spanEnd: spanStart + text.length, chunkIndex: 0, sourceHash: "h" },
});

describe("resolveCitations", () => {
  const hits = [hit("pricing", "Intro. Egress costs $0.09 per GB. Storage is cheap.", 100), hit("backups", "Backups last 7 days.", 0)];

  it("maps markers to chunks with spans and verbatim quotes", () => {
    const resolved = resolveCitations("Egress costs $0.09 per GB. [1] Backups last 7 days. [2]", hits);
    expect(resolved.citations).toEqual([
      { marker: 1, source: "corpus/pricing.md", chunkId: "pricing", title: "pricing", span: { start: 100, end: 151 }, quote: "Egress costs $0.09 per GB." },
      { marker: 2, source: "corpus/backups.md", chunkId: "backups", title: "backups", span: { start: 0, end: 20 }, quote: "Backups last 7 days." },
    ]);
    expect(resolved.unresolvedMarkers).toEqual([]);
  });

  it("quotes the best-overlapping sentence for a paraphrase, and reports markers with no source", () => {
    const resolved = resolveCitations("You pay nine cents per GB of egress [1], see also [7].", hits);
    expect(resolved.citations[0]?.quote).toBe("Egress costs $0.09 per GB.");
    expect(resolved.unresolvedMarkers).toEqual([7]);
  });
});
