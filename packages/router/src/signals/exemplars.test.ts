import { describe, expect, it } from "vitest";
import { type EmbedTexts, ExemplarIndex } from "./exemplars";

// Hand-picked unit vectors, so similarities can be computed by hand.
const vectors: Record<string, number[]> = {
  "triage this": [1, 0, 0],
  "classify this": [0.9, Math.sqrt(1 - 0.81), 0],
  "what does it cost": [0, 0, 1],
  "how much is it": [0, 0.6, 0.8],
  "near triage": [1, 0, 0.1],
  "in between": [0, 1, 0],
};
const embed: EmbedTexts = async (texts) => texts.map((text) => vectors[text] ?? [0, 0, 0]);
const exemplars = { tuned: ["triage this", "classify this"], rag: ["what does it cost", "how much is it"] };

describe("ExemplarIndex", () => {
  it("calibrates its threshold leave-one-out: just below the lowest nearest-same-route similarity when no exemplar's nearest is of another route", async () => {
    // Leave-one-out nearest: triage↔classify 0.9 (same route), cost↔how-much 0.8 (same route); nothing nearer of another route.
    const index = await ExemplarIndex.build(exemplars, embed);
    expect(index.thresholdSource).toBe("leave-one-out");
    expect(index.threshold).toBeCloseTo(0.8, 5);
    expect(index.threshold).toBeLessThan(0.8);
  });

  it("matches the nearest exemplar, with the best similarity per route", async () => {
    const index = await ExemplarIndex.build(exemplars, embed, 0.7);
    expect(index.thresholdSource).toBe("config");
    const near = index.match([1, 0, 0.1]);
    expect(near?.route).toBe("tuned");
    expect(near?.exemplar).toBe("triage this");
    expect(near?.similarity).toBeCloseTo(1 / Math.sqrt(1.01), 10);
    const between = index.match([0, 1, 0]);
    // [0,1,0]·classify = 0.436, ·how-much = 0.6: rag is nearest, below 0.7.
    expect(between?.route).toBe("rag");
    expect(between?.similarity).toBeCloseTo(0.6, 10);
    expect(between?.perRoute.tuned).toBeCloseTo(Math.sqrt(0.19), 10);
    expect(between?.perRoute.both).toBe(0);
  });
});
