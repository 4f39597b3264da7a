// A source document as the index holds it, put back together from its chunks, with the cited span located:
// what GET /v1/sources/<chunk id> returns and /sources/<chunk id> shows. Chroma is the source of truth, so the
// document is rebuilt from the chunks (each an exact slice of the document's text at its span), not read from disk.
import type { Chunk, Span } from "@tandem/core";

export interface SourceView {
  chunkId: string;
  source: string;
  title?: string;
  /** Loader format (markdown, text, html, pdf, jsonl, csv): markdown is rendered, the rest shown as text. */
  format: string;
  /** Heading path of the cited chunk. */
  headings?: string;
  /** The document's text, rebuilt from its chunks. */
  text: string;
  /** The cited chunk's span in `text`. */
  chunk: Span;
  /** The spans to highlight: the quoted sentences within the chunk, or the whole chunk when no quote is found. */
  marks: Span[];
}

/**
 * The document's text from its chunks: each chunk's text at its span; the whitespace the chunker trimmed between
 * two chunks comes back as a line break (one character) or a paragraph break (two or more).
 */
export function assembleSource(chunks: readonly Pick<Chunk, "text" | "metadata">[]): string {
  const ordered = [...chunks].sort((left, right) => left.metadata.spanStart - right.metadata.spanStart);
  let text = "";
  for (const chunk of ordered) {
    const { spanStart, spanEnd } = chunk.metadata;
    if (spanEnd <= text.length) continue;
    const gap = spanStart - text.length;
    if (gap > 0) text += gap === 1 ? "\n" : `\n\n${" ".repeat(gap - 2)}`;
    text += chunk.text.slice(Math.max(0, text.length - spanStart));
  }
  return text;
}

/** Where the quote's pieces (sentences joined by " … " or line breaks) occur inside the chunk's span. */
export function quoteMarks(text: string, chunk: Span, quote: string | undefined): Span[] {
  const region = text.slice(chunk.start, chunk.end);
  const marks: Span[] = [];
  for (const piece of (quote ?? "").split(/\s+…\s+|\n/).map((entry) => entry.trim()).filter((entry) => entry.length > 0)) {
    const at = region.indexOf(piece);
    if (at >= 0) marks.push({ start: chunk.start + at, end: chunk.start + at + piece.length });
  }
  return marks.length > 0 ? marks.sort((left, right) => left.start - right.start) : [chunk];
}

/** The view of one chunk's document, given the chunks of the same source (and the same row, for JSONL/CSV). */
export function sourceView(cited: Chunk, siblings: readonly Chunk[], quote?: string): SourceView {
  const line = cited.metadata.line;
  const sameDocument = siblings.filter((chunk) => chunk.metadata.source === cited.metadata.source && chunk.metadata.line === line);
  const text = assembleSource(sameDocument.some((chunk) => chunk.id === cited.id) ? sameDocument : [...sameDocument, cited]);
  const span = { start: cited.metadata.spanStart, end: cited.metadata.spanEnd };
  return {
    chunkId: cited.id,
    source: cited.metadata.source,
    ...(typeof cited.metadata.title === "string" && cited.metadata.title ? { title: cited.metadata.title } : {}),
    format: typeof cited.metadata.format === "string" ? cited.metadata.format : "text",
    ...(typeof cited.metadata.headings === "string" && cited.metadata.headings ? { headings: cited.metadata.headings } : {}),
    text,
    chunk: span,
    marks: quoteMarks(text, span, quote),
  };
}
