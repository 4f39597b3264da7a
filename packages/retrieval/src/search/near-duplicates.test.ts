import { describe, expect, it } from "vitest";
import { collapseNearDuplicates, jaccard, shingles } from "./near-duplicates";
import { topK } from "./top-k";

describe("collapseNearDuplicates", () => {
  it("folds exact and near copies into the best-ranked one, keeps distinct texts", () => {
    const base = "Daily backups are kept for seven days on Starter and thirty days on Pro, and restores take minutes.";
    const ranked = [
      { id: "a", text: base },
      { id: "b", text: "Egress costs $0.09 per GB in eu-west-1." },
      { id: "c", text: `  ${base.toUpperCase()} ` },
      { id: "d", text: base.replace("minutes", "a few minutes") },
    ];
    expect(collapseNearDuplicates(ranked, 0.7).map(({ item, collapsed }) => [item.id, collapsed])).toEqual([
      ["a", ["c", "d"]],
      ["b", []],
    ]);
    expect(jaccard(shingles(base), shingles(ranked[3]?.text as string))).toBeLessThan(1);
  });
});

describe("topK", () => {
  it("keeps the k best, best first, ties by order", () => {
    const items = [5, 1, 9, 3, 9, 7, 2].map((score, order) => ({ score, order }));
    expect(topK(items, 3, (item) => item.score, (item) => item.order).map((item) => item.order)).toEqual([2, 4, 5]);
    expect(topK(items, 10, (item) => item.score, (item) => item.order)).toHaveLength(7);
    expect(topK(items, 0, (item) => item.score, (item) => item.order)).toEqual([]);
  });
});
