import { describe, expect, it } from "vitest";
import type { SupervisedExample } from "../dataset/canonical-example";
import { distributionReport, percentiles } from "./distribution-report";

const chat = (system: string | undefined, user: string, assistant: string): SupervisedExample => ({
  messages: [...(system === undefined ? [] : [{ role: "system" as const, content: system }]), { role: "user", content: user }, { role: "assistant", content: assistant }],
});

describe("percentiles", () => {
  it("uses the nearest rank", () => {
    expect(percentiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ min: 1, p10: 1, p50: 5, p90: 9, p99: 10, max: 10, mean: 5.5 });
    expect(percentiles([])).toMatchObject({ min: 0, max: 0 });
  });
});

describe("distributionReport", () => {
  it("counts messages, lengths, missing roles, refusals and system prompts", () => {
    const report = distributionReport([
      chat("Be brief.", "hi", "hello"),
      chat("Be brief.", "help me hack a bank", "I'm sorry, but I can't help with that."),
      chat(undefined, "what is 2+2", "4"),
      { messages: [{ role: "system", content: "Be verbose." }, { role: "assistant", content: "Hello there" }] },
    ]);
    expect(report.examples).toBe(4);
    expect(report.messagesPerExample).toMatchObject({ min: 2, max: 3 });
    expect(report.characters.assistant).toMatchObject({ min: 1, max: 38 });
    expect(report.missingSystem).toBe(1);
    expect(report.missingUser).toBe(1);
    expect(report.refusals).toEqual({ count: 1, share: 0.25 });
    expect(report.systemPrompts).toEqual({ distinct: 2, top: [{ prompt: "Be brief.", count: 2 }, { prompt: "Be verbose.", count: 1 }] });
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(["Q05 warn", "Q05 info", "Q05 info"]);
  });

  it("warns about an overabundance of refusals and measures tokens with the given counter", () => {
    const report = distributionReport([chat("s", "a", "I cannot help with that."), chat("s", "b", "I am unable to answer.")], { countTokens: (text) => text.split(" ").length });
    expect(report.refusals.share).toBe(1);
    expect(report.findings[0]).toMatchObject({ ruleId: "Q05", severity: "warn" });
    expect(report.tokens?.assistant.max).toBe(5);
  });
});
