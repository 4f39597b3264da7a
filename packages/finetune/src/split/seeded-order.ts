import { fnv1a32 } from "@tandem/core";
import { fmix32 } from "../hygiene/minhash";

/**
 * A number in [0, 1) drawn from `(seed, key)`: the same key always gets the same number under the same seed,
 * whatever else is in the dataset or in what order it comes. Splits sort by it, so adding examples does not
 * reshuffle the others.
 */
export function seededUnit(seed: number, key: string): number {
  const high = fmix32(fnv1a32(key) ^ fmix32(seed >>> 0));
  const low = fmix32(fnv1a32(key, 0x9747b28c) ^ fmix32((seed >>> 0) + 0x9e3779b9));
  return (high * 0x20_0000 + (low >>> 11)) / 2 ** 53;
}
