import type { DatasetFormat } from "../readers/dataset-format";
import type { DatasetLayout } from "../readers/read-dataset";
import type { TokenReport } from "../tokens/token-tally";
import type { Finding, Severity } from "./finding";

/** Everything `validateDataset` found about one file. */
export interface ValidationReport {
  file: string;
  /** The provider profile's name. */
  profile: string;
  format: DatasetFormat;
  layout: DatasetLayout;
  /** File size in bytes. */
  bytes: number;
  /** Records read (including unreadable ones). */
  records: number;
  /** Records read into an example (the rest could not be read; their findings say why). */
  examples: number;
  /** Examples with at least one error. */
  examplesWithErrors: number;
  /** True when there is no error-severity finding. */
  valid: boolean;
  /** Findings per severity (all of them, including those left out of `findings`). */
  counts: Record<Severity, number>;
  /** Findings per rule id and severity. */
  rules: Record<string, Record<Severity, number>>;
  /** The findings, file-level first then by line; at most `maxFindingsPerRule` per rule. */
  findings: Finding[];
  /** Findings counted but left out of `findings` by the per-rule cap. */
  omittedFindings: number;
  tokens: TokenReport;
  /** The profile's notes that apply to the model (values assumed rather than documented). */
  notes: string[];
}
