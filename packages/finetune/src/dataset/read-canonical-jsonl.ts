import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseJsonl, TandemError } from "@tandem/core";
import { z } from "zod";
import { type CanonicalExample, type ExampleFormat, exampleFormat } from "./canonical-example";
import type { Finding } from "./finding";

/**
 * THE one place `data prepare` and `data export` read their input. It reads canonical OpenAI chat or
 * preference JSONL line by line (streaming) and yields one entry per line, in the same shape as the validator's
 * `readDataset` (`{line, format, raw, value?, problems}`), so swapping it for `readDataset` is a one-line change.
 * It checks only the shape the pipeline needs; full validation is `validateDataset`'s job.
 */
export interface CanonicalEntry {
  /** 1-based line number. */
  line: number;
  format: ExampleFormat | "unknown";
  /** The line's text (BOM removed). */
  raw: string;
  /** The parsed example; absent when the line is blank or has an error. */
  value?: CanonicalExample;
  problems: Finding[];
}

const toolCallSchema = z.looseObject({
  id: z.string(),
  type: z.literal("function"),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});
const messageSchema = z.looseObject({
  role: z.enum(["system", "user", "assistant", "tool", "function"]),
  content: z.union([z.string(), z.null(), z.array(z.looseObject({ type: z.string() }))]).optional(),
  weight: z.number().optional(),
  tool_calls: z.array(toolCallSchema).optional(),
});
const toolSchema = z.looseObject({ type: z.literal("function"), function: z.looseObject({ name: z.string() }) });
const supervisedSchema = z.looseObject({
  messages: z.array(messageSchema).min(1, "messages must not be empty"),
  tools: z.array(toolSchema).optional(),
});
const preferenceSchema = z.looseObject({
  input: z.looseObject({ messages: z.array(messageSchema).min(1, "input.messages must not be empty"), tools: z.array(toolSchema).optional() }),
  preferred_output: z.array(messageSchema).min(1),
  non_preferred_output: z.array(messageSchema).min(1),
});

/** A chat example (`messages`) or a preference example (`input` + outputs), chosen by the keys present. */
const canonicalExampleSchema = z.looseObject({}).transform((value, context) => {
  const preference = "input" in value || "preferred_output" in value || "non_preferred_output" in value;
  if (!preference && !("messages" in value)) {
    context.addIssue({ code: "custom", path: [], message: 'expected {"messages": [...]} or {"input": {...}, "preferred_output": [...], "non_preferred_output": [...]}' });
    return z.NEVER;
  }
  const parsed = (preference ? preferenceSchema : supervisedSchema).safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) context.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  }
  return parsed.data as unknown as CanonicalExample;
});

/** Reads canonical OpenAI chat / preference JSONL, one entry per line (blank lines included, flagged F03). */
export async function* readCanonicalJsonl(file: string): AsyncGenerator<CanonicalEntry> {
  const stream = createReadStream(file, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("ready", () => resolve());
    stream.once("error", (error) => reject(error));
  });
  try {
    await opened;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TandemError({
      code: code === "ENOENT" ? "SOURCE_NOT_FOUND" : "SOURCE_UNREADABLE",
      file,
      message: code === "ENOENT" ? `file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}`,
      cause: error,
    });
  }
  let line = 0;
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  while (true) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (error) {
      throw new TandemError({ code: "SOURCE_UNREADABLE", file, line: line + 1, message: `cannot read ${file}: ${(error as Error).message}`, cause: error });
    }
    if (next.done) break;
    const text = next.value;
    line += 1;
    const raw = line === 1 ? text.replace(/^\uFEFF/, "") : text;
    if (raw.trim() === "") {
      yield { line, format: "unknown", raw, problems: [{ ruleId: "F03", severity: "warn", file, line, message: "blank line (skipped)" }] };
      continue;
    }
    const parsed = parseJsonl(raw, canonicalExampleSchema, file);
    const record = parsed.records[0];
    if (record) {
      yield { line, format: exampleFormat(record.value), raw, value: record.value, problems: [] };
      continue;
    }
    yield {
      line,
      format: "unknown",
      raw,
      problems: parsed.problems.map((problem) => ({
        ruleId: "F02",
        severity: "error" as const,
        file,
        line,
        ...(problem.pointer ? { pointer: problem.pointer } : {}),
        message: problem.message,
      })),
    };
  }
}
