import type { CanonicalMessage } from "../dataset/canonical-example";
import type { ExportIssue } from "./export-format";

/**
 * A message's content as one string, for formats whose messages are plain text. Multi-part text content is
 * joined (reported as `changed`); a non-text part (an image) makes the example unrepresentable (`skipped`).
 * Returns undefined when the example must be skipped.
 */
export function plainContent(message: CanonicalMessage, pointer: string, issues: ExportIssue[]): string | undefined {
  const content = message.content;
  if (typeof content === "string") return content;
  if (content === null || content === undefined) return "";
  const nonText = content.findIndex((part) => part.type !== "text");
  if (nonText >= 0) {
    issues.push({ ruleId: "X05", outcome: "skipped", pointer: `${pointer}/content/${nonText}`, message: `a ${content[nonText]?.type} content part cannot be represented` });
    return undefined;
  }
  issues.push({ ruleId: "X05", outcome: "changed", pointer: `${pointer}/content`, message: `${content.length} text part(s) joined into one string` });
  return content.map((part) => part.text ?? "").join("");
}

/** Reports message fields a format drops (`name`, `refusal`, and any non-OpenAI key). */
export function reportDroppedMessageFields(message: CanonicalMessage, pointer: string, kept: readonly string[], issues: ExportIssue[]): void {
  for (const key of Object.keys(message)) {
    if (kept.includes(key) || message[key] === undefined) continue;
    if (key === "weight" && message.weight === 1) continue;
    issues.push({
      ruleId: key === "weight" ? "X03" : "X04",
      outcome: "changed",
      pointer: `${pointer}/${key}`,
      message: key === "weight" ? "weight 0 dropped: the format has no per-message weight, so this message will be trained" : `"${key}" dropped: the format has no place for it`,
    });
  }
}

/** Reports top-level fields a format drops. */
export function reportDroppedTopLevelFields(example: Record<string, unknown>, kept: readonly string[], issues: ExportIssue[], pointer = ""): void {
  for (const key of Object.keys(example)) {
    if (!kept.includes(key) && example[key] !== undefined) issues.push({ ruleId: "X07", outcome: "changed", pointer: `${pointer}/${key}`, message: `"${key}" dropped: the format has no place for it` });
  }
}

/** Copies only `keys` of an object (those present). */
export function pick<Value extends Record<string, unknown>>(value: Value, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => value[key] !== undefined).map((key) => [key, value[key]]));
}

/** The column mapping restricted to the columns some row has (LLaMA-Factory fails on a declared but absent column). */
export function presentColumns(columns: Record<string, string>, rowKeys: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(columns).filter(([, column]) => rowKeys.includes(column)));
}
