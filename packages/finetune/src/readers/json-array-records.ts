import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { locateInvalidUtf8 } from "./byte-lines";

/** One element of a top-level JSON array, cut out of the byte stream without parsing the whole file. */
export interface ArrayElement {
  /** 1-based line where the element starts. */
  line: number;
  /** Byte offset of the element in the file. */
  offset: number;
  /** The element's text (empty when too long). */
  text: string;
  byteLength: number;
  tooLong: boolean;
  invalidUtf8At: number;
  invalidUtf8Char: number;
  /** A structural problem around the element (missing comma, text after the array, file ends inside it). */
  problem?: string;
}

export interface ArrayElementOptions {
  maxElementBytes: number;
  onProgress?: (bytesRead: number) => void;
}

const enum Mode {
  BeforeArray,
  BetweenElements,
  InElement,
  AfterArray,
}

/**
 * Streams the elements of a file holding one JSON array (`[{...}, {...}]`, the ShareGPT/Alpaca layout) in
 * constant memory: a byte-level pass tracks nesting and strings, and each element is handed over as soon as it
 * closes. Elements are not parsed here; the caller scans and parses each like a JSONL line.
 */
export async function* readJsonArrayElements(file: string, options: ArrayElementOptions): AsyncGenerator<ArrayElement[]> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  let mode = Mode.BeforeArray;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let fileOffset = 0;
  let expectComma = false;
  let missingComma = false;
  let parts: Buffer[] = [];
  let elementBytes = 0;
  let elementLine = 0;
  let elementOffset = 0;
  let tooLong = false;
  let scalar = false;
  let trailingProblem: ArrayElement | undefined;

  const finish = (batch: ArrayElement[], chunk: Buffer, start: number, end: number, problem?: string) => {
    collect(chunk, start, end);
    const bytes = tooLong ? Buffer.alloc(0) : parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    const invalid = tooLong || isUtf8(bytes) ? { at: -1, char: -1 } : locateInvalidUtf8(bytes);
    batch.push({
      line: elementLine,
      offset: elementOffset,
      text: tooLong ? "" : bytes.toString("utf8"),
      byteLength: elementBytes,
      tooLong,
      invalidUtf8At: invalid.at,
      invalidUtf8Char: invalid.char,
      ...(problem ? { problem } : {}),
    });
    parts = [];
    elementBytes = 0;
    tooLong = false;
    expectComma = true;
    mode = Mode.BetweenElements;
  };
  const collect = (chunk: Buffer, start: number, end: number) => {
    if (end <= start) return;
    elementBytes += end - start;
    if (tooLong) return;
    if (elementBytes > options.maxElementBytes) {
      tooLong = true;
      parts = [];
    } else {
      parts.push(chunk.subarray(start, end));
    }
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const batch: ArrayElement[] = [];
    let elementStart = 0;
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index] as number;
      if (byte === 0x0a) line += 1;
      if (mode === Mode.InElement) {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === 0x5c) escaped = true;
          else if (byte === 0x22) inString = false;
          continue;
        }
        if (byte === 0x22) inString = true;
        else if (byte === 0x7b || byte === 0x5b) depth += 1;
        else if (byte === 0x7d || byte === 0x5d) {
          if (depth === 0) {
            // The closing bracket of the array ends a scalar element.
            finish(batch, chunk, elementStart, index);
            mode = Mode.AfterArray;
            continue;
          }
          depth -= 1;
          if (depth === 0 && !scalar) finish(batch, chunk, elementStart, index + 1, missingComma ? "missing ',' before this element" : undefined);
        } else if (scalar && (byte === 0x2c || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) {
          finish(batch, chunk, elementStart, index, missingComma ? "missing ',' before this element" : undefined);
          if (byte === 0x2c) expectComma = false;
        }
        continue;
      }
      if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
      if (mode === Mode.BeforeArray) {
        if (byte === 0xef && fileOffset + index === 0) {
          index += 2; // UTF-8 BOM, reported by the caller
          continue;
        }
        if (byte !== 0x5b) {
          yield [...batch, problemElement(line, fileOffset + index, "the file does not start with '[': not a JSON array")];
          return;
        }
        mode = Mode.BetweenElements;
        continue;
      }
      if (mode === Mode.AfterArray) {
        trailingProblem ??= problemElement(line, fileOffset + index, "text after the end of the top-level array");
        continue;
      }
      // Between elements.
      if (byte === 0x2c) {
        if (!expectComma) batch.push(problemElement(line, fileOffset + index, "an empty element (two commas in a row, or a comma after '[')"));
        expectComma = false;
        continue;
      }
      if (byte === 0x5d) {
        mode = Mode.AfterArray;
        continue;
      }
      missingComma = expectComma;
      mode = Mode.InElement;
      elementStart = index;
      elementLine = line;
      elementOffset = fileOffset + index;
      scalar = !(byte === 0x7b || byte === 0x5b);
      depth = scalar ? 0 : 1;
      inString = byte === 0x22;
      escaped = false;
    }
    if (mode === Mode.InElement) collect(chunk, elementStart, chunk.length);
    fileOffset += chunk.length;
    options.onProgress?.(fileOffset);
    if (batch.length > 0) yield batch;
  }
  const tail: ArrayElement[] = [];
  const finalMode = mode as Mode;
  if (finalMode === Mode.InElement) {
    const bytes = tooLong ? Buffer.alloc(0) : Buffer.concat(parts);
    tail.push({ line: elementLine, offset: elementOffset, text: bytes.toString("utf8"), byteLength: elementBytes, tooLong, invalidUtf8At: -1, invalidUtf8Char: -1, problem: "the file ends inside this element (truncated)" });
  } else if (finalMode === Mode.BetweenElements) {
    tail.push(problemElement(line, fileOffset, "the file ends before the array's closing ']' (truncated)"));
  } else if (finalMode === Mode.BeforeArray) {
    tail.push(problemElement(line, fileOffset, "the file is empty"));
  }
  if (trailingProblem) tail.push(trailingProblem);
  if (tail.length > 0) yield tail;
}

function problemElement(line: number, offset: number, problem: string): ArrayElement {
  return { line, offset, text: "", byteLength: 0, tooLong: false, invalidUtf8At: -1, invalidUtf8Char: -1, problem };
}
