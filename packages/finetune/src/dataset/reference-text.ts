import type { CanonicalExample } from "./canonical-example";
import { userAssistantText } from "./example-text";

/** Keys whose string values carry an eval item's text, in the order they are joined. */
const textKeys = ["instruction", "question", "query", "prompt", "input", "context", "output", "answer", "response", "completion", "chosen", "text"];

/**
 * The text of any held-out JSONL item, for contamination checks: chat and preference examples give their user
 * and assistant messages; other objects give the string values of the usual text keys (`question`, `query`,
 * `prompt`, `answer`, …), or all their string values when none of those keys is present.
 */
export function referenceText(value: unknown): string {
  if (!value || typeof value !== "object") return typeof value === "string" ? value : "";
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.messages) || (record.input && typeof record.input === "object" && Array.isArray(record.preferred_output))) {
    return userAssistantText(record as unknown as CanonicalExample);
  }
  const known = textKeys.map((key) => record[key]).filter((item): item is string => typeof item === "string");
  if (known.length > 0) return known.join("\n");
  return Object.values(record).filter((item): item is string => typeof item === "string").join("\n");
}
