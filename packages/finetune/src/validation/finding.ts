/** How bad a finding is: `error` blocks an upload (exit code 1), `warn` is worth fixing, `info` is a note. */
export type Severity = "error" | "warn" | "info";

/**
 * One problem (or note) about a dataset file, located by the line where its record starts and a JSON pointer
 * into that record (`line 37 /messages/3/tool_calls/0/function/arguments`).
 */
export interface Finding {
  /** Stable rule id from the rule registry (`F01`, `E07`, `T04`, …). */
  ruleId: string;
  severity: Severity;
  /** Input file, when the finding is about one of several (e.g. `data prepare`'s train / validation / eval files). */
  file?: string;
  /** 1-based line where the record starts (absent for whole-file findings such as F04). */
  line?: number;
  /** RFC 6901 pointer into the record as written in the file (`""` or absent for the whole record). */
  pointer?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Where the rule is documented. */
  docs?: string;
}
