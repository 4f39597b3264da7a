// The baseline of the retrieval benchmarks, and the chunks a benchmark pool becomes.
// Plain Okapi BM25: k1 1.2, b 0.75, lower-cased words, English stopwords removed, NO stemming — the baseline the
// issue measured against. (Tandem's lexical side is the same BM25 with Porter stemming and compound-word parts.)
import type { Chunk } from "@tandem/core";
import { stopwords } from "@tandem/models";
import type { Pool } from "./public-benchmarks";

/** Lower-cased words (letters and digits, apostrophes kept inside words), stopwords removed, no stemming. */
export function plainAnalyzer(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replaceAll("’", "'")).filter((word) => !stopwords.has(word));
}

/**
 * One chunk per benchmark document, as `tandem ingest` would make of a JSONL row with a title field: the text is
 * "title\nbody" (the readers' format) and `metadata.title` is the title (the first line).
 */
export function poolChunks(pool: Pool): Chunk[] {
  return pool.documents.map((document, index) => ({
    id: `d${index}`,
    text: document.text,
    metadata: { source: document.id, title: document.text.split("\n")[0] ?? "", spanStart: 0, spanEnd: document.text.length, chunkIndex: 0, sourceHash: "bench" },
  }));
}
