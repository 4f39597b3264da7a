import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { TandemError } from "@tandem/core";
import type { Finding } from "../validation/finding";
import { findingFor } from "../validation/rule-registry";
import { type ByteLine, readByteLines } from "./byte-lines";
import { type CsvColumns, readCsvEntries } from "./csv-records";
import type { DatasetEntry, DatasetFormat } from "./dataset-format";
import { FormatTracker } from "./format-tracker";
import { readJsonArrayElements } from "./json-array-records";
import { LineSource } from "./line-source";
import { RawJsonScanner, type ScanStatus } from "./raw-json-scanner";
import { decodeRecord, pointerAt } from "./record-decoder";

export interface ReadDatasetOptions {
  /** The file's format; default: detected from the file's shape (its first records, or `.csv`/`.tsv`). */
  format?: DatasetFormat;
  /** Records longer than this many bytes are reported (F02) and skipped without being held. Default 64 MiB. */
  maxRecordBytes?: number;
  /** How many lines a pretty-printed JSONL object may span before it is called truncated. Default 10,000. */
  maxRecordLines?: number;
  /** CSV column mapping (CSV files only). */
  csv?: CsvColumns;
  /** Called as the file is read, with the bytes read so far. */
  onProgress?: (bytesRead: number) => void;
}

/** How a file lays out its records. */
export type DatasetLayout = "jsonl" | "json-array" | "csv";

const defaultMaxRecordBytes = 64 * 1024 * 1024;

/**
 * Streams a dataset file's records in constant memory, each converted to its canonical OpenAI shape with the
 * problems found while reading it: encoding (F01), JSON shape, truncation and pretty-printing (F02), blank lines
 * and CRLF (F03), duplicate keys (F08), float weights (M04), mixed formats (F07). Nothing is dropped silently:
 * a record that cannot be read is an entry without `value` whose problems say why. Findings about lines that are
 * not records (blank lines) ride on the next entry.
 */
export async function* readDataset(file: string, options: ReadDatasetOptions = {}): AsyncGenerator<DatasetEntry> {
  const layout = await detectLayout(file, options.format);
  if (layout === "csv") {
    yield* readCsvEntries(file, options.csv ?? {}, options.onProgress);
    return;
  }
  const formats = new FormatTracker(options.format);
  if (layout === "json-array") yield* readArrayEntries(file, formats, options);
  else yield* readLineEntries(file, formats, options);
}

/** The file's format, from `--format`, the extension, or its first records. Throws when it has no record. */
export async function detectFormat(file: string, options: Pick<ReadDatasetOptions, "format" | "csv"> = {}): Promise<DatasetFormat> {
  if (options.format) return options.format;
  for await (const entry of readDataset(file, options)) {
    if (entry.value !== undefined) return entry.format;
  }
  throw new TandemError({ code: "INPUT_INVALID", file, message: "no readable record to detect the format from", hint: "run `tandem data validate` to see why" });
}

/** JSONL, a JSON array (first non-blank byte `[`), or CSV (`.csv`/`.tsv`, or `--format csv`). */
export async function detectLayout(file: string, format?: DatasetFormat): Promise<DatasetLayout> {
  try {
    if (!(await stat(file)).isFile()) throw new Error("not a file");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `cannot read dataset ${file}: ${(error as Error).message}`, cause: error });
  }
  const extension = extname(file).toLowerCase();
  if (format === "csv" || (!format && (extension === ".csv" || extension === ".tsv"))) return "csv";
  const handle = await open(file, "r");
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    for (let index = 0; index < bytesRead; index += 1) {
      const byte = buffer[index] as number;
      if (index < 3 && (byte === 0xef || byte === 0xbb || byte === 0xbf)) continue;
      if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
      return byte === 0x5b ? "json-array" : "jsonl";
    }
  } finally {
    await handle.close();
  }
  return "jsonl";
}

async function* readLineEntries(file: string, formats: FormatTracker, options: ReadDatasetOptions): AsyncGenerator<DatasetEntry> {
  const maxRecordBytes = options.maxRecordBytes ?? defaultMaxRecordBytes;
  const maxRecordLines = options.maxRecordLines ?? 10_000;
  const source = new LineSource(readByteLines(file, { maxLineBytes: maxRecordBytes, ...(options.onProgress ? { onProgress: options.onProgress } : {}) })[Symbol.asyncIterator]());
  const scanner = new RawJsonScanner();
  let pending: Finding[] = [];
  try {
    for (;;) {
      const line = source.take() ?? ((await source.fill()) ? source.take() : undefined);
      if (!line) break;
      const problems = pending;
      pending = [];
      let text = lineText(line, problems);
      if (line.tooLong) {
        problems.push(tooLongFinding(line.line, line.byteLength, maxRecordBytes));
        yield { line: line.line, format: formats.current, raw: "", problems };
        continue;
      }
      if (isBlank(text)) {
        problems.push(findingFor("F03", { line: line.line, message: "blank line", hint: "remove blank lines (they are skipped, not read as examples)" }));
        pending = problems;
        continue;
      }
      scanner.reset();
      let status: ScanStatus = scanner.scan(text);
      if (status === "incomplete") {
        const joined = await joinPrettyPrinted(source, scanner, text, maxRecordBytes, maxRecordLines);
        if (joined) {
          for (const continuation of joined.lines) lineText(continuation, problems);
          problems.push(
            findingFor("F02", {
              line: line.line,
              pointer: "",
              message: `a pretty-printed JSON object over lines ${line.line}–${joined.lines.at(-1)?.line}: JSONL needs each object on one line`,
              hint: "re-serialise each object onto one line: `jq -c . file > fixed.jsonl`",
            }),
          );
          text = joined.text;
          status = "complete";
        } else {
          scanner.reset();
          status = scanner.scan(text);
        }
      }
      const decoded = decodeRecord(text, status, scanner, line.line, problems);
      yield decoded.object ? formats.entry(line.line, text, decoded.object, problems) : { line: line.line, format: formats.current, raw: text, problems };
    }
    if (pending.length > 0) yield { line: pending[0]?.line ?? 1, format: formats.current, raw: "", problems: pending };
  } finally {
    await source.close();
  }
}

/** Tries to continue an incomplete record on the following lines; gives the lines back when that fails. */
async function joinPrettyPrinted(
  source: LineSource,
  scanner: RawJsonScanner,
  first: string,
  maxRecordBytes: number,
  maxRecordLines: number,
): Promise<{ text: string; lines: ByteLine[] } | undefined> {
  const taken: ByteLine[] = [];
  let text = first;
  while (taken.length < maxRecordLines) {
    const next = await source.next();
    if (!next) break;
    taken.push(next);
    if (next.tooLong || next.invalidUtf8At >= 0) break;
    text += `\n${next.text}`;
    if (text.length > maxRecordBytes) break;
    const status = scanner.scan(text);
    if (status === "complete") return { text, lines: taken };
    if (status !== "incomplete") break;
  }
  source.unshift(taken);
  return undefined;
}

async function* readArrayEntries(file: string, formats: FormatTracker, options: ReadDatasetOptions): AsyncGenerator<DatasetEntry> {
  const maxRecordBytes = options.maxRecordBytes ?? defaultMaxRecordBytes;
  const scanner = new RawJsonScanner();
  let first = true;
  for await (const batch of readJsonArrayElements(file, { maxElementBytes: maxRecordBytes, ...(options.onProgress ? { onProgress: options.onProgress } : {}) })) {
    for (const element of batch) {
      const problems: Finding[] = [];
      if (element.invalidUtf8At >= 0) problems.push(invalidUtf8Finding(element.line, element.offset + element.invalidUtf8At, element.invalidUtf8At, pointerAt(element.text, element.invalidUtf8Char)));
      if (element.problem) problems.push(findingFor("F02", { line: element.line, pointer: "", message: element.problem }));
      if (element.tooLong) {
        problems.push(tooLongFinding(element.line, element.byteLength, maxRecordBytes));
        yield { line: element.line, format: formats.current, raw: "", problems };
        continue;
      }
      if (element.text === "") {
        yield { line: element.line, format: formats.current, raw: "", problems };
        continue;
      }
      scanner.reset();
      const decoded = decodeRecord(element.text, scanner.scan(element.text), scanner, element.line, problems);
      const entry = decoded.object ? formats.entry(element.line, element.text, decoded.object, problems) : { line: element.line, format: formats.current, raw: element.text, problems };
      if (first && decoded.object) {
        first = false;
        if (entry.format === "openai-chat" || entry.format === "openai-dpo" || entry.format === "prompt-completion") {
          problems.push(
            findingFor("F02", {
              line: 1,
              pointer: "",
              message: `the file is one JSON array; ${entry.format} files are JSONL (one object per line)`,
              hint: "convert with `jq -c '.[]' file.json > file.jsonl`",
            }),
          );
        }
      }
      yield entry;
    }
  }
}

/** The line's text with its own problems noted: invalid UTF-8 (F01), BOM (F01), CRLF (F03). */
function lineText(line: ByteLine, problems: Finding[]): string {
  if (line.invalidUtf8At >= 0) problems.push(invalidUtf8Finding(line.line, line.offset + line.invalidUtf8At, line.invalidUtf8At, pointerAt(line.text, line.invalidUtf8Char)));
  if (line.crlf) problems.push(findingFor("F03", { line: line.line, message: "the line ends with CRLF (\\r\\n)", hint: "convert line endings with `dos2unix` (read here as LF)" }));
  if (line.line === 1 && line.text.charCodeAt(0) === 0xfeff) {
    problems.push(findingFor("F01", { line: 1, severity: "warn", message: "the file starts with a UTF-8 byte order mark (BOM); it was ignored", hint: "save the file as UTF-8 without BOM" }));
    return line.text.slice(1);
  }
  return line.text;
}

function invalidUtf8Finding(line: number, fileOffset: number, lineOffset: number, pointer: string): Finding {
  return findingFor("F01", {
    line,
    pointer,
    message: `invalid UTF-8 byte sequence at byte ${fileOffset} of the file (byte ${lineOffset} of the record); read as U+FFFD`,
  });
}


function tooLongFinding(line: number, bytes: number, limit: number): Finding {
  return findingFor("F02", {
    line,
    pointer: "",
    message: `the record is ${bytes.toLocaleString("en-US")} bytes, over the ${limit.toLocaleString("en-US")}-byte limit; it was not read`,
    hint: "split or shorten the record (or raise maxRecordBytes); no provider takes examples this large",
  });
}

function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}
