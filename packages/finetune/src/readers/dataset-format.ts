import type { CanonicalExample } from "../dataset/canonical-example";
import type { Finding } from "../validation/finding";

/** The file formats Tandem reads. Every one is converted to the OpenAI JSON shapes (SFT chat or DPO). */
/** The dataset formats the readers know. */
export const datasetFormats = ["openai-chat", "openai-dpo", "prompt-completion", "sharegpt", "alpaca", "csv"] as const;

export type DatasetFormat = (typeof datasetFormats)[number];

/** One record of a dataset file, with the problems found while reading it. */
export interface DatasetEntry {
  /** 1-based line where the record starts. */
  line: number;
  /** The file's format (every entry of a file has the same one; a record of another shape is an F07 error). */
  format: DatasetFormat;
  /** The record's text as written (for CSV, the row). */
  raw: string;
  /** The record in its canonical OpenAI shape; absent when it could not be read (see `problems`). */
  value?: CanonicalExample;
  /** Problems found while reading: encoding, JSON, duplicate keys, raw weight tokens, format. */
  problems: Finding[];
  /** Maps a pointer into `value` to the pointer into the record as written (identity for OpenAI formats). */
  sourcePointer?: (pointer: string) => string;
}

/** The format a parsed record's keys suggest, or undefined when none fits. */
export function detectRecordFormat(record: unknown): DatasetFormat | undefined {
  if (record === null || typeof record !== "object" || Array.isArray(record)) return undefined;
  const keys = record as Record<string, unknown>;
  if ("messages" in keys) return "openai-chat";
  if ("preferred_output" in keys || "non_preferred_output" in keys || "preferred_completion" in keys || "non_preferred_completion" in keys) return "openai-dpo";
  if ("conversations" in keys) return "sharegpt";
  if ("instruction" in keys) return "alpaca";
  if ("prompt" in keys || "completion" in keys) return "prompt-completion";
  return undefined;
}

/** True for formats whose canonical shape is a preference (DPO) example. */
export function isPreferenceFormat(format: DatasetFormat): boolean {
  return format === "openai-dpo";
}
