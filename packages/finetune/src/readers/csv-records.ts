import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import type { Finding } from "../validation/finding";
import { findingFor } from "../validation/rule-registry";
import type { CanonicalMessage } from "../dataset/canonical-example";
import type { DatasetEntry } from "./dataset-format";

/**
 * Which CSV columns hold which message. Unset fields are found from the header: user ← prompt, question,
 * instruction, user, query; assistant ← completion, answer, output, response, assistant; system ← system;
 * input ← input (appended to the user text after a blank line, as Alpaca does).
 */
export interface CsvColumns {
  user?: string;
  assistant?: string;
  system?: string;
  input?: string;
  /** Field delimiter. Default `,` (`\t` for `.tsv` files). */
  delimiter?: string;
}

const candidates = {
  user: ["prompt", "question", "instruction", "user", "query"],
  assistant: ["completion", "answer", "output", "response", "assistant"],
  system: ["system"],
  input: ["input"],
} as const;

/** Streams a CSV file's rows as chat examples (csv-parse, constant memory), each with its start line. */
export async function* readCsvEntries(file: string, columns: CsvColumns, onProgress?: (bytes: number) => void): AsyncGenerator<DatasetEntry> {
  const delimiter = columns.delimiter ?? (file.endsWith(".tsv") ? "\t" : ",");
  const parser = createReadStream(file).pipe(
    parse({ info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true, skip_records_with_error: true, delimiter }),
  );
  const skipped: Finding[] = [];
  parser.on("skip", (error: Error & { lines?: number }) => {
    skipped.push(findingFor("F02", { line: error.lines ?? 0, pointer: "", message: `not a valid CSV record: ${error.message}` }));
  });
  let header: string[] | undefined;
  let mapping: { user: number; assistant: number; system: number; input: number } | undefined;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number; bytes: number } }>) {
      const line = item.info.lines - countNewlines(item.raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, ""));
      onProgress?.(item.info.bytes);
      const problems = skipped.splice(0);
      if (!header) {
        header = item.record.map((name) => name.trim());
        const found = mapColumns(header, columns);
        mapping = found.mapping;
        problems.push(...found.problems.map((finding) => ({ ...finding, line })));
        if (problems.length > 0) yield { line, format: "csv", raw: item.raw, problems };
        continue;
      }
      if (item.raw.includes("\uFFFD")) {
        problems.push(findingFor("F01", { line, pointer: "", message: "the row holds U+FFFD replacement characters: invalid UTF-8 bytes in the file, or text damaged before" }));
      }
      if (item.record.length !== header.length) {
        problems.push(findingFor("F02", { line, pointer: "", message: `the row has ${item.record.length} fields, the header has ${header.length}` }));
      }
      if (!mapping) {
        yield { line, format: "csv", raw: item.raw, problems };
        continue;
      }
      const messages = rowMessages(item.record, mapping);
      const sourcePointer = sourcePointerFor(header, mapping, messages[0]?.role === "system");
      yield { line, format: "csv", raw: item.raw, value: { messages }, problems, sourcePointer };
    }
  } catch (error) {
    skipped.push(findingFor("F02", { pointer: "", message: `the CSV file cannot be read further: ${(error as Error).message}` }));
  }
  if (skipped.length > 0) yield { line: skipped[0]?.line ?? 1, format: "csv", raw: "", problems: skipped };
}

function mapColumns(header: string[], columns: CsvColumns): { mapping?: { user: number; assistant: number; system: number; input: number }; problems: Finding[] } {
  const lower = header.map((name) => name.toLowerCase());
  const pick = (role: keyof typeof candidates): number => {
    const chosen = columns[role];
    if (chosen !== undefined) return header.indexOf(chosen);
    for (const candidate of candidates[role]) {
      const index = lower.indexOf(candidate);
      if (index >= 0) return index;
    }
    return -1;
  };
  const mapping = { user: pick("user"), assistant: pick("assistant"), system: pick("system"), input: pick("input") };
  if (mapping.input === mapping.user) mapping.input = -1;
  const problems: Finding[] = [];
  for (const role of ["user", "assistant"] as const) {
    if (mapping[role] >= 0) continue;
    problems.push(
      findingFor("F02", {
        pointer: "",
        message: `the CSV header (${header.join(", ")}) has no ${role} column${columns[role] ? ` named "${columns[role]}"` : ""}`,
        hint: `name a column ${candidates[role].join("/")}, or map one (--user-column/--assistant-column)`,
      }),
    );
  }
  const used = new Set([mapping.user, mapping.assistant, mapping.system, mapping.input]);
  header.forEach((name, index) => {
    if (!used.has(index)) {
      problems.push(findingFor("E02", { severity: "warn", pointer: `/${name}`, message: `column "${name}" is not mapped to a message and is not carried into the examples` }));
    }
  });
  return { mapping: mapping.user >= 0 && mapping.assistant >= 0 ? mapping : undefined, problems };
}

function rowMessages(record: string[], mapping: { user: number; assistant: number; system: number; input: number }): CanonicalMessage[] {
  const messages: CanonicalMessage[] = [];
  const system = mapping.system >= 0 ? record[mapping.system] : undefined;
  if (system) messages.push({ role: "system", content: system });
  const input = mapping.input >= 0 ? record[mapping.input] : undefined;
  const user = record[mapping.user] ?? "";
  messages.push({ role: "user", content: input ? `${user}\n\n${input}` : user }, { role: "assistant", content: record[mapping.assistant] ?? "" });
  return messages;
}

function sourcePointerFor(header: string[], mapping: { user: number; assistant: number; system: number }, hasSystem: boolean): (pointer: string) => string {
  return (pointer) => {
    const match = /^\/messages\/(\d+)/.exec(pointer);
    if (!match) return pointer;
    const index = Number(match[1]) - (hasSystem ? 1 : 0);
    const column = index < 0 ? mapping.system : index === 0 ? mapping.user : mapping.assistant;
    return `/${header[column] ?? pointer}`;
  };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) count += 1;
  return count;
}
