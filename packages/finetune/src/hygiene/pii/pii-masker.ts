import { toJsonPointer } from "@tandem/core";
import type { CanonicalExample } from "../../dataset/canonical-example";
import { detectPii, type PiiKind, piiKinds } from "./pii-detectors";

/** One PII / secret occurrence in an example. The detected value itself is never kept. */
export interface PiiOccurrence {
  kind: PiiKind;
  detector: string;
  /** JSON pointer of the string it is in, e.g. `/messages/1/content`. */
  pointer: string;
  /** UTF-16 offsets in that string (before masking). */
  start: number;
  end: number;
  /** The consistent placeholder, e.g. `<EMAIL_1>`. */
  placeholder: string;
}

export interface PiiMaskerOptions {
  /** Kinds to detect. Default: all (`email`, `phone`, `credit_card`, `iban`, `ip_address`, `secret`). */
  kinds?: readonly PiiKind[];
}

/** Keys whose string values are structure, not text (roles, ids, function names). */
const structuralKeys = new Set(["role", "type", "id", "tool_call_id", "name"]);

/**
 * Detects PII and secrets and replaces each with a placeholder that is consistent across the whole dataset:
 * the same e-mail address becomes the same `<EMAIL_1>` in every example and every file masked with this masker,
 * so a model learns the structure, not the data. Every occurrence is returned (kind, pointer, placeholder) —
 * nothing is masked silently — and the detected values are never stored.
 */
export class PiiMasker {
  private readonly kinds: readonly PiiKind[];
  private readonly placeholders = new Map<string, string>();
  private readonly counters = new Map<PiiKind, number>();
  private readonly occurrences = new Map<PiiKind, number>();

  constructor(options: PiiMaskerOptions = {}) {
    this.kinds = options.kinds ?? piiKinds;
  }

  /** The placeholder of an entity, assigned on first sight: `<KIND_n>`. */
  private placeholderFor(kind: PiiKind, key: string): string {
    const identity = `${kind}\u0000${key}`;
    let placeholder = this.placeholders.get(identity);
    if (!placeholder) {
      const next = (this.counters.get(kind) ?? 0) + 1;
      this.counters.set(kind, next);
      placeholder = `<${kind.toUpperCase()}_${next}>`;
      this.placeholders.set(identity, placeholder);
    }
    this.occurrences.set(kind, (this.occurrences.get(kind) ?? 0) + 1);
    return placeholder;
  }

  /** Masks one string; returns the new text and the occurrences (pointer left empty). */
  maskText(text: string): { text: string; occurrences: PiiOccurrence[] } {
    const spans = detectPii(text, this.kinds);
    if (spans.length === 0) return { text, occurrences: [] };
    const occurrences: PiiOccurrence[] = [];
    let masked = "";
    let position = 0;
    for (const span of spans) {
      const placeholder = this.placeholderFor(span.kind, span.key);
      occurrences.push({ kind: span.kind, detector: span.detector, pointer: "", start: span.start, end: span.end, placeholder });
      masked += text.slice(position, span.start) + placeholder;
      position = span.end;
    }
    return { text: masked + text.slice(position), occurrences };
  }

  /**
   * Masks every text string of an example (message contents, text parts, tool-call arguments, tool
   * descriptions, side data) and returns a masked copy with the occurrences; the input is not changed.
   */
  maskExample<Example extends CanonicalExample>(example: Example): { example: Example; occurrences: PiiOccurrence[] } {
    const occurrences: PiiOccurrence[] = [];
    const walk = (value: unknown, path: (string | number)[]): unknown => {
      if (typeof value === "string") {
        const key = path.at(-1);
        if (typeof key === "string" && structuralKeys.has(key)) return value;
        const result = this.maskText(value);
        for (const occurrence of result.occurrences) occurrences.push({ ...occurrence, pointer: toJsonPointer(path) });
        return result.text;
      }
      if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
      if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]));
      return value;
    };
    return { example: walk(example, []) as Example, occurrences };
  }

  /** Per kind: occurrences seen and distinct entities (placeholders) assigned. */
  counts(): Record<PiiKind, { occurrences: number; distinct: number }> {
    return Object.fromEntries(
      piiKinds.map((kind) => [kind, { occurrences: this.occurrences.get(kind) ?? 0, distinct: this.counters.get(kind) ?? 0 }]),
    ) as Record<PiiKind, { occurrences: number; distinct: number }>;
  }
}

/** `text` with every detected PII / secret span replaced by `<KIND>` (for reports that quote data). */
export function redactPii(text: string): string {
  let redacted = "";
  let position = 0;
  for (const span of detectPii(text)) {
    redacted += `${text.slice(position, span.start)}<${span.kind.toUpperCase()}>`;
    position = span.end;
  }
  return redacted + text.slice(position);
}
