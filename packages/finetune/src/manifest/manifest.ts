import type { Finding } from "../dataset/finding";
import type { SplitReport, SplitSide } from "../split/split-dataset";

/** What happened to an example (or to part of it). */
export type ManifestAction = "dropped" | "masked" | "fixed" | "truncated" | "flagged";

/** One thing prepare did to (or noticed about) one example: nothing is dropped, changed or masked without one. */
export interface ManifestEntry {
  action: ManifestAction;
  /** Rule id (`Q01`…`Q07` hygiene, `F02` unreadable line, `E02` extra top-level key). */
  ruleId: string;
  /** Stable reason code, counted in `counts.byReason` (e.g. `exact-duplicate`, `overlaps-eval`, `pii-masked`). */
  reason: string;
  /** Readable explanation. */
  message: string;
  file: string;
  line: number;
  /** JSON pointer inside the example, when the entry is about one value. */
  pointer?: string;
  /** Examples this one relates to (the kept duplicate, the eval item it overlaps, …). */
  related?: { file: string; line: number }[];
  /** Rule-specific details (similarity, placeholder, detector, …). Never a detected PII value. */
  details?: Record<string, unknown>;
}

export interface ManifestInput {
  role: "train" | "validation" | "eval-reference";
  file: string;
  sha256: string;
  bytes: number;
  /** Non-blank lines (each one example, valid or not). */
  examples: number;
  blankLines: number;
  invalid: number;
}

export interface ManifestOutput {
  side: SplitSide;
  file: string;
  sha256: string;
  bytes: number;
  examples: number;
}

export interface ManifestCounts {
  /** Examples read from the train and validation inputs. `input === kept + dropped`. */
  input: number;
  kept: number;
  dropped: number;
  keptBySide: Partial<Record<SplitSide, number>>;
  byAction: Partial<Record<ManifestAction, number>>;
  /** Entries per `action/reason`, e.g. `dropped/exact-duplicate`. */
  byReason: Record<string, number>;
  /** Dropped examples per rule id. */
  droppedByRule: Record<string, number>;
}

/** The manifest `tandem data prepare` writes beside the dataset: what went in, what came out, and why. */
export interface PrepareManifest {
  manifestVersion: 1;
  tool: { name: "@tandem/finetune"; command: "prepare" };
  createdAt: string;
  /** The options of the run (seed, ratios, thresholds, modes). */
  options: Record<string, unknown>;
  inputs: ManifestInput[];
  outputs: ManifestOutput[];
  counts: ManifestCounts;
  split: SplitReport | { sizes: Partial<Record<SplitSide, number>>; givenValidation: true };
  hygiene: Record<string, unknown>;
  /** Dataset-level findings (not tied to one example): distribution warnings, Q07 coverage, … */
  findings: Finding[];
  entries: ManifestEntry[];
}

/**
 * Collects manifest entries while prepare runs and guarantees the bookkeeping: an example is dropped at most
 * once, and the counts are derived from the entries, so they cannot drift from them.
 */
export class ManifestRecorder {
  readonly entries: ManifestEntry[] = [];
  private readonly droppedKeys = new Set<string>();

  record(entry: ManifestEntry): void {
    if (entry.action === "dropped") {
      const key = `${entry.file}\u0000${entry.line}`;
      if (this.droppedKeys.has(key)) throw new Error(`internal: ${entry.file}:${entry.line} dropped twice`);
      this.droppedKeys.add(key);
    }
    this.entries.push(entry);
  }

  isDropped(file: string, line: number): boolean {
    return this.droppedKeys.has(`${file}\u0000${line}`);
  }

  counts(input: number, keptBySide: Partial<Record<SplitSide, number>>): ManifestCounts {
    const byAction: ManifestCounts["byAction"] = {};
    const byReason: Record<string, number> = {};
    const droppedByRule: Record<string, number> = {};
    for (const entry of this.entries) {
      byAction[entry.action] = (byAction[entry.action] ?? 0) + 1;
      byReason[`${entry.action}/${entry.reason}`] = (byReason[`${entry.action}/${entry.reason}`] ?? 0) + 1;
      if (entry.action === "dropped") droppedByRule[entry.ruleId] = (droppedByRule[entry.ruleId] ?? 0) + 1;
    }
    const kept = Object.values(keptBySide).reduce((sum, count) => sum + (count ?? 0), 0);
    return { input, kept, dropped: this.droppedKeys.size, keptBySide, byAction, byReason, droppedByRule };
  }
}
