import type { Route } from "@tandem/core";
import type { RouteRule } from "../config/router-config";
import type { SignalInput, SignalOutcome } from "./signal";

interface CompiledRule {
  rule: RouteRule;
  keywordPatterns: RegExp[];
  pattern: RegExp | undefined;
}

export interface RuleMatch {
  name: string;
  route: Route;
  matched: string;
}

/** Compiled config rules. Matching is plain data: keywords, a regular expression, metadata equality. */
export class RuleSet {
  private readonly compiled: CompiledRule[];

  constructor(rules: readonly RouteRule[]) {
    this.compiled = rules.map((rule) => ({
      rule,
      keywordPatterns: (rule.keywords ?? []).map(
        (keyword) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(keyword)}(?![\\p{L}\\p{N}])`, "iu"),
      ),
      pattern: rule.pattern === undefined ? undefined : new RegExp(rule.pattern, "iu"),
    }));
  }

  get size(): number {
    return this.compiled.length;
  }

  /** The first rule whose every given condition holds. */
  match(input: SignalInput): RuleMatch | undefined {
    for (const { rule, keywordPatterns, pattern } of this.compiled) {
      const evidence: string[] = [];
      if (keywordPatterns.length > 0) {
        const hit = keywordPatterns.findIndex((keywordPattern) => keywordPattern.test(input.query));
        if (hit < 0) continue;
        evidence.push(`keyword "${rule.keywords?.[hit]}"`);
      }
      if (pattern) {
        const found = pattern.exec(input.query);
        if (!found) continue;
        evidence.push(`pattern /${rule.pattern}/ matched "${found[0]}"`);
      }
      if (rule.metadata) {
        const entries = Object.entries(rule.metadata);
        if (!entries.every(([key, value]) => input.metadata?.[key] === value)) continue;
        evidence.push(entries.map(([key, value]) => `${key}=${value}`).join(", "));
      }
      return { name: rule.name, route: rule.route, matched: evidence.join("; ") };
    }
    return undefined;
  }

  /** A match (or none) as a router signal: passes, and decides, when a rule matched. */
  outcome(found: RuleMatch | undefined): SignalOutcome {
    if (!found) return { value: 0, threshold: 1, verdict: "fail", detail: { rules: this.size } };
    return { value: 1, threshold: 1, verdict: "pass", supports: found.route, detail: { rule: found.name, matched: found.matched } };
  }

  /** As a router signal: passes (and decides) when a rule matches. */
  evaluate(input: SignalInput): SignalOutcome {
    return this.outcome(this.match(input));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
