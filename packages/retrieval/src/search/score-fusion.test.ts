import { describe, expect, it } from "vitest";
import { scoreFusion } from "./score-fusion";

const dense = { hits: [{ id: "A", score: 0.9 }, { id: "B", score: 0.5 }, { id: "C", score: 0.1 }] };
const lexical = { hits: [{ id: "B", score: 12 }, { id: "D", score: 10 }, { id: "A", score: 2 }] };

describe("scoreFusion", () => {
  it("sums min-max normalised scores (hand-computed), a missing id scoring 0 on that side", () => {
    // dense: A 1, B 0.5, C 0; lexical: B 1, D 0.8, A 0 → B 1.5, A 1, D 0.8, C 0.
    const { fused, best } = scoreFusion([dense, lexical]);
    expect(fused.map((entry) => entry.id)).toEqual(["B", "A", "D", "C"]);
    expect(fused.map((entry) => entry.score)).toEqual([1.5, 1, expect.closeTo(0.8, 12), 0]);
    expect(best).toBe(2);
  });

  it("weights lists: a heavier lexical side lets its clear winner lead", () => {
    const { fused } = scoreFusion([{ ...dense, weight: 0.25 }, lexical]);
    // B 0.125 + 1, D 0.8, A 0.25 + 0, C 0.
    expect(fused.map((entry) => entry.id)).toEqual(["B", "D", "A", "C"]);
    expect(fused[0]?.score).toBeCloseTo(1.125, 12);
  });

  it("z-scores each list; a missing id gets that list's lowest z-score", () => {
    const { fused, best } = scoreFusion([dense, lexical], "z-score");
    const z = (values: number[], value: number) => {
      const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
      const deviation = Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / values.length);
      return (value - mean) / deviation;
    };
    const denseZ = (value: number) => z([0.9, 0.5, 0.1], value);
    const lexicalZ = (value: number) => z([12, 10, 2], value);
    const expected = new Map([
      ["A", denseZ(0.9) + lexicalZ(2)],
      ["B", denseZ(0.5) + lexicalZ(12)],
      ["C", denseZ(0.1) + lexicalZ(2)],
      ["D", denseZ(0.1) + lexicalZ(10)],
    ]);
    for (const entry of fused) expect(entry.score).toBeCloseTo(expected.get(entry.id) as number, 12);
    expect(fused.map((entry) => entry.id)).toEqual([...expected].sort((left, right) => right[1] - left[1]).map(([id]) => id));
    expect(best).toBeCloseTo(denseZ(0.9) + lexicalZ(12), 12);
  });

  it("handles empty and constant lists", () => {
    expect(scoreFusion([{ hits: [] }, { hits: [] }])).toEqual({ fused: [], best: 0 });
    const { fused } = scoreFusion([{ hits: [{ id: "A", score: 3 }] }, { hits: [{ id: "B", score: 1 }, { id: "C", score: 1 }] }]);
    expect(fused).toEqual([{ id: "A", score: 1 }, { id: "B", score: 1 }, { id: "C", score: 1 }]);
  });
});
