import { describe, expect, it } from "vitest";
import { chooseBands, LshIndex } from "./lsh-index";
import { estimatedJaccard, jaccard, MinHasher, shingleHashes } from "./minhash";

const base =
  "Our nightly export job failed again because the connection pool ran out of slots while the reporting dashboard kept fifty idle sessions open for hours after the analysts went home";

describe("shingleHashes", () => {
  it("makes one shingle per window of words, after normalising case and punctuation", () => {
    expect(shingleHashes("a b c d e f", 5)).toHaveLength(2);
    expect(shingleHashes("A, b; C d  E!", 5)).toEqual(shingleHashes("a b c d e", 5));
    expect(shingleHashes("too short", 5)).toHaveLength(1);
    expect(shingleHashes("  ... ", 5)).toHaveLength(0);
  });
});

describe("jaccard", () => {
  it("is |A∩B| / |A∪B| on sorted sets", () => {
    expect(jaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4))).toBe(0.5);
    expect(jaccard(Uint32Array.of(1, 2), Uint32Array.of(3, 4))).toBe(0);
    expect(jaccard(Uint32Array.of(5), Uint32Array.of(5))).toBe(1);
  });
});

describe("MinHasher", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const shingles = shingleHashes(base, 5);
    expect(new MinHasher(112, 7).signature(shingles)).toEqual(new MinHasher(112, 7).signature(shingles));
    expect(new MinHasher(112, 7).signature(shingles)).not.toEqual(new MinHasher(112, 8).signature(shingles));
  });

  it("estimates the Jaccard similarity of a known pair within sampling error", () => {
    const left = shingleHashes(base, 5);
    const right = shingleHashes(base.replace("fifty", "forty").replace("hours", "days"), 5);
    const exact = jaccard(left, right);
    const hasher = new MinHasher(112, 1);
    // 112 permutations: standard error sqrt(J(1−J)/112) ≈ 0.045 at J ≈ 0.5.
    expect(Math.abs(estimatedJaccard(hasher.signature(left), hasher.signature(right)) - exact)).toBeLessThan(0.15);
    expect(exact).toBeGreaterThan(0.4);
    expect(exact).toBeLessThan(0.8);
  });
});

describe("LSH bands", () => {
  it("picks the bands whose S-curve threshold is the largest not above the wanted one", () => {
    expect(chooseBands(0.72)).toMatchObject({ bands: 14, rows: 8 });
    expect(chooseBands(0.9)).toMatchObject({ bands: 7, rows: 16 });
    expect(chooseBands(0.87)).toMatchObject({ bands: 8, rows: 14 });
    expect(chooseBands(0.5)).toMatchObject({ bands: 28, rows: 4 });
    expect(chooseBands(0.72).threshold).toBeCloseTo(0.719, 3);
  });

  it("returns identical signatures as candidates and unrelated ones not", () => {
    const hasher = new MinHasher(112, 1);
    const index = new LshIndex(14, 8);
    const signature = hasher.signature(shingleHashes(base, 5));
    expect(index.add(0, signature)).toEqual([]);
    expect(index.add(1, hasher.signature(shingleHashes("completely different words about billing and invoices for the pro plan this month", 5)))).toEqual([]);
    expect(index.add(2, signature)).toEqual([0]);
  });
});
