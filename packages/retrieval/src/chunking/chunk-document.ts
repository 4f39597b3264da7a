import { createHash } from "node:crypto";
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import type { Chunk } from "@tandem/core";
import type { SourceDocument } from "../loaders/source-document";

export interface ChunkingOptions {
  /** Target chunk size in characters. Default 800. */
  chunkSize?: number;
  /** Characters shared by neighbouring chunks. Default 120. */
  chunkOverlap?: number;
}

interface Heading {
  offset: number;
  level: number;
  text: string;
}

function headingsOf(text: string): Heading[] {
  const headings: Heading[] = [];
  for (const match of text.matchAll(/^(#{1,6})\s+(.+?)\s*#*\s*$/gm)) {
    headings.push({ offset: match.index ?? 0, level: (match[1] as string).length, text: match[2] as string });
  }
  return headings;
}

/** Heading path (" > " joined) in force at an offset: the last heading of each level above it. */
function headingPath(headings: readonly Heading[], offset: number): string {
  const stack: Heading[] = [];
  for (const heading of headings) {
    if (heading.offset > offset) break;
    while (stack.length > 0 && (stack.at(-1) as Heading).level >= heading.level) stack.pop();
    stack.push(heading);
  }
  return stack.map((heading) => heading.text).join(" > ");
}

/** A chunk id stable across runs: hash of source, text and the text's occurrence number in the source. */
export function chunkId(source: string, text: string, occurrence: number): string {
  return createHash("sha256").update(`${source}\0${occurrence}\0${text}`).digest("hex").slice(0, 32);
}

/**
 * Splits a document into chunks with @langchain/textsplitters (Markdown-aware for Markdown), and gives each its
 * exact span in the source (`text.slice(spanStart, spanEnd) === chunk.text`), its heading path and a stable id.
 */
export async function chunkDocument(document: SourceDocument, options: ChunkingOptions = {}): Promise<Chunk[]> {
  const chunkSize = options.chunkSize ?? 800;
  const chunkOverlap = Math.min(options.chunkOverlap ?? 120, Math.floor(chunkSize / 2));
  const splitter =
    document.format === "markdown"
      ? RecursiveCharacterTextSplitter.fromLanguage("markdown", { chunkSize, chunkOverlap })
      : new RecursiveCharacterTextSplitter({ chunkSize, chunkOverlap });
  const pieces = await splitter.splitText(document.text);
  const headings = document.format === "markdown" ? headingsOf(document.text) : [];
  const occurrences = new Map<string, number>();
  const chunks: Chunk[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const span = locate(document.text, piece, cursor);
    if (!span) continue;
    cursor = span.start + 1;
    const text = document.text.slice(span.start, span.end);
    const occurrence = occurrences.get(text) ?? 0;
    occurrences.set(text, occurrence + 1);
    const path = headingPath(headings, span.start);
    chunks.push({
      id: chunkId(document.source, text, occurrence),
      text,
      metadata: {
        source: document.source,
        title: document.title,
        ...(path ? { headings: path } : {}),
        spanStart: span.start,
        spanEnd: span.end,
        chunkIndex: chunks.length,
        modifiedAt: document.modifiedAt,
        sourceHash: document.contentHash,
      },
    });
  }
  return chunks;
}

/**
 * Where a splitter piece lies in the source. Pieces are normally verbatim substrings; when the splitter changed
 * whitespace, the span runs from the piece's first line to its last line as they appear in the source.
 */
function locate(text: string, piece: string, from: number): { start: number; end: number } | undefined {
  const exact = text.indexOf(piece, from);
  if (exact >= 0) return { start: exact, end: exact + piece.length };
  const lines = piece.split("\n").map((line) => line.trim()).filter(Boolean);
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return undefined;
  const start = text.indexOf(first, from);
  if (start < 0) return undefined;
  const lastAt = text.indexOf(last, start);
  return { start, end: lastAt >= 0 ? lastAt + last.length : start + first.length };
}
