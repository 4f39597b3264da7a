import type { CanonicalExample, ExampleFormat } from "../dataset/canonical-example";

/** The trainers and services `data export` writes for. */
export const exportFormatIds = ["openai", "together", "fireworks", "axolotl", "llama-factory-sharegpt", "llama-factory-alpaca"] as const;
export type ExportFormatId = (typeof exportFormatIds)[number];

/**
 * What an export could not carry over. `skipped`: the example is not written (the format cannot represent
 * it); `changed`: it is written with the difference described. Either way it is counted and listed.
 */
export const exportRules = {
  X01: "tool calls or tool messages the format cannot represent",
  X02: "a turn order the format cannot represent (roles must alternate, start with the user, end with the assistant)",
  X03: "per-message weight the format cannot represent (weight 0 would be trained)",
  X04: "message field the format has no place for (name, refusal, …)",
  X05: "multi-part content (text parts are joined; images cannot be represented)",
  X06: "tool-call ids the format does not keep (regenerated on import)",
  X07: "top-level field the format has no place for",
  X08: "preference (DPO) examples the format does not support",
} as const;
export type ExportRuleId = keyof typeof exportRules;

export interface ExportIssue {
  ruleId: ExportRuleId;
  outcome: "skipped" | "changed";
  /** JSON pointer in the canonical example. */
  pointer?: string;
  message: string;
}

/** One example converted: the row to write (absent when skipped) and every difference. */
export interface ExportConversion {
  row?: Record<string, unknown>;
  issues: ExportIssue[];
}

/** What a sidecar file generator knows about the exported data. */
export interface ExportSidecarContext {
  /** Path of the data file as given (axolotl resolves it from where it runs). */
  dataFile: string;
  /** File name of the data file (LLaMA-Factory resolves it from the dataset_info.json directory). */
  dataFileName: string;
  /** Dataset name for registries (`dataset_info.json`). */
  datasetName: string;
  kind: ExampleFormat;
  /** Whether any exported message carries a weight / any example has tools. */
  hasWeights: boolean;
  hasTools: boolean;
  /** Top-level keys present in at least one written row (a declared column missing from every row breaks loaders). */
  rowKeys: readonly string[];
}

export interface ExportSidecar {
  /** File name, written in the data file's directory. */
  name: string;
  /** JSON files are merged into an existing file of the same name (other datasets kept); text files replaced. */
  content: string | Record<string, unknown>;
}

export interface ExportFormat {
  id: ExportFormatId;
  description: string;
  /** Example kinds the format can carry. */
  supports: readonly ExampleFormat[];
  /** Converts one canonical example. Never throws for unrepresentable data: it reports it. */
  convert(example: CanonicalExample): ExportConversion;
  /** Reads one exported row back into the canonical form (the round-trip tests use it). */
  parse(row: Record<string, unknown>): CanonicalExample;
  /** Config files a trainer needs beside the data (axolotl YAML, LLaMA-Factory `dataset_info.json`). */
  sidecars?(context: ExportSidecarContext): ExportSidecar[];
}
