import { fnv1a32, mulberry32 } from "@tandem/core";

/**
 * A deterministic random stream for one key under one seed (core's mulberry32), so a draw depends only on (seed, key):
 * the same example gets the same oracle decision and document order whatever the run order or concurrency.
 */
export function seededRandom(seed: number, key: string): () => number {
  return mulberry32(fnv1a32(`${seed}:${key}`));
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
