import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { TandemError } from "@tandem/core";
import { type DatasetRecord, exampleFormat, isPreferenceExample } from "../dataset/canonical-example";
import { allMessages } from "../dataset/example-text";
import { fileDigest } from "../dataset/file-digest";
import { writeJsonl } from "../dataset/write-jsonl";
import { type EntryReader, invalidLinesError, readExamples } from "../prepare/read-inputs";
import { type ExportFormatId, type ExportIssue, type ExportRuleId, exportFormatIds } from "./export-format";
import { exportFormats } from "./export-formats";

/** An export issue located in the input. */
export interface LocatedExportIssue extends ExportIssue {
  file: string;
  line: number;
}

export interface ExportCounts {
  /** Examples read. `examples === exported + skipped`. */
  examples: number;
  exported: number;
  skipped: number;
  /** Exported examples written with at least one difference. */
  changed: number;
  /** Issues per rule id. */
  byRule: Partial<Record<ExportRuleId, number>>;
}

export interface ConvertedRecords {
  rows: { line: number; row: Record<string, unknown> }[];
  issues: LocatedExportIssue[];
  counts: ExportCounts;
}

/** Converts records to a format: the rows to write, and every skipped or changed example with the reason. */
export function convertRecords(records: readonly DatasetRecord[], formatId: ExportFormatId): ConvertedRecords {
  const format = exportFormats[formatId];
  const rows: ConvertedRecords["rows"] = [];
  const issues: LocatedExportIssue[] = [];
  const byRule: ExportCounts["byRule"] = {};
  let changed = 0;
  for (const record of records) {
    const conversion = format.convert(record.example);
    // A skipped example is reported by why it was skipped; changes it would have had are moot.
    const reported = conversion.row ? conversion.issues : conversion.issues.filter((issue) => issue.outcome === "skipped");
    for (const issue of reported) {
      issues.push({ ...issue, file: record.file, line: record.line });
      byRule[issue.ruleId] = (byRule[issue.ruleId] ?? 0) + 1;
    }
    if (conversion.row) {
      rows.push({ line: record.line, row: conversion.row });
      if (reported.length > 0) changed += 1;
    }
  }
  return { rows, issues, counts: { examples: records.length, exported: rows.length, skipped: records.length - rows.length, changed, byRule } };
}

export interface ExportFileOptions {
  /** Canonical OpenAI chat or preference JSONL. */
  input: string;
  format: ExportFormatId;
  /** Output data file. Default: `<input stem>.<format>.jsonl` beside the input. */
  output?: string;
  /** Dataset name in `dataset_info.json` / the axolotl YAML file name. Default: the output file's stem. */
  datasetName?: string;
  /** Reader of the input. Default `readDataset` (every supported format). */
  read?: EntryReader;
}

export interface ExportReport {
  format: ExportFormatId;
  input: string;
  output: { file: string; sha256: string; bytes: number; examples: number };
  /** Config files written beside the data. */
  sidecars: string[];
  counts: ExportCounts;
  issues: LocatedExportIssue[];
}

function writeSidecar(file: string, content: string | Record<string, unknown>): void {
  if (typeof content === "string") {
    writeFileSync(file, content);
    return;
  }
  let existing: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      existing = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (error) {
      throw new TandemError({ code: "INPUT_INVALID", file, message: `cannot merge into ${file}: ${(error as Error).message}`, hint: "fix or move the existing file; it was not changed" });
    }
  }
  writeFileSync(file, `${JSON.stringify({ ...existing, ...content }, null, 2)}\n`);
}

/**
 * `tandem data export`: reads canonical JSONL, writes it in a trainer's format, writes the trainer's config
 * sidecar (axolotl YAML, LLaMA-Factory `dataset_info.json`, merged into an existing one), and reports every
 * example it skipped or changed.
 */
export async function exportDatasetFile(options: ExportFileOptions): Promise<ExportReport> {
  if (!exportFormatIds.includes(options.format)) {
    throw new TandemError({ code: "INPUT_INVALID", message: `unknown export format "${options.format}"`, hint: `use one of: ${exportFormatIds.join(", ")}` });
  }
  const read = await readExamples(options.input, "train", options.read);
  if (read.invalid.length > 0) throw invalidLinesError(options.input, read.invalid);
  const output = options.output ?? join(dirname(options.input), `${basename(options.input, extname(options.input))}.${options.format}.jsonl`);
  const converted = convertRecords(read.records, options.format);
  mkdirSync(dirname(output) || ".", { recursive: true });
  writeJsonl(output, converted.rows.map((row) => row.row));
  const kinds = new Set(read.records.map((record) => exampleFormat(record.example)));
  const sidecars: string[] = [];
  const format = exportFormats[options.format];
  if (format.sidecars && converted.rows.length > 0) {
    const exported = new Set(converted.rows.map((row) => row.line));
    const examples = read.records.filter((record) => exported.has(record.line)).map((record) => record.example);
    for (const sidecar of format.sidecars({
      dataFile: output,
      dataFileName: basename(output),
      datasetName: options.datasetName ?? basename(output, extname(output)).replace(/[^A-Za-z0-9_-]+/g, "_"),
      kind: kinds.has("preference") ? "preference" : "chat",
      hasWeights: examples.some((example) => allMessages(example).some((message) => message.weight !== undefined)),
      hasTools: examples.some((example) => (isPreferenceExample(example) ? example.input.tools : example.tools) !== undefined),
      rowKeys: [...new Set(converted.rows.flatMap((row) => Object.keys(row.row)))],
    })) {
      const file = join(dirname(output), sidecar.name);
      writeSidecar(file, sidecar.content);
      sidecars.push(file);
    }
  }
  return {
    format: options.format,
    input: options.input,
    output: { file: output, ...(await fileDigest(output)), examples: converted.rows.length },
    sidecars,
    counts: converted.counts,
    issues: converted.issues,
  };
}
