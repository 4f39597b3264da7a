import { describe, expect, it } from "vitest";
import { allGoldAtK, ndcgAtK, recallAtK, reciprocalRank, summarizeRetrieval } from "./retrieval-metrics";

const binary = new Map([
  ["a", 1],
  ["d", 1],
]);

describe("retrieval metrics (hand-computed)", () => {
  const ranked = ["x", "a", "y", "z", "w", "d"];

  it("recall@k, all-gold@k and reciprocal rank", () => {
    expect(recallAtK(ranked, binary, 5)).toBe(0.5);
    expect(recallAtK(ranked, binary, 6)).toBe(1);
    expect(allGoldAtK(ranked, binary, 5)).toBe(0);
    expect(allGoldAtK(ranked, binary, 6)).toBe(1);
    expect(reciprocalRank(ranked, binary)).toBe(0.5);
    expect(reciprocalRank(["x"], binary)).toBe(0);
  });

  it("nDCG@k with graded gains", () => {
    // gains: a=3, b=1. Ranking [b, x, a]: DCG = 1/log2(2) + 3/log2(4) = 1 + 1.5 = 2.5;
    // ideal [a, b]: 3/1 + 1/log2(3) = 3.630930; nDCG = 0.688530.
    const graded = new Map([
      ["a", 3],
      ["b", 1],
    ]);
    expect(ndcgAtK(["b", "x", "a"], graded, 10)).toBeCloseTo(2.5 / (3 + 1 / Math.log2(3)), 10);
    expect(ndcgAtK(["a", "b"], graded, 10)).toBe(1);
    expect(ndcgAtK(["b", "x", "a"], graded, 2)).toBeCloseTo(1 / (3 + 1 / Math.log2(3)), 10);
  });

  it("averages over queries", () => {
    const summary = summarizeRetrieval([
      { ranked: ["a", "d"], relevant: binary },
      { ranked: ["x"], relevant: binary },
    ]);
    expect(summary).toMatchObject({ queries: 2, recallAt5: 0.5, allGoldAt5: 0.5, mrr: 0.5 });
  });
});
