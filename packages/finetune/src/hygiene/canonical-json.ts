import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { CanonicalExample } from "../dataset/canonical-example";
import { normalizeWhitespace } from "./normalize-text";

/** Deep copy of a JSON value with every string whitespace-normalised and NFC-normalised. */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === "string") return normalizeWhitespace(value);
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.normalize("NFC"), normalizeStrings(inner)]));
  }
  return value;
}

/**
 * Canonical JSON of an example (RFC 8785 JSON Canonicalization Scheme via `canonicalize`: sorted keys, fixed
 * number form) after normalising every string (NFC, collapsed whitespace). Two examples that differ only in
 * key order, spacing or Unicode composition have the same canonical JSON.
 *
 * Only the OpenAI keys take part (`messages`, `tools`, `parallel_tool_calls`, or the preference keys);
 * side data such as `metadata` does not make two examples different.
 */
export function canonicalExampleJson(example: CanonicalExample): string {
  const { messages, tools, parallel_tool_calls, functions, input, preferred_output, non_preferred_output } = example as Record<string, unknown>;
  const core = { messages, tools, parallel_tool_calls, functions, input, preferred_output, non_preferred_output };
  return canonicalize(normalizeStrings(core)) ?? "null";
}

/** sha256 (hex) of `canonicalExampleJson(example)`. */
export function exampleHash(example: CanonicalExample): string {
  return createHash("sha256").update(canonicalExampleJson(example)).digest("hex");
}
