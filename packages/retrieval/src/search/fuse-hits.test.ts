import { describe, expect, it } from "vitest";
import { expandQueryVector } from "./dense-feedback";
import { fuseHits } from "./fuse-hits";

const dense = [{ id: "A", score: 0.9 }, { id: "B", score: 0.5 }];
const lexical = [{ id: "B", score: 12 }, { id: "C", score: 3 }];

describe("fuseHits", () => {
  it("defaults to RRF (k = 60, weights 1) with best = 2/60", () => {
    const { fused, best } = fuseHits(dense, lexical);
    expect(fused.map((entry) => entry.id)).toEqual(["B", "A", "C"]);
    expect(fused[0]?.score).toBeCloseTo(1 / 61 + 1 / 60, 12);
    expect(best).toBeCloseTo(2 / 60, 12);
  });

  it("fuses scores when asked, and never returns best = 0", () => {
    // min-max: dense A 1, B 0; lexical B 1, C 0 → A 1·0.5, B 1, C 0.
    const { fused, best } = fuseHits(dense, lexical, { fusion: "score", denseWeight: 0.5 });
    expect(fused).toEqual([{ id: "B", score: 1 }, { id: "A", score: 0.5 }, { id: "C", score: 0 }]);
    expect(best).toBe(1.5);
    expect(fuseHits(dense, lexical, { fusion: "score", denseWeight: 0, lexicalWeight: 0 }).best).toBe(1);
  });
});

describe("expandQueryVector", () => {
  const embeddings = {
    embedQuery: async () => [1, 0],
    embedDocuments: async (texts: string[]) => texts.map((text) => (text === "x" ? [1, 0] : [0, 1])),
  };

  it("adds weight × the mean feedback vector and renormalises", async () => {
    // [1, 0] + 0.5 · mean([0, 1], [0, 1]) = [1, 0.5] → / √1.25.
    const expanded = await expandQueryVector(embeddings, [1, 0], ["y", "y", "ignored"], { documents: 2 });
    expect(expanded[0]).toBeCloseTo(1 / Math.sqrt(1.25), 12);
    expect(expanded[1]).toBeCloseTo(0.5 / Math.sqrt(1.25), 12);
    expect(await expandQueryVector(embeddings, [1, 0], [], { documents: 2 })).toEqual([1, 0]);
  });
});
