import { describe, expect, it } from "vitest";
import { Bm25Index } from "./bm25-index";
import { LexicalIndex } from "./lexical-index";
import { rankLexical } from "./lexical-ranking";

const document = (id: string, title: string, text: string) => ({ id, text, metadata: { source: `${id}.md`, title, chunkIndex: 0 } });

describe("Bm25Index title field and bound", () => {
  const index = new Bm25Index([document("a", "Glacier lakes", "Water levels rise in spring."), document("b", "Spring water", "Glacier melt feeds the lakes.")]);
  it("scores the title field only when weighted, and stays under the query's bound", () => {
    const query = index.queryTerms("spring water");
    expect(index.searchTerms(query, 2).map((hit) => hit.id)).toEqual(["a"]);
    expect(index.searchTerms(query, 2, { titleWeight: 2 }).map((hit) => hit.id)).toEqual(["b", "a"]);
    for (const titleWeight of [0, 2]) {
      for (const hit of index.searchTerms(query, 2, { titleWeight })) {
        expect(index.scoreOf(hit.id, query, { titleWeight })).toBeCloseTo(hit.score, 12);
        expect(hit.score / index.maxScore(query, { titleWeight })).toBeLessThan(1);
      }
    }
  });
});

describe("Bm25Index default analysis", () => {
  it("finds a date or price written inside a compound by its numbers", () => {
    const index = new Bm25Index([
      document("oct", "Outage in Lac-Tourmelin (2026-10-02)", "Service was restored at 18:05 on 2026-10-02."),
      document("apr", "Outage in Lac-Tourmelin", "On April 24, 2026 service was restored."),
      document("giga", "Autumn offer", "Fibre Giga for $79/month for 12 months."),
      document("student", "Student offer", "Fibre Giga or Fibre 100: $25 off for 6 months."),
    ]);
    expect(index.search("outage on October 2, 2026", 1).map((hit) => hit.id)).toEqual(["oct"]);
    expect(index.search("which offer gives Fibre Giga at $79?", 1).map((hit) => hit.id)).toEqual(["giga"]);
  });
});

describe("rankLexical feedback guard", () => {
  const topical = LexicalIndex.inMemory("topical", [
    document("t1", "boundary layer transition", "Boundary layer transition on a flat plate depends on the Reynolds number."),
    document("t2", "laminar flow", "Laminar boundary layer flow becomes turbulent past a critical Reynolds number."),
    document("t3", "skin friction", "Skin friction rises when the boundary layer turns turbulent."),
    document("t4", "bananas", "Ripe bananas are sweet."),
  ]);
  const linked = LexicalIndex.inMemory("linked", [
    document("e1", "Arlo Vance", "Arlo Vance is a sculptor who trained under Mirela Ostrova."),
    document("e2", "Mirela Ostrova", "Mirela Ostrova was born in Port Halden."),
    document("e3", "Tessa Quill", "Tessa Quill is a sculptor."),
  ]);
  it("expands a topical query and leaves a query whose best hits name other documents alone", () => {
    expect(rankLexical(topical, "boundary layer transition", 10).expanded).toBe(true);
    expect(rankLexical(linked, "sculptor Arlo Vance", 10).expanded).toBe(false);
    expect(rankLexical(linked, "sculptor Arlo Vance", 10, { feedback: { guard: false } }).expanded).toBe(true);
    expect(rankLexical(topical, "boundary layer transition", 10, { feedback: false }).expanded).toBe(false);
  });
  it("keeps every score in [0, 1], non-increasing", () => {
    for (const [index, query] of [[topical, "turbulent boundary layer"], [linked, "where was the teacher of Arlo Vance born"]] as const) {
      const { candidates } = rankLexical(index, query, 10);
      candidates.forEach((candidate, position) => {
        expect(candidate.score).toBeGreaterThan(0);
        expect(candidate.score).toBeLessThanOrEqual(1);
        if (position > 0) expect(candidate.score).toBeLessThanOrEqual(candidates[position - 1]?.score as number);
      });
    }
  });
});

describe("replicas rank alike whatever order they added the chunks in", () => {
  // Identical texts (a copied file) tie exactly; a replica reading Chroma adds chunks in another order than the
  // process that ingested them did.
  const documents = [
    document("k2", "Backups", "Daily backups are kept for 7 days on Starter and 30 days on Pro."),
    document("k9", "Backups", "Daily backups are kept for 7 days on Starter and 30 days on Pro."),
    document("k4", "Pricing", "Storage costs $0.25 per GB-month; see Backups for retention."),
    document("k1", "Retention", "Backups are kept for 7 days, longer on Pro."),
    document("k7", "Backups", "Daily backups are kept for 7 days on Starter and 30 days on Pro."),
  ];
  const forward = LexicalIndex.inMemory("forward", documents);
  const backward = LexicalIndex.inMemory("backward", [...documents].reverse());
  it("breaks score ties by id in BM25 and in every stage of the lexical ranking", () => {
    for (const query of ["daily backups kept", "backups retention", "Pro"]) {
      expect(backward.bm25.search(query, 3)).toEqual(forward.bm25.search(query, 3));
      expect(rankLexical(backward, query, 4).candidates).toEqual(rankLexical(forward, query, 4).candidates);
    }
    expect(forward.bm25.search("daily backups kept", 3).map((hit) => hit.id)).toEqual(["k2", "k7", "k9"]);
  });
});
