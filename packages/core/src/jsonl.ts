import type { z } from "zod";
import { TandemError } from "./errors";
import { describeZodIssue, toJsonPointer } from "./issues";

/** A problem on one line of a JSONL file. */
export interface JsonlProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** JSON pointer of the bad value, `""` for the whole line. */
  pointer: string;
  message: string;
}

export interface JsonlRecord<T> {
  line: number;
  value: T;
}

export interface JsonlParseResult<T> {
  records: JsonlRecord<T>[];
  problems: JsonlProblem[];
  /** Blank lines passed over (counted, never silently). */
  blankLines: number;
}

/**
 * Parses JSONL text line by line against a zod schema, collecting every problem (never stopping at the first).
 * Blank lines are counted and skipped.
 */
export function parseJsonl<S extends z.ZodType>(text: string, schema: S, file: string): JsonlParseResult<z.output<S>> {
  const records: JsonlRecord<z.output<S>>[] = [];
  const problems: JsonlProblem[] = [];
  let blankLines = 0;
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = index === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    if (content.trim() === "") {
      blankLines += 1;
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      problems.push({ file, line, pointer: "", message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line, pointer: toJsonPointer(issue.path), message: describeZodIssue(issue) });
      }
      return;
    }
    records.push({ line, value: parsed.data });
  });
  return { records, problems, blankLines };
}

/** One line per problem: `file:line /pointer: message`. */
export function formatJsonlProblem(problem: JsonlProblem): string {
  return `${problem.file}:${problem.line}${problem.pointer ? ` ${problem.pointer}` : ""}: ${problem.message}`;
}

/**
 * Like `parseJsonl`, but any problem is an error: throws one `INPUT_INVALID` TandemError naming the file,
 * the first bad line and listing up to `maxListed` problems.
 */
export function parseJsonlStrict<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  options: { hint?: string; maxListed?: number } = {},
): JsonlRecord<z.output<S>>[] {
  const result = parseJsonl(text, schema, file);
  const first = result.problems[0];
  if (first) {
    const maxListed = options.maxListed ?? 10;
    const listed = result.problems.slice(0, maxListed).map(formatJsonlProblem);
    const more = result.problems.length - listed.length;
    throw new TandemError({
      code: "INPUT_INVALID",
      file,
      line: first.line,
      path: first.pointer || undefined,
      message: `${result.problems.length} invalid line(s) in ${file}:\n  ${listed.join("\n  ")}${more > 0 ? `\n  … and ${more} more` : ""}`,
      hint: options.hint ?? "fix the lines listed above; nothing was loaded from this file",
    });
  }
  return result.records;
}
