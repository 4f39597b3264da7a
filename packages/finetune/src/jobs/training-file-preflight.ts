// Cheap checks of a file before it is uploaded for a job: it exists, is not empty, fits the Files API, has the
// `.jsonl` extension the API requires, and its first example has the shape the method trains on. Full validation
// (every rule, every line) is `tandem data validate`; this catches the mistakes that waste an upload.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { TandemError } from "@tandem/core";
import type { TuningMethod } from "./job-parameters";

/** The Files API's size limit (larger files need the Uploads API). */
export const maxUploadBytes = 512 * 1024 * 1024;

/** Checks a training or validation file for `method`; throws INPUT_INVALID (or SOURCE_NOT_FOUND) naming the file. */
export function preflightTrainingFile(file: string, method: TuningMethod, role: "training" | "validation" = "training"): { bytes: number } {
  let bytes: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new TandemError({ code: "INPUT_INVALID", file, message: `${role} data is not a file: ${file}` });
    bytes = stats.size;
  } catch (error) {
    if (TandemError.isInstance(error)) throw error;
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `${role} data not found: ${file}`, hint: "check the path", cause: error });
  }
  const fail = (message: string, hint: string, line?: number, path?: string): never => {
    throw new TandemError({ code: "INPUT_INVALID", file, ...(line ? { line } : {}), ...(path ? { path } : {}), message, hint });
  };
  if (!file.endsWith(".jsonl")) fail(`${role} data must be a .jsonl file for the fine-tuning API`, "rename or convert it (tandem data export writes .jsonl)");
  if (bytes === 0) fail(`${role} data is empty`, "add examples (at least 10 for OpenAI)");
  if (bytes > maxUploadBytes) fail(`${role} data is ${(bytes / 1024 / 1024).toFixed(0)} MB; the Files API takes at most 512 MB`, "split the dataset or use a provider's multipart Uploads API");

  const { text, line } = firstLine(file);
  let example: unknown;
  try {
    example = JSON.parse(text);
  } catch (error) {
    return fail(`line ${line} is not valid JSON (${(error as Error).message})`, "run `tandem data validate` on the file for every problem", line);
  }
  const row = (typeof example === "object" && example !== null ? example : {}) as Record<string, unknown>;
  if (method === "dpo" && !("input" in row && ("preferred_output" in row || "preferred_completion" in row))) {
    fail(
      `method dpo needs preference rows {input, preferred_output, non_preferred_output}, but line ${line} has ${describeKeys(row)}`,
      "use --method supervised for chat examples, or give a DPO preference file",
      line,
    );
  }
  if (method === "supervised" && !("messages" in row)) {
    fail(
      `method supervised needs chat rows {messages: [...]}, but line ${line} has ${describeKeys(row)}`,
      "use --method dpo for preference rows, or give a chat SFT file",
      line,
    );
  }
  return { bytes };
}

function describeKeys(row: Record<string, unknown>): string {
  const keys = Object.keys(row);
  return keys.length === 0 ? "no keys" : `keys ${keys.slice(0, 5).join(", ")}`;
}

/** The first non-blank line (read in blocks, so a huge file is not loaded whole). */
function firstLine(file: string): { text: string; line: number } {
  const descriptor = openSync(file, "r");
  try {
    const block = Buffer.alloc(1 << 16);
    const decoder = new StringDecoder("utf8");
    let pending = "";
    let line = 1;
    for (let position = 0; ; ) {
      const read = readSync(descriptor, block, 0, block.length, position);
      if (read === 0) return { text: (pending + decoder.end()).replace(/^\uFEFF/, ""), line };
      position += read;
      pending += decoder.write(block.subarray(0, read));
      for (let newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n")) {
        const text = pending.slice(0, newline).replace(/\r$/, "").replace(/^\uFEFF/, "");
        if (text.trim() !== "") return { text, line };
        pending = pending.slice(newline + 1);
        line += 1;
      }
    }
  } finally {
    closeSync(descriptor);
  }
}
