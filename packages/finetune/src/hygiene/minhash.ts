import { fnv1a32 } from "@tandem/core";
import { comparisonWords } from "./normalize-text";

/**
 * MinHash signatures over word shingles, with a deterministic seeded hash family.
 *
 * Each of the `permutations` hash functions is `h_i(x) = fmix32(x XOR seed_i)`: `fmix32` (MurmurHash3's
 * finaliser) is a bijection on 32-bit integers, so each `h_i` is a seeded permutation of the shingle hashes.
 * Same text + same seed → same signature, on every machine.
 */

/** MurmurHash3 32-bit finaliser: a fast bijective mixer. */
export function fmix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The sorted, de-duplicated 32-bit hashes of the word `size`-grams of `text` (after `comparisonWords`).
 * A text with fewer than `size` words (but at least one) is one shingle; an empty text has none.
 */
export function shingleHashes(text: string, size: number): Uint32Array {
  const words = comparisonWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map((word) => fnv1a32(word));
  const count = Math.max(1, words.length - size + 1);
  const width = Math.min(size, words.length);
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start += 1) {
    let hash = 0x9747b28c;
    for (let offset = 0; offset < width; offset += 1) hash = Math.imul(hash ^ (wordHashes[start + offset] as number), 0x01000193);
    hashes[start] = fmix32(hash ^ width);
  }
  hashes.sort();
  let unique = 0;
  for (let index = 0; index < hashes.length; index += 1) {
    if (index === 0 || hashes[index] !== hashes[unique - 1]) hashes[unique++] = hashes[index] as number;
  }
  return hashes.slice(0, unique);
}

/** Exact Jaccard similarity of two sorted, de-duplicated hash sets. */
export function jaccard(left: Uint32Array, right: Uint32Array): number {
  if (left.length === 0 && right.length === 0) return 1;
  let shared = 0;
  let leftIndex = 0;
  let rightIndex = 0;
  while (leftIndex < left.length && rightIndex < right.length) {
    const leftValue = left[leftIndex] as number;
    const rightValue = right[rightIndex] as number;
    if (leftValue === rightValue) {
      shared += 1;
      leftIndex += 1;
      rightIndex += 1;
    } else if (leftValue < rightValue) leftIndex += 1;
    else rightIndex += 1;
  }
  return shared / (left.length + right.length - shared);
}

export class MinHasher {
  readonly permutations: number;
  readonly seed: number;
  private readonly seeds: Uint32Array;

  /**
   * @param permutations number of hash functions (signature length). Default 112 (= 14 bands × 8 rows).
   * @param seed seed of the hash family. Default 1.
   */
  constructor(permutations = 112, seed = 1) {
    this.permutations = permutations;
    this.seed = seed;
    this.seeds = new Uint32Array(permutations);
    let state = fmix32(seed ^ 0x5bd1e995);
    for (let index = 0; index < permutations; index += 1) {
      state = (state + 0x9e3779b9) >>> 0;
      this.seeds[index] = fmix32(state);
    }
  }

  /** The signature of a shingle set: for each hash function, the minimum over the shingles. */
  signature(shingles: Uint32Array): Uint32Array {
    const signature = new Uint32Array(this.permutations).fill(0xffffffff);
    const seeds = this.seeds;
    for (let shingleIndex = 0; shingleIndex < shingles.length; shingleIndex += 1) {
      const shingle = shingles[shingleIndex] as number;
      for (let index = 0; index < seeds.length; index += 1) {
        const value = fmix32(shingle ^ (seeds[index] as number));
        if (value < (signature[index] as number)) signature[index] = value;
      }
    }
    return signature;
  }
}

/** Share of equal positions of two signatures: the MinHash estimate of their Jaccard similarity. */
export function estimatedJaccard(left: Uint32Array, right: Uint32Array): number {
  let equal = 0;
  for (let index = 0; index < left.length; index += 1) if (left[index] === right[index]) equal += 1;
  return left.length === 0 ? 0 : equal / left.length;
}
