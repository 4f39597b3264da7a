import { describe, expect, it } from "vitest";
import { routerConfigSchema } from "../config/router-config";
import { RuleSet } from "./rules";

describe("RuleSet", () => {
  const rules = new RuleSet(
    routerConfigSchema.parse({
      rules: [
        { name: "prices", route: "rag", keywords: ["price", "invoice"] },
        { name: "tickets", route: "tuned", pattern: "^triage\\b" },
        { name: "enterprise", route: "both", metadata: { tier: "enterprise" } },
      ],
    }).rules,
  );

  it("matches whole words, patterns and metadata, first rule first", () => {
    expect(rules.match({ query: "What is the price of Pro?" })?.name).toBe("prices");
    expect(rules.match({ query: "What are the prices?" })).toBeUndefined();
    expect(rules.match({ query: "Triage this: db down" })?.route).toBe("tuned");
    expect(rules.match({ query: "hello", metadata: { tier: "enterprise" } })?.name).toBe("enterprise");
    expect(rules.match({ query: "hello", metadata: { tier: "free" } })).toBeUndefined();
  });

  it("reports the match as a passing signal", () => {
    const outcome = rules.evaluate({ query: "my invoice" });
    expect(outcome).toMatchObject({ verdict: "pass", supports: "rag", detail: { rule: "prices" } });
  });

  it("rejects an invalid pattern and a rule without conditions, naming the key path", () => {
    const invalid = routerConfigSchema.safeParse({ rules: [{ name: "bad", route: "rag", pattern: "(" }, { name: "empty", route: "rag" }] });
    expect(invalid.success).toBe(false);
    const paths = invalid.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("rules.0.pattern");
    expect(paths).toContain("rules.1");
  });
});
