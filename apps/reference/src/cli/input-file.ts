import { readFileSync } from "node:fs";
import { parseJsonl, TandemError } from "@tandem/core";
import { z } from "zod";
import type { Output } from "./output";

const queryLineSchema = z.looseObject({ query: z.string().min(1, "query must not be empty") });

/**
 * The `--input FILE.jsonl` mode: one `{"query": ...}` per line in, one JSON result per line out, in order.
 * A bad line yields `{"line": n, "error": {...}}` in its place (nothing is dropped); returns the exit code.
 */
export async function runJsonlInput(
  file: string,
  output: Output,
  handle: (query: string, record: Record<string, unknown>) => Promise<unknown>,
): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `cannot read input: ${(error as Error).message}` });
  }
  const parsed = parseJsonl(text, queryLineSchema, file);
  const items = [
    ...parsed.records.map((record) => ({ line: record.line, record: record.value as Record<string, unknown> })),
    ...parsed.problems.map((problem) => ({ line: problem.line, problem })),
  ].sort((left, right) => left.line - right.line);
  let failed = 0;
  const seen = new Set<number>();
  for (const item of items) {
    if (seen.has(item.line)) continue;
    seen.add(item.line);
    if ("problem" in item) {
      failed += 1;
      const problem = item.problem;
      output.line({
        line: item.line,
        error: { code: "INPUT_INVALID", file, line: problem.line, path: problem.pointer || undefined, message: problem.message },
      });
      continue;
    }
    try {
      const result = await handle(String(item.record.query), item.record);
      output.line({ line: item.line, ...(result as object) });
    } catch (error) {
      failed += 1;
      const tandemError = TandemError.isInstance(error) ? error : new TandemError({ code: "INTERNAL", message: String((error as Error)?.message ?? error) });
      output.line({ line: item.line, error: tandemError.toJSON() });
    }
  }
  output.log(`${seen.size - failed} of ${seen.size} line(s) answered${failed ? `, ${failed} failed (see their "error" field)` : ""}${parsed.blankLines ? `; ${parsed.blankLines} blank line(s) skipped` : ""}`);
  return failed > 0 ? 1 : 0;
}

/**
 * A command that takes one query as its argument, or many with `--input FILE.jsonl`: the result of one query is
 * printed (JSON with --json, else its human form), each line of a file as a JSON line. Returns the exit code.
 */
export async function runQueries(
  output: Output,
  query: string | undefined,
  input: string | undefined,
  handle: (query: string) => Promise<{ value: unknown; human: () => string }>,
): Promise<number> {
  if (input) return runJsonlInput(input, output, async (text) => (await handle(text)).value);
  if (!query) {
    output.log("error: give a query, or --input FILE.jsonl");
    return 2;
  }
  const { value, human } = await handle(query);
  output.result(value, human);
  return 0;
}
