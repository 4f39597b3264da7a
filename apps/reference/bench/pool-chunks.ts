// The chunks a benchmark pool becomes. The baseline of the retrieval benchmarks is plain Okapi BM25 — k1 1.2,
// b 0.75, lower-cased words, English stopwords removed, NO stemming: `new Bm25Index(chunks, { analyzer:
// plainAnalyzer })` (Tandem's lexical side is the same BM25 with Porter stemming and compound-word parts).
import type { Chunk } from "@tandem/core";
import type { Pool } from "./public-benchmarks";

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
