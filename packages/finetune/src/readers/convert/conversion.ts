import type { Finding } from "../../validation/finding";
import { findingFor } from "../../validation/rule-registry";
import type { SupervisedExample } from "../../dataset/canonical-example";

/** A record converted to the canonical OpenAI chat shape, with a way back to the record's own pointers. */
export interface Conversion {
  value: SupervisedExample;
  /** Maps a pointer into `value` to the pointer into the record as written. */
  sourcePointer: (pointer: string) => string;
  /** Problems the conversion itself found (fields it could not carry over, unparsable tool calls). */
  problems: Finding[];
}

const messagePointer = /^\/messages\/(\d+)(\/.*)?$/;

/**
 * Builds a `sourcePointer` from where each canonical message came from: `origins[k]` is the source pointer of
 * message k, and `field` maps a message's own field (`/content`, `/role`, …) to the source's.
 */
export function pointerMap(
  origins: readonly string[],
  field: (rest: string, origin: string) => string,
  other: (pointer: string) => string,
): (pointer: string) => string {
  return (pointer) => {
    const match = messagePointer.exec(pointer);
    if (!match) return other(pointer);
    const origin = origins[Number(match[1])];
    if (origin === undefined) return other(pointer);
    return field(match[2] ?? "", origin);
  };
}

/** E02 warnings for keys of a source record that the conversion does not carry over (never dropped silently). */
export function unconvertedKeys(record: Record<string, unknown>, known: readonly string[], format: string): Finding[] {
  const problems: Finding[] = [];
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    problems.push(
      findingFor("E02", {
        severity: "warn",
        pointer: `/${key}`,
        message: `key "${key}" is not part of the ${format} format and is not carried into the converted example`,
        hint: "move metadata into a side file, or remove the key",
      }),
    );
  }
  return problems;
}

/** A finding for a rule at a pointer, with the registry's severity and docs. */
export function problem(ruleId: string, pointer: string, message: string, hint?: string): Finding {
  return findingFor(ruleId, { pointer, message, ...(hint ? { hint } : {}) });
}
