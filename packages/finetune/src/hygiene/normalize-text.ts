/**
 * Text normalisation shared by the hygiene checks. Two levels:
 * - `normalizeWhitespace`: Unicode NFC and runs of whitespace collapsed to one space, trimmed (exact dedup);
 * - `comparisonWords`: NFKC, case-folded, punctuation dropped, split into words (near-dup, contamination,
 *   conflicting labels), so "Hello,  World!" and "hello world" compare equal.
 */
export function normalizeWhitespace(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

const nonWordCharacters = /[^\p{L}\p{N}]+/gu;

/** Words of `text` for comparison: NFKC, lower case, letters and digits only. */
export function comparisonWords(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().replace(nonWordCharacters, " ").trim().split(" ").filter((word) => word.length > 0);
}

/** `comparisonWords(text).join(" ")`. */
export function comparisonText(text: string): string {
  return comparisonWords(text).join(" ");
}
