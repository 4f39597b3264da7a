import { stopwords } from "@tandem/text";

/**
 * The analysis of plain Okapi BM25, the baseline retrieval is measured against: lower-cased words (letters and
 * digits, an apostrophe inside a word kept), English stopwords removed, no stemming. Pass it as
 * `new Bm25Index(documents, { analyzer: plainAnalyzer })`; Tandem's own analysis (`analyzeText`) also stems and
 * splits compound words.
 */
export function plainAnalyzer(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replaceAll("’", "'")).filter((word) => !stopwords.has(word));
}
