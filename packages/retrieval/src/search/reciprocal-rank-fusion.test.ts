import { describe, expect, it } from "vitest";
import { Bm25Index, documentAnalyzer } from "./bm25-index";
import { reciprocalRankFusion } from "./reciprocal-rank-fusion";

describe("reciprocalRankFusion", () => {
  it("matches hand-computed scores (k = 60, ranks 0-based)", () => {
    // A at ranks (0, 2): 1/60 + 1/62 = 0.032796; B at (1, 0): 1/61 + 1/60 = 0.033060; C at (2, 1): 1/62 + 1/61.
    const fused = reciprocalRankFusion([{ ids: ["A", "B", "C"] }, { ids: ["B", "C", "A"] }]);
    expect(fused.map((entry) => entry.id)).toEqual(["B", "A", "C"]);
    expect(fused[0]?.score).toBeCloseTo(1 / 61 + 1 / 60, 12);
    expect(fused[1]?.score).toBeCloseTo(1 / 60 + 1 / 62, 12);
  });

  it("weights lists", () => {
    const fused = reciprocalRankFusion([{ ids: ["A", "B"], weight: 3 }, { ids: ["B", "A"] }]);
    expect(fused[0]?.id).toBe("A");
  });
});

describe("Bm25Index", () => {
  const texts = [
    "Egress in eu-west-1 costs $0.09 per GB. Storage costs $0.25 per GB-month.",
    "Daily backups are kept for 7 days on Starter and 30 days on Pro.",
    "On August 19 pooled connections failed in eu-west-1 after a certificate rotation.",
  ];
  const index = new Bm25Index(["pricing", "backups", "incident"].map((id, position) => ({ id, text: texts[position] as string })));

  it("ranks by rare shared terms and honours a filter", () => {
    expect(index.search("eu-west-1 incident August 19 connections", 3).map((hit) => hit.id)).toEqual(["incident", "pricing"]);
    expect(index.search("backups kept on Pro", 1)[0]?.id).toBe("backups");
    expect(index.search("eu-west-1", 3, (document) => document.id !== "incident").map((hit) => hit.id)).toEqual(["pricing"]);
    expect(index.search("zebra", 3)).toEqual([]);
  });

  it("matches a hand-computed BM25 score", () => {
    // "backup": df 1 of 3 → idf = ln(1 + 2.5/1.5); tf 1 in a document of `length` analysed terms.
    const lengths = texts.map((text) => documentAnalyzer(text).length);
    const average = lengths.reduce((sum, value) => sum + value, 0) / 3;
    const idf = Math.log(1 + 2.5 / 1.5);
    const expected = (idf * 2.2) / (1 + 1.2 * (0.25 + (0.75 * (lengths[1] as number)) / average));
    expect(index.search("backups", 1)[0]?.score).toBeCloseTo(expected, 10);
  });
});

describe("Bm25Index updates in place", () => {
  it("scores exactly like an index built from scratch after adds, replacements and removals", () => {
    const documents = Array.from({ length: 30 }, (_, index) => ({ id: `d${index}`, text: `document ${index} about ${["backups", "egress", "pooler"][index % 3]} and topic ${index % 5}` }));
    const incremental = new Bm25Index(documents);
    for (let index = 0; index < 30; index += 4) incremental.remove(`d${index}`);
    incremental.add({ id: "d1", text: "replaced text about backups backups" });
    incremental.add({ id: "new", text: "a new document about egress" });
    const final = [...incremental.documents()];
    const scratch = new Bm25Index(final);
    for (const query of ["backups topic 3", "egress", "pooler document"]) {
      expect(incremental.search(query, 10).map((hit) => [hit.id, hit.score.toFixed(10)]).sort()).toEqual(
        scratch.search(query, 10).map((hit) => [hit.id, hit.score.toFixed(10)]).sort(),
      );
    }
    expect(incremental.size).toBe(final.length);
    expect(incremental.has("d0")).toBe(false);
  });
});

describe("Bm25Index compaction", () => {
  it("keeps scores and tie order after removals compact the index", () => {
    const documents = Array.from({ length: 300 }, (_, index) => ({ id: `d${index}`, text: `note ${index % 17} about ${["backups", "egress", "pooler", "replicas"][index % 4]}` }));
    const index = new Bm25Index(documents);
    for (let position = 0; position < 300; position += 3) index.remove(`d${position}`);
    const scratch = new Bm25Index(documents.filter((_, position) => position % 3 !== 0));
    for (const query of ["backups note 3", "replicas", "egress pooler"]) {
      expect(index.search(query, 15)).toEqual(scratch.search(query, 15));
    }
    expect(index.size).toBe(200);
  });
});
