import { describe, expect, it } from "vitest";
import { expandQueryVector, moveQueryVector } from "./dense-feedback";

describe("dense feedback", () => {
  it("moves the query by weight × the mean of the feedback vectors, then normalises", () => {
    // (1, 0) + 2 × mean((0, 1), (0, 3)) = (1, 4) → (1, 4) / √17
    const moved = moveQueryVector([1, 0], [[0, 1], [0, 3]], { documents: 2, weight: 2 });
    expect(moved[0]).toBeCloseTo(1 / Math.sqrt(17), 12);
    expect(moved[1]).toBeCloseTo(4 / Math.sqrt(17), 12);
    expect(moveQueryVector([0.6, 0.8], [], { documents: 1 })).toEqual([0.6, 0.8]);
  });

  it("expandQueryVector embeds at most `documents` texts and moves the query towards them", async () => {
    const embedded: string[][] = [];
    const embeddings = {
      embedQuery: async () => [1, 0],
      embedDocuments: async (texts: string[]) => {
        embedded.push(texts);
        return texts.map(() => [0, 1]);
      },
    };
    const moved = await expandQueryVector(embeddings, [1, 0], ["a", "b", "c"], { documents: 2 });
    expect(embedded).toEqual([["a", "b"]]);
    expect(moved[0]).toBeCloseTo(1 / Math.hypot(1, 0.5), 12);
    expect(moved[1]).toBeCloseTo(0.5 / Math.hypot(1, 0.5), 12);
  });
});
