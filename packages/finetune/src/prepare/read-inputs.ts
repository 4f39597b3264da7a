import { readFileSync } from "node:fs";
import { formatJsonlProblem, parseJsonl, TandemError } from "@tandem/core";
import { z } from "zod";
import type { DatasetRecord } from "../dataset/canonical-example";
import { fileDigest } from "../dataset/file-digest";
import type { DatasetEntry } from "../readers/dataset-format";
import { readDataset } from "../readers/read-dataset";
import { createValidator } from "../validation/create-validator";
import { genericProfile } from "../profiles/generic";
import { referenceText } from "../dataset/reference-text";
import type { ContaminationReference } from "../hygiene/contamination";
import type { ManifestInput } from "../manifest/manifest";

/** One record as read: the fields of `readDataset`'s entries that preparing and exporting use. */
export type ReadEntry = Pick<DatasetEntry, "line" | "raw" | "value" | "problems">;

/** Reads a dataset file entry by entry. Default: `readDataset` (every supported format, detected from its shape) with the validator's record checks. */
export type EntryReader = (file: string) => AsyncIterable<ReadEntry>;

/**
 * `readDataset` plus the validator's record checks (generic profile): a record the validator rejects is invalid.
 * Extra top-level keys (E02) are allowed here — fields such as `metadata` drive `--stratify`/`--group-by`, and the
 * exports remove them, reporting each removal.
 */
const readAndCheck: EntryReader = async function* (file) {
  const validator = await createValidator({ profile: { ...genericProfile, name: "prepare", severities: { E02: "off" } } });
  for await (const entry of readDataset(file)) yield { ...entry, problems: validator.check(entry).findings };
};

export interface ReadExamples {
  records: DatasetRecord[];
  /** Lines with an error: each is dropped (and recorded) or fails the run. */
  invalid: ReadEntry[];
  input: ManifestInput;
}

/** Reads the train or validation file: records of the valid lines, the invalid lines, and the input's stats. */
export async function readExamples(file: string, role: "train" | "validation", read: EntryReader = readAndCheck): Promise<ReadExamples> {
  const records: DatasetRecord[] = [];
  const invalid: ReadEntry[] = [];
  let blankLines = 0;
  for await (const entry of read(file)) {
    if (entry.raw.trim() === "") blankLines += 1;
    else if (entry.value && !entry.problems.some((problem) => problem.severity === "error")) records.push({ file, line: entry.line, example: entry.value });
    else invalid.push(entry);
  }
  const digest = await fileDigest(file);
  return { records, invalid, input: { role, file, ...digest, examples: records.length + invalid.length, blankLines, invalid: invalid.length } };
}

/** The error for invalid lines when they are not to be dropped: every problem listed with line and pointer. */
export function invalidLinesError(file: string, invalid: readonly ReadEntry[]): TandemError {
  const problems = invalid.flatMap((entry) => entry.problems.filter((problem) => problem.severity === "error"));
  const listed = problems.slice(0, 10).map((problem) => formatJsonlProblem({ file, line: problem.line ?? 0, pointer: problem.pointer ?? "", message: problem.message }));
  const first = problems[0];
  return new TandemError({
    code: "INPUT_INVALID",
    file,
    ...(first?.line === undefined ? {} : { line: first.line }),
    ...(first?.pointer ? { path: first.pointer } : {}),
    message: `${invalid.length} invalid line(s) in ${file}:\n  ${listed.join("\n  ")}${problems.length > listed.length ? `\n  … and ${problems.length - listed.length} more` : ""}`,
    hint: "fix these lines, or rerun with --drop-invalid to drop them (each is recorded in the manifest); nothing was written",
  });
}

/** Reads an eval (or other held-out) JSONL file of any shape as contamination references. */
export async function readReferences(file: string, set: string): Promise<{ references: ContaminationReference[]; input: ManifestInput }> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `cannot read eval file ${file}: ${(error as Error).message}`, cause: error });
  }
  const parsed = parseJsonl(text, z.unknown(), file);
  if (parsed.problems.length > 0) {
    throw new TandemError({
      code: "INPUT_INVALID",
      file,
      line: parsed.problems[0]?.line,
      message: `${parsed.problems.length} invalid line(s) in eval file ${file}:\n  ${parsed.problems.slice(0, 10).map(formatJsonlProblem).join("\n  ")}`,
      hint: "each line of an eval file must be one JSON value",
    });
  }
  const references = parsed.records.map((record) => ({ set, file, line: record.line, text: referenceText(record.value) }));
  const digest = await fileDigest(file);
  return { references, input: { role: "eval-reference", file, ...digest, examples: references.length, blankLines: parsed.blankLines, invalid: 0 } };
}
