import type { CanonicalExample } from "../dataset/canonical-example";
import { exampleHash } from "./canonical-json";

/** A set of examples whose canonical JSON is identical (rule Q01), in input order. */
export interface ExactDuplicateGroup<Item> {
  /** sha256 of the canonical JSON they share. */
  hash: string;
  members: Item[];
}

/**
 * Groups examples by the hash of their canonical JSON (strings NFC- and whitespace-normalised, keys sorted;
 * see `canonicalExampleJson`). Returns only groups with more than one member, in order of first appearance.
 * Linear time: one hash per example.
 */
export function findExactDuplicates<Item extends { example: CanonicalExample }>(items: readonly Item[]): ExactDuplicateGroup<Item>[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const hash = exampleHash(item.example);
    const members = groups.get(hash);
    if (members) members.push(item);
    else groups.set(hash, [item]);
  }
  return [...groups].filter(([, members]) => members.length > 1).map(([hash, members]) => ({ hash, members }));
}
