import { describe, expect, it } from "vitest";
import { costQualityCurve } from "./cost-quality";

const scored = (expected: "tuned" | "rag" | "both", predicted: "tuned" | "rag" | "both", tuned: number, rag: number, both: number) => ({ expected, predicted, scores: { tuned, rag, both } });

describe("costQualityCurve", () => {
  const items = [scored("tuned", "tuned", 0.8, 0.1, 0.1), scored("rag", "rag", 0.1, 0.8, 0.1), scored("both", "both", 0.3, 0.1, 0.6), scored("both", "tuned", 0.5, 0.1, 0.4)];

  it("places the policy and the always-one-route baselines at hand-computed cost and accuracy", () => {
    const curve = costQualityCurve(items);
    // routed tuned, rag, both, tuned → costs 1 + 2 + 3 + 1 = 7 / 4; 3 of 4 right.
    expect(curve.policy).toMatchObject({ cost: 1.75, accuracy: 0.75, shares: { tuned: 0.5, rag: 0.25, both: 0.25 } });
    expect(curve.baselines["always-tuned"]).toMatchObject({ cost: 1, accuracy: 0.25 });
    expect(curve.baselines["always-rag"]).toMatchObject({ cost: 2, accuracy: 0.25 });
    expect(curve.baselines["always-both"]).toMatchObject({ cost: 3, accuracy: 0.5 });
  });

  it("sweeps a cost penalty from the dearest routing to the cheapest, sorted by cost", () => {
    const curve = costQualityCurve(items);
    const costs = curve.sweep.map((entry) => entry.cost);
    expect(costs).toEqual([...costs].sort((left, right) => left - right));
    expect(curve.sweep[0]).toMatchObject({ cost: 1, accuracy: 0.25 }); // a large penalty sends everything to tuned
    expect(curve.sweep.at(-1)).toMatchObject({ cost: 3 }); // a large negative one sends everything to both
    // A small negative penalty tips the 0.5/0.4 query to both: every query right.
    expect(curve.sweep.find((entry) => entry.penalty === -0.07)).toMatchObject({ accuracy: 1 });
  });
});
