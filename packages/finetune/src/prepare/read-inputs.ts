import { readFileSync } from "node:fs";
import { formatJsonlProblem, parseJsonl, TandemError } from "@tandem/core";
import { z } from "zod";
import type { DatasetRecord } from "../dataset/canonical-example";
import { fileDigest } from "../dataset/file-digest";
import { type CanonicalEntry, readCanonicalJsonl } from "../dataset/read-canonical-jsonl";
import { referenceText } from "../dataset/reference-text";
import type { ContaminationReference } from "../hygiene/contamination";
import type { ManifestInput } from "../manifest/manifest";

/** Reads a dataset file entry by entry (`readCanonicalJsonl`, or the validator's `readDataset`). */
export type EntryReader = (file: string) => AsyncIterable<CanonicalEntry>;

export interface ReadExamples {
  records: DatasetRecord[];
  /** Lines with an error: each is dropped (and recorded) or fails the run. */
  invalid: CanonicalEntry[];
  input: ManifestInput;
}

/** Reads the train or validation file: records of the valid lines, the invalid lines, and the input's stats. */
export async function readExamples(file: string, role: "train" | "validation", read: EntryReader = readCanonicalJsonl): Promise<ReadExamples> {
  const records: DatasetRecord[] = [];
  const invalid: CanonicalEntry[] = [];
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
export function invalidLinesError(file: string, invalid: readonly CanonicalEntry[]): TandemError {
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
