import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";

/** One line of a file, split on `\n` over the raw bytes (so invalid UTF-8 can be located exactly). */
export interface ByteLine {
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte in the file (-1 for lines decoded in bulk: valid UTF-8 needs none). */
  offset: number;
  /** The line's text without `\n` and `\r` (invalid byte sequences decoded as U+FFFD). Empty when too long. */
  text: string;
  /** The line's length in bytes, without the line ending. */
  byteLength: number;
  /** The line ended with `\r\n`. */
  crlf: boolean;
  /** Longer than the limit: not kept in memory, `text` is empty. */
  tooLong: boolean;
  /** Byte offset (within the line) of the first invalid UTF-8 sequence, or -1. */
  invalidUtf8At: number;
  /** Character offset in `text` of that sequence (decoded as U+FFFD), or -1. */
  invalidUtf8Char: number;
}

export interface ByteLineOptions {
  /** Lines longer than this many bytes are skipped without being held in memory (`tooLong`). */
  maxLineBytes: number;
  /** Called after each chunk with the bytes read so far. */
  onProgress?: (bytesRead: number) => void;
}

/**
 * Streams a file's lines in constant memory (one line, one read chunk). Yields the lines of each chunk as a
 * batch, which keeps the per-line cost of async iteration low. The complete lines of a chunk that is valid UTF-8
 * (the common case) are decoded with one call and split as a string; a chunk holding invalid bytes is split over
 * its bytes, line by line, so each invalid sequence is located exactly.
 */
export async function* readByteLines(file: string, options: ByteLineOptions): AsyncGenerator<ByteLine[]> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let lineNumber = 1;
  let lineOffset = 0;
  let bytesRead = 0;
  const emit = (batch: ByteLine[]) => {
    batch.push(makeLine(pending, pendingBytes, tooLong, lineNumber, lineOffset));
    lineNumber += 1;
    lineOffset += pendingBytes + 1;
    pending = [];
    pendingBytes = 0;
    tooLong = false;
  };
  const collect = (chunk: Buffer, start: number, end: number) => {
    if (!tooLong) {
      if (pendingBytes + (end - start) > options.maxLineBytes) {
        tooLong = true;
        pending = [];
      } else if (end > start) {
        pending.push(chunk.subarray(start, end));
      }
    }
    pendingBytes += end - start;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const batch: ByteLine[] = [];
    const last = chunk.lastIndexOf(0x0a);
    let start = 0;
    if (last >= 0 && (pendingBytes > 0 || tooLong)) {
      // The line carried over from the previous chunk ends here.
      const newline = chunk.indexOf(0x0a);
      collect(chunk, 0, newline);
      emit(batch);
      start = newline + 1;
    }
    if (last >= start) {
      const region = chunk.subarray(start, last);
      if (region.length <= options.maxLineBytes && isUtf8(region)) {
        lineNumber = splitDecoded(region.toString("utf8"), lineNumber, options.maxLineBytes, batch);
        lineOffset += last + 1 - start;
      } else {
        for (let from = start; from <= last; ) {
          const newline = chunk.indexOf(0x0a, from);
          collect(chunk, from, newline);
          emit(batch);
          from = newline + 1;
        }
      }
      start = last + 1;
    }
    collect(chunk, start, chunk.length);
    bytesRead += chunk.length;
    options.onProgress?.(bytesRead);
    if (batch.length > 0) yield batch;
  }
  if (pendingBytes > 0 || tooLong) yield [makeLine(pending, pendingBytes, tooLong, lineNumber, lineOffset)];
}

/** Splits decoded, valid text into lines (their byte offsets are not needed: they hold no invalid byte). */
function splitDecoded(text: string, firstLine: number, maxLineBytes: number, batch: ByteLine[]): number {
  let line = firstLine;
  let from = 0;
  for (;;) {
    const newline = text.indexOf("\n", from);
    const end = newline < 0 ? text.length : newline;
    const crlf = end > from && text.charCodeAt(end - 1) === 0x0d;
    const lineText = text.slice(from, crlf ? end - 1 : end);
    const byteLength = lineText.length * 3 > maxLineBytes ? Buffer.byteLength(lineText) : lineText.length;
    const tooLong = byteLength > maxLineBytes;
    batch.push({ line, offset: -1, text: tooLong ? "" : lineText, byteLength, crlf, tooLong, invalidUtf8At: -1, invalidUtf8Char: -1 });
    line += 1;
    if (newline < 0) return line;
    from = newline + 1;
  }
}

function makeLine(parts: Buffer[], byteLength: number, tooLong: boolean, line: number, offset: number): ByteLine {
  if (tooLong) return { line, offset, text: "", byteLength, crlf: false, tooLong, invalidUtf8At: -1, invalidUtf8Char: -1 };
  let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, byteLength);
  const crlf = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d;
  if (crlf) bytes = bytes.subarray(0, bytes.length - 1);
  const invalid = isUtf8(bytes) ? { at: -1, char: -1 } : locateInvalidUtf8(bytes);
  return { line, offset, text: bytes.toString("utf8"), byteLength: bytes.length, crlf, tooLong, invalidUtf8At: invalid.at, invalidUtf8Char: invalid.char };
}

/** Byte and character offsets of the first invalid UTF-8 sequence (the character offset in the decoded text). */
export function locateInvalidUtf8(bytes: Buffer): { at: number; char: number } {
  const at = firstInvalidUtf8(bytes);
  return { at, char: at < 0 ? -1 : bytes.subarray(0, at).toString("utf8").length };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (overlong, surrogate, truncated, …), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (index + length > bytes.length) return index;
    let codePoint = lead & (0xff >> (length + 1));
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next] as number;
      if ((continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return -1;
}
