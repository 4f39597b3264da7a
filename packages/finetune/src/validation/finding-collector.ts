import type { ProviderProfile } from "../profiles/provider-profile";
import type { Finding, Severity } from "./finding";

export type SeverityCounts = Record<Severity, number>;

/**
 * Collects findings: applies the profile's severity overrides, counts every finding per rule and severity, and
 * keeps at most `maxPerRule` of each rule (a file with a million CRLF lines stays in bounded memory; the
 * counts stay exact and the report says how many were left out).
 */
export class FindingCollector {
  readonly counts: SeverityCounts = { error: 0, warn: 0, info: 0 };
  readonly rules: Record<string, SeverityCounts> = {};
  private readonly kept: Finding[] = [];
  private readonly keptPerRule = new Map<string, number>();
  omitted = 0;

  constructor(
    private readonly profile: ProviderProfile,
    private readonly maxPerRule: number,
  ) {}

  /** Adds a finding; returns it as recorded (with the profile's severity), or undefined when the rule is off. */
  add(finding: Finding): Finding | undefined {
    const override = this.profile.severities[finding.ruleId];
    if (override === "off") return undefined;
    const recorded = override && override !== finding.severity ? { ...finding, severity: override } : finding;
    this.counts[recorded.severity] += 1;
    const perRule = (this.rules[recorded.ruleId] ??= { error: 0, warn: 0, info: 0 });
    perRule[recorded.severity] += 1;
    const kept = this.keptPerRule.get(recorded.ruleId) ?? 0;
    if (kept < this.maxPerRule) {
      this.kept.push(recorded);
      this.keptPerRule.set(recorded.ruleId, kept + 1);
    } else {
      this.omitted += 1;
    }
    return recorded;
  }

  /** The kept findings: file-level ones first, then by line. */
  findings(): Finding[] {
    return [...this.kept].sort((left, right) => (left.line ?? 0) - (right.line ?? 0));
  }
}
