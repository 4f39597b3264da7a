/**
 * A finding about a dataset: the same shape the validator (`validateDataset`) reports, so hygiene findings and
 * validation findings can be listed, filtered and counted together.
 */
export interface Finding {
  /** Stable rule id, e.g. `Q01` (see `hygieneRules`). */
  ruleId: string;
  severity: "error" | "warn" | "info";
  /** Input file, when the finding is about one. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** JSON pointer inside the line's value, e.g. `/messages/2/content`. */
  pointer?: string;
  message: string;
  /** What the user can do about it. */
  hint?: string;
  /** Where the rule is documented. */
  docs?: string;
}

const docs = "packages/finetune/README.md#dataset-hygiene";

/** The dataset-level (hygiene) rules of the reference (§2.6), with their default severities. */
export const hygieneRules = {
  Q01: { severity: "warn", title: "exact duplicate", docs },
  Q02: { severity: "warn", title: "near-duplicate", docs },
  Q03: { severity: "warn", title: "conflicting labels", docs },
  Q04: { severity: "error", title: "train / validation / eval overlap", docs },
  Q05: { severity: "info", title: "distribution", docs },
  Q06: { severity: "warn", title: "PII or secret", docs },
  Q07: { severity: "info", title: "hold-out not from the training distribution", docs },
} as const satisfies Record<string, { severity: Finding["severity"]; title: string; docs: string }>;

export type HygieneRuleId = keyof typeof hygieneRules;
