import { fnv1a32 } from "@tandem/core";

/**
 * A deterministic random stream for one key under one seed (mulberry32), so a draw depends only on (seed, key):
 * the same example gets the same oracle decision and document order whatever the run order or concurrency.
 */
export function seededRandom(seed: number, key: string): () => number {
  let state = fnv1a32(`${seed}:${key}`);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A shuffled copy (Fisher–Yates with the given random stream). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
