import { createHash } from "node:crypto";
import type { Chunk, ChunkMetadata } from "@tandem/core";
import { rawOffset } from "../loaders/html-loader";
import type { Heading, SourceDocument } from "../loaders/source-document";
import { countTokens } from "./token-counter";

export interface ChunkingOptions {
  /** Largest chunk, in o200k_base tokens. Default 256. */
  chunkSize?: number;
  /** Tokens a chunk repeats from the end of the previous chunk of the same section. Default 32 (at most half the size). */
  chunkOverlap?: number;
  /**
   * Occurrence counts of chunk texts already seen in the same source, for stable ids when a file gives several
   * documents (JSONL, CSV rows). Pass one map per source.
   */
  occurrences?: Map<string, number>;
}

export const defaultChunkSize = 256;
export const defaultChunkOverlap = 32;

/** A chunk id stable across runs: hash of source, text and the text's occurrence number in the source. */
export function chunkId(source: string, text: string, occurrence: number): string {
  return createHash("sha256").update(`${source}\0${occurrence}\0${text}`).digest("hex").slice(0, 32);
}

interface Range {
  start: number;
  end: number;
}

interface Unit extends Range {
  tokens: number;
}

/** Separators from coarse to fine: paragraphs, lines, sentences, words. Finer still: fixed character windows. */
const separators = [/\n[ \t]*\n\s*/g, /\n\s*/g, /(?<=[.!?;:])\s+/g, /\s+/g];

function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  return { start, end };
}

/** Cuts a range into units of at most `size` tokens, at the coarsest separator that does it. */
function units(text: string, range: Range, size: number, level = 0): Unit[] {
  const { start, end } = trimRange(text, range);
  if (start >= end) return [];
  const tokens = countTokens(text.slice(start, end));
  if (tokens <= size) return [{ start, end, tokens }];
  const separator = separators[level];
  if (!separator) return characterWindows(text, { start, end }, size);
  const pieces: Unit[] = [];
  let pieceStart = start;
  separator.lastIndex = 0;
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(separator)) {
    const at = start + (match.index ?? 0);
    pieces.push(...units(text, { start: pieceStart, end: at }, size, level + 1));
    pieceStart = at + match[0].length;
  }
  pieces.push(...units(text, { start: pieceStart, end }, size, level + 1));
  return pieces;
}

/** Last resort for a run without separators (a long identifier, base64): windows of at most `size` tokens. */
function characterWindows(text: string, range: Range, size: number): Unit[] {
  const windows: Unit[] = [];
  let start = range.start;
  while (start < range.end) {
    let low = start + 1;
    let high = range.end;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (countTokens(text.slice(start, middle)) <= size) low = middle;
      else high = middle - 1;
    }
    // Never split a surrogate pair.
    if (low < range.end && /[\uDC00-\uDFFF]/.test(text[low] as string) && low - 1 > start) low -= 1;
    windows.push({ start, end: low, tokens: countTokens(text.slice(start, low)) });
    start = low;
  }
  return windows;
}

/** Where the overlap of a chunk ending at `end` begins: the latest word start giving at most `overlap` tokens. */
function overlapStart(text: string, chunkStart: number, end: number, overlap: number): number {
  if (overlap <= 0) return end;
  const starts: number[] = [];
  const pattern = /\S+/g;
  pattern.lastIndex = chunkStart;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) starts.push(match.index);
  let low = 0;
  let high = starts.length;
  // Find the first word start whose slice to `end` fits (slices shrink as the start moves right).
  while (low < high) {
    const middle = (low + high) >> 1;
    if (countTokens(text.slice(starts[middle] as number, end)) <= overlap) high = middle;
    else low = middle + 1;
  }
  const start = starts[low];
  return start === undefined || start <= chunkStart ? end : start;
}

interface Section extends Range {
  /** Offset whose heading path names the section. */
  pathAt: number;
}

/** Sections: split at headings and PDF pages; a section holding only its heading joins the next one. */
function sections(document: SourceDocument): Section[] {
  const text = document.text;
  const boundaries = [...new Set([0, ...(document.headings ?? []).map((heading) => heading.offset), ...(document.pageOffsets ?? [])])]
    .filter((offset) => offset >= 0 && offset <= text.length)
    .sort((left, right) => left - right);
  const pages = new Set(document.pageOffsets ?? []);
  const result: Section[] = [];
  boundaries.forEach((start, index) => {
    const end = boundaries[index + 1] ?? text.length;
    const previous = result.at(-1);
    const onlyHeading = (range: Range) => {
      const content = text.slice(range.start, range.end).trim();
      return content !== "" && !content.includes("\n") && (document.headings ?? []).some((heading) => heading.offset === range.start);
    };
    if (previous && onlyHeading(previous) && !pages.has(start)) {
      previous.end = end;
      previous.pathAt = start;
    } else {
      result.push({ start, end, pathAt: start });
    }
  });
  return result;
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

function pageAt(pageOffsets: readonly number[], offset: number): number {
  let page = 0;
  while (page + 1 < pageOffsets.length && (pageOffsets[page + 1] as number) <= offset) page += 1;
  return page + 1;
}

/**
 * Splits a document into chunks of at most `chunkSize` tokens (o200k_base), structure first: sections (headings,
 * PDF pages) are never mixed, and within a section the cut falls between paragraphs, else lines, else sentences,
 * else words. Each chunk repeats up to `chunkOverlap` tokens from the end of the previous one in its section.
 * Every chunk is an exact slice of the document's text (`text.slice(spanStart, spanEnd) === chunk.text`) and
 * carries its heading path, page (PDF), line (JSONL/CSV), raw span (HTML), the document's metadata, and a
 * stable id (source + text + occurrence).
 */
export function chunkDocument(document: SourceDocument, options: ChunkingOptions = {}): Chunk[] {
  const size = Math.max(8, options.chunkSize ?? defaultChunkSize);
  const overlap = Math.max(0, Math.min(options.chunkOverlap ?? defaultChunkOverlap, Math.floor(size / 2)));
  const text = document.text;
  const headings = document.headings ?? [];
  const occurrences = options.occurrences ?? new Map<string, number>();
  const chunks: Chunk[] = [];

  const emit = (start: number, end: number, tokens: number, pathAt: number) => {
    const chunkText = text.slice(start, end);
    const occurrence = occurrences.get(chunkText) ?? 0;
    occurrences.set(chunkText, occurrence + 1);
    const path = headingPath(headings, pathAt);
    const metadata: ChunkMetadata = {
      ...document.metadata,
      source: document.source,
      title: document.title,
      ...(path ? { headings: path } : {}),
      spanStart: start,
      spanEnd: end,
      chunkIndex: chunks.length,
      modifiedAt: document.modifiedAt,
      sourceHash: document.contentHash,
      format: document.format,
      tokens,
      ...(document.line !== undefined ? { line: document.line } : {}),
      ...(document.pageOffsets ? { page: pageAt(document.pageOffsets, start), pageEnd: pageAt(document.pageOffsets, end - 1) } : {}),
      ...(document.rawSegments ? { rawSpanStart: rawOffset(document.rawSegments, start), rawSpanEnd: rawOffset(document.rawSegments, end, true) } : {}),
    };
    chunks.push({ id: chunkId(document.source, chunkText, occurrence), text: chunkText, metadata });
  };

  for (const section of sections(document)) {
    const pieces = units(text, section, size);
    let index = 0;
    let start: number | undefined;
    while (index < pieces.length) {
      const first = pieces[index] as Unit;
      const chunkStart = start ?? first.start;
      // Units add up to about their sum plus a token per separator; the exact count is checked once at the end.
      let estimate = start === undefined ? first.tokens : countTokens(text.slice(chunkStart, first.end));
      let next = index + 1;
      while (next < pieces.length && estimate + (pieces[next] as Unit).tokens + 1 <= size) {
        estimate += (pieces[next] as Unit).tokens + 1;
        next += 1;
      }
      let tokens = countTokens(text.slice(chunkStart, (pieces[next - 1] as Unit).end));
      while (tokens > size && next - 1 > index) {
        next -= 1;
        tokens = countTokens(text.slice(chunkStart, (pieces[next - 1] as Unit).end));
      }
      if (tokens > size && start !== undefined) {
        // The overlap plus one unit does not fit: start the chunk at the unit itself.
        start = undefined;
        continue;
      }
      const end = (pieces[next - 1] as Unit).end;
      emit(chunkStart, end, tokens, section.pathAt);
      index = next;
      const overlapAt = overlapStart(text, chunkStart, end, overlap);
      start = index < pieces.length && overlapAt < end ? overlapAt : undefined;
    }
  }
  return chunks;
}
