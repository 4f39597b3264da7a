import type { CanonicalExample } from "../dataset/canonical-example";
import { userAssistantText } from "../dataset/example-text";
import { chooseBands, LshIndex } from "./lsh-index";
import { estimatedJaccard, jaccard, MinHasher, shingleHashes } from "./minhash";
import { UnionFind } from "./union-find";

export interface NearDuplicateOptions {
  /** Jaccard similarity (of word shingles) at or above which two examples are near-duplicates. Default 0.72. */
  threshold?: number;
  /** Words per shingle. Default 5 (datatrove, text-dedup). */
  shingleSize?: number;
  /** LSH bands and rows. Default: `chooseBands(threshold)` — 14 × 8 for the default threshold. */
  bands?: number;
  rows?: number;
  /** Seed of the MinHash family. Default 1. */
  seed?: number;
  /**
   * How candidate pairs are confirmed: `"jaccard"` (default) computes the exact Jaccard of the shingle sets;
   * `"estimate"` uses the signature estimate and keeps no shingle sets in memory.
   */
  verify?: "jaccard" | "estimate";
  /** The text compared. Default: the user and assistant messages (`userAssistantText`). */
  text?: (example: CanonicalExample) => string;
  /** Called every 1,000 examples with the number hashed so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface NearDuplicatePair<Item> {
  left: Item;
  right: Item;
  /** Similarity used for the decision (exact Jaccard or the estimate, per `verify`). */
  similarity: number;
  /** MinHash estimate. */
  estimated: number;
}

export interface NearDuplicateCluster<Item> {
  /** Members in input order. */
  members: Item[];
  /** The confirmed pairs that joined the cluster. */
  pairs: NearDuplicatePair<Item>[];
}

export interface NearDuplicateResult<Item> {
  clusters: NearDuplicateCluster<Item>[];
  stats: {
    examples: number;
    /** Examples with no words to compare (not part of any cluster). */
    empty: number;
    candidatePairs: number;
    confirmedPairs: number;
    bands: number;
    rows: number;
    /** The LSH S-curve threshold (1/bands)^(1/rows). */
    lshThreshold: number;
    threshold: number;
    shingleSize: number;
    seed: number;
  };
}

/**
 * Near-duplicate examples (rule Q02): MinHash-LSH candidates confirmed by Jaccard similarity, grouped into
 * clusters by union-find. Each example is compared only with the examples sharing an LSH bucket with it, so the
 * cost grows with the number of examples, not its square.
 */
export function findNearDuplicates<Item extends { example: CanonicalExample }>(
  items: readonly Item[],
  options: NearDuplicateOptions = {},
): NearDuplicateResult<Item> {
  const threshold = options.threshold ?? 0.72;
  const shingleSize = options.shingleSize ?? 5;
  const seed = options.seed ?? 1;
  const chosen = chooseBands(threshold);
  const bands = options.bands ?? chosen.bands;
  const rows = options.rows ?? chosen.rows;
  const verify = options.verify ?? "jaccard";
  const text = options.text ?? userAssistantText;
  const hasher = new MinHasher(bands * rows, seed);
  const index = new LshIndex(bands, rows);
  const signatures: (Uint32Array | undefined)[] = [];
  const shingleSets: (Uint32Array | undefined)[] = [];
  const unionFind = new UnionFind(items.length);
  const pairs: { left: number; right: number; similarity: number; estimated: number }[] = [];
  let empty = 0;
  let candidatePairs = 0;

  items.forEach((item, position) => {
    const shingles = shingleHashes(text(item.example), shingleSize);
    if (shingles.length === 0) {
      empty += 1;
      signatures.push(undefined);
      shingleSets.push(undefined);
    } else {
      const signature = hasher.signature(shingles);
      signatures.push(signature);
      shingleSets.push(verify === "jaccard" ? shingles : undefined);
      for (const candidate of index.add(position, signature)) {
        candidatePairs += 1;
        if (unionFind.find(candidate) === unionFind.find(position)) continue;
        const estimated = estimatedJaccard(signatures[candidate] as Uint32Array, signature);
        const similarity = verify === "jaccard" ? jaccard(shingleSets[candidate] as Uint32Array, shingles) : estimated;
        if (similarity >= threshold) {
          unionFind.union(candidate, position);
          pairs.push({ left: candidate, right: position, similarity, estimated });
        }
      }
    }
    if ((position + 1) % 1000 === 0) options.onProgress?.(position + 1, items.length);
  });

  const clusterOf = new Map<number, number>();
  const groups = unionFind.groups();
  groups.forEach((group, clusterIndex) => group.forEach((member) => clusterOf.set(member, clusterIndex)));
  const clusters: NearDuplicateCluster<Item>[] = groups.map((group) => ({ members: group.map((member) => items[member] as Item), pairs: [] }));
  for (const pair of pairs) {
    clusters[clusterOf.get(pair.left) as number]?.pairs.push({
      left: items[pair.left] as Item,
      right: items[pair.right] as Item,
      similarity: pair.similarity,
      estimated: pair.estimated,
    });
  }
  return {
    clusters,
    stats: {
      examples: items.length,
      empty,
      candidatePairs,
      confirmedPairs: pairs.length,
      bands,
      rows,
      lshThreshold: (1 / bands) ** (1 / rows),
      threshold,
      shingleSize,
      seed,
    },
  };
}
