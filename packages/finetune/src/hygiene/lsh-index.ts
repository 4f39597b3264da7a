import { fmix32 } from "./minhash";

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into `bands` bands of `rows` values;
 * two items whose signatures agree on a whole band land in the same bucket and become a candidate pair. Items
 * with Jaccard similarity s collide in at least one band with probability 1 − (1 − s^rows)^bands, an S-curve
 * centred near (1/bands)^(1/rows). Buckets are a hash map, so indexing n items costs O(n · bands), not O(n²).
 */
export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  private readonly buckets = new Map<number, number[]>();
  private readonly bucketCapacity: number;

  /**
   * @param bucketCapacity members remembered per bucket (default 8). A new item is compared with these only;
   *   clusters stay connected because union-find is transitive, and a bucket of thousands of copies costs O(n).
   */
  constructor(bands: number, rows: number, bucketCapacity = 8) {
    this.bands = bands;
    this.rows = rows;
    this.bucketCapacity = bucketCapacity;
  }

  /** The similarity where the S-curve crosses: (1/bands)^(1/rows). */
  get threshold(): number {
    return (1 / this.bands) ** (1 / this.rows);
  }

  /** Adds item `id` and returns the ids already indexed that share a bucket with it (each once). */
  add(id: number, signature: Uint32Array): number[] {
    if (signature.length < this.bands * this.rows) throw new RangeError(`signature has ${signature.length} values; ${this.bands}×${this.rows} bands need ${this.bands * this.rows}`);
    const candidates = new Set<number>();
    for (let band = 0; band < this.bands; band += 1) {
      let hash = 0x2545f491 ^ band;
      for (let row = 0; row < this.rows; row += 1) hash = fmix32(Math.imul(hash, 0x01000193) ^ (signature[band * this.rows + row] as number));
      const key = band * 0x1_0000_0000 + hash;
      const bucket = this.buckets.get(key);
      if (bucket) {
        for (const member of bucket) candidates.add(member);
        if (bucket.length < this.bucketCapacity) bucket.push(id);
      } else this.buckets.set(key, [id]);
    }
    return [...candidates];
  }
}

/**
 * Bands × rows for a signature of `permutations` values whose S-curve threshold is the largest one not above
 * `threshold` (so pairs at the threshold are likely candidates; verification then removes the false ones).
 * With 112 permutations: 0.72 → 14 × 8 (≈ 0.719, datatrove's default), 0.9 → 7 × 16 (≈ 0.885), 0.5 → 28 × 4 (≈ 0.435).
 */
export function chooseBands(threshold: number, permutations = 112): { bands: number; rows: number; threshold: number } {
  const options: { bands: number; rows: number; threshold: number }[] = [];
  for (let rows = 1; rows <= permutations; rows += 1) {
    if (permutations % rows !== 0) continue;
    const bands = permutations / rows;
    options.push({ bands, rows, threshold: (1 / bands) ** (1 / rows) });
  }
  options.sort((left, right) => left.threshold - right.threshold);
  const fitting = options.filter((option) => option.threshold <= threshold + 1e-9);
  return fitting.at(-1) ?? (options[0] as { bands: number; rows: number; threshold: number });
}
