import type { Finding } from "../validation/finding";
import { findingFor } from "../validation/rule-registry";
import { convertAlpaca } from "./convert/convert-alpaca";
import { convertPromptCompletion } from "./convert/convert-prompt-completion";
import { convertShareGpt } from "./convert/convert-sharegpt";
import type { Conversion } from "./convert/conversion";
import type { CanonicalExample } from "../dataset/canonical-example";
import { type DatasetEntry, type DatasetFormat, detectRecordFormat } from "./dataset-format";

const converters: Partial<Record<DatasetFormat, (record: Record<string, unknown>) => Conversion>> = {
  "prompt-completion": convertPromptCompletion,
  sharegpt: convertShareGpt,
  alpaca: convertAlpaca,
};

/**
 * Decides a file's format (the `--format` given, else the first record whose keys tell), flags records of
 * another shape (F07), and converts each record to its canonical OpenAI shape.
 */
export class FormatTracker {
  private format: DatasetFormat | undefined;

  constructor(private readonly explicit: DatasetFormat | undefined) {
    this.format = explicit;
  }

  /** The file's format so far (`openai-chat` until a record tells). */
  get current(): DatasetFormat {
    return this.format ?? "openai-chat";
  }

  /** Builds the entry for one parsed record. */
  entry(line: number, raw: string, record: Record<string, unknown>, problems: Finding[]): DatasetEntry {
    const detected = detectRecordFormat(record);
    if (this.format === undefined && detected !== undefined) this.format = detected;
    const format = this.current;
    if (detected !== undefined && detected !== format) {
      problems.push(
        findingFor("F07", {
          line,
          pointer: "",
          message: `this record is ${detected} but the file is ${format}${this.explicit ? " (--format)" : " (from its first record)"}`,
        }),
      );
      return { line, format, raw, problems };
    }
    const converter = converters[format];
    if (!converter) return { line, format, raw, value: canonicalPreference(format, record, line, problems), problems };
    const conversion = converter(record);
    for (const problem of conversion.problems) problems.push({ ...problem, line });
    return { line, format, raw, value: conversion.value, problems, sourcePointer: conversion.sourcePointer };
  }
}

const aliases: Readonly<Record<string, string>> = { preferred_completion: "preferred_output", non_preferred_completion: "non_preferred_output" };

/** DPO records written with the Dec-2024 spec names get them renamed (with a P01 warning); others pass as-is. */
function canonicalPreference(format: DatasetFormat, record: Record<string, unknown>, line: number, problems: Finding[]): CanonicalExample {
  if (format !== "openai-dpo" || !("preferred_completion" in record || "non_preferred_completion" in record)) return record as unknown as CanonicalExample;
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const alias = aliases[key];
    if (alias && !(alias in record)) {
      problems.push(findingFor("P01", { line, pointer: `/${key}`, severity: "warn", message: `"${key}" is the old name of "${alias}"; read as ${alias}` }));
      renamed[alias] = value;
    } else {
      renamed[key] = value;
    }
  }
  return renamed as unknown as CanonicalExample;
}
