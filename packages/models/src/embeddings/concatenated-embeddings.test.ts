import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import { ConcatenatedEmbeddings } from "./concatenated-embeddings";

/** A fixed embedder: each known text maps to a given (not normalised) vector. */
const fixed = (id: string, table: Record<string, number[]>): EmbeddingsInterface & { id: string } => ({
  id,
  embedQuery: async (text) => table[text] ?? [0, 0],
  embedDocuments: async (texts) => texts.map((text) => table[text] ?? [0, 0]),
});
const dot = (left: readonly number[], right: readonly number[]) => left.reduce((sum, value, index) => sum + value * (right[index] as number), 0);

describe("ConcatenatedEmbeddings", () => {
  const first = fixed("a", { x: [3, 4], y: [0, 2] });
  const second = fixed("b", { x: [1, 0, 0], y: [0.6, 0.8, 0] });

  it("concatenates unit parts scaled so that the dot product is the weighted mean of the parts' cosines", async () => {
    const combined = new ConcatenatedEmbeddings({ parts: [{ embeddings: first, weight: 1 }, { embeddings: second, weight: 3 }] });
    const [x, y] = await combined.embedDocuments(["x", "y"]);
    expect(x).toHaveLength(5);
    expect(dot(x as number[], x as number[])).toBeCloseTo(1, 12);
    // cos_a(x, y) = 0.8, cos_b(x, y) = 0.6 → (1 × 0.8 + 3 × 0.6) / 4 = 0.65
    expect(dot(x as number[], y as number[])).toBeCloseTo(0.65, 12);
    expect(await combined.embedQuery("y")).toEqual(y);
    expect(combined.id).toBe("concat(a*1+b*3)");
  });

  it("rejects no parts and weights that do not sum to a positive number", () => {
    expect(() => new ConcatenatedEmbeddings({ parts: [] })).toThrow(/at least one part/);
    expect(() => new ConcatenatedEmbeddings({ parts: [{ embeddings: first, weight: 0 }] })).toThrow(/positive sum/);
    expect(() => new ConcatenatedEmbeddings({ parts: [{ embeddings: first, weight: -1 }, { embeddings: second, weight: 2 }] })).toThrow(/non-negative/);
  });
});
