import { createHash } from "node:crypto";

/** Normalised text: lower case, whitespace runs as one space, trimmed. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Word shingles (runs of `size` words; the whole text when shorter). */
export function shingles(text: string, size = 3): Set<string> {
  const words = normalise(text).split(" ").filter(Boolean);
  const result = new Set<string>();
  if (words.length <= size) {
    result.add(words.join(" "));
    return result;
  }
  for (let index = 0; index + size <= words.length; index += 1) result.add(words.slice(index, index + size).join(" "));
  return result;
}

export function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  for (const item of small) if (large.has(item)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Collapses near-duplicates in a ranked list: an item whose normalised text equals, or whose word-shingle
 * Jaccard similarity with an earlier kept item reaches `threshold`, is folded into that item. Returns the kept
 * items, best first, each with the ids folded into it.
 */
export function collapseNearDuplicates<T extends { id: string; text: string }>(ranked: readonly T[], threshold = 0.85): { item: T; collapsed: string[] }[] {
  const kept: { item: T; collapsed: string[]; hash: string; shingles: Set<string> }[] = [];
  for (const item of ranked) {
    const hash = createHash("sha1").update(normalise(item.text)).digest("hex");
    const itemShingles = shingles(item.text);
    const duplicateOf = kept.find((entry) => entry.hash === hash || jaccard(entry.shingles, itemShingles) >= threshold);
    if (duplicateOf) duplicateOf.collapsed.push(item.id);
    else kept.push({ item, collapsed: [], hash, shingles: itemShingles });
  }
  return kept.map(({ item, collapsed }) => ({ item, collapsed }));
}
