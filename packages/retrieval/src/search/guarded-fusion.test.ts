import { describe, expect, it } from "vitest";
import { guardedFusion } from "./guarded-fusion";

describe("guardedFusion", () => {
  const lexical = [
    { id: "a", score: 0.5 },
    { id: "b", score: 0.48 },
    { id: "c", score: 0.2 },
  ];
  it("lets dense similarity reorder near-ties only, by at most a factor 1 + weight", () => {
    const fused = guardedFusion(lexical, [{ id: "z", score: 0.99 }, { id: "b", score: 0.9 }, { id: "c", score: 0.95 }, { id: "y", score: 0.2 }], 0.1);
    expect(fused.map((hit) => hit.id)).toEqual(["b", "a", "c", "z", "y"]);
    expect(fused[0]?.score).toBeCloseTo((0.48 * (1 + 0.1 * 0.9)) / 1.1, 12);
    // a is not among the dense hits: it counts the lowest similarity returned (0.2).
    expect(fused[1]?.score).toBeCloseTo((0.5 * (1 + 0.1 * 0.2)) / 1.1, 12);
    // z and y match nothing lexically: after every lexical match, by similarity × the lowest lexical-match score.
    expect(fused[3]?.score).toBeCloseTo(0.99 * (fused[2]?.score as number), 12);
    // c (0.2 lexical, 0.95 similar) cannot pass a (0.5) or b: the factor is at most 1.1.
  });
  it("is the lexical order when the dense side is off or empty, and a dense-only chunk with lexical evidence joins the matches", () => {
    expect(guardedFusion(lexical, [], 0.1).map((hit) => hit.id)).toEqual(["a", "b", "c"]);
    const fused = guardedFusion(lexical, [{ id: "d", score: 0.5 }], 0.1, (id) => (id === "d" ? 0.3 : 0));
    expect(fused.map((hit) => hit.id)).toEqual(["a", "b", "d", "c"]);
  });
});
