import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { decodeUtf8, type Loader } from "./loader";
import { rowDocument } from "./row-document";
import type { LoadFailure, SourceDocument } from "./source-document";

/**
 * CSV (csv-parse): the first record is the header; one document per following record, text from `textFields`
 * (default `text`). A record with the wrong number of fields or no text is reported with its line; the rest load.
 */
export const csvLoader: Loader = (input) => {
  const delimiter = input.spec.delimiter ?? (extname(input.path).toLowerCase() === ".tsv" ? "\t" : ",");
  const skipped: LoadFailure[] = [];
  const records = parse(decodeUtf8(input.bytes), {
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push({ source: input.source, line: Number(error.lines), reason: error.message });
      return undefined;
    },
    bom: true,
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  const [header, ...rows] = records;
  if (!header) throw new Error("empty file");
  const columns = header.record.map((name) => name.trim());
  const documents: SourceDocument[] = [];
  const problems: LoadFailure[] = [...skipped];
  for (const { record, raw, info } of rows) {
    // `info.lines` is the line the record ends on; a quoted field may span lines.
    const line = info.lines - (raw.replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0);
    if (record.length !== columns.length) {
      problems.push({ source: input.source, line, reason: `${record.length} fields, the header has ${columns.length}` });
      continue;
    }
    const row = Object.fromEntries(columns.map((name, index) => [name, record[index]]));
    const result = rowDocument(input, "csv", row, line);
    if ("document" in result) documents.push(result.document);
    else problems.push(result.failure);
  }
  problems.sort((left, right) => (left.line ?? 0) - (right.line ?? 0));
  return { documents, problems };
};
