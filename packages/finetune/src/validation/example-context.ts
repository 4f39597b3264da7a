import type { ProviderProfile } from "../profiles/provider-profile";
import type { Finding, Severity } from "./finding";
import { findingFor } from "./rule-registry";
import type { ToolSchemas } from "./checks/tool-schemas";

/** What the example checks share: where the example is, the profile, and where findings go. */
export class ExampleContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly line: number,
    readonly profile: ProviderProfile,
    readonly toolSchemas: ToolSchemas,
  ) {}

  /** Reports a finding of `ruleId` at `pointer` (a pointer into the canonical example). */
  report(ruleId: string, pointer: string, message: string, options: { hint?: string; severity?: Severity } = {}): void {
    this.findings.push(findingFor(ruleId, { line: this.line, pointer, message, ...options }));
  }

  /** `error` in a strict profile, else `warn` (E07, P03). */
  get strictSeverity(): Severity {
    return this.profile.strict ? "error" : "warn";
  }
}

/** A readable name for a JSON value's type in messages (`a string`, `null`, `an array`). */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value === undefined) return "missing";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The spec's function-name rule, also applied to participant names (M05, T01). */
export const namePattern = /^[a-zA-Z0-9_-]{1,64}$/;

/** `an assistant`, `a user`. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}
