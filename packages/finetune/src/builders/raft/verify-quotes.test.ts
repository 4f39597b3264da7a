import { describe, expect, it } from "vitest";
import { verifyQuotedAnswer } from "./verify-quotes";

const source = "Daily backups are kept for 7 days on Starter and 30 days on Pro. Restores take about 10 minutes per 100 GB.";

describe("verifyQuotedAnswer", () => {
  it("accepts an answer whose every quote occurs verbatim in the source", () => {
    const answer = "The document says ##begin_quote##Daily backups are kept for 7 days on Starter and 30 days on Pro.##end_quote##\n<ANSWER>: 30 days on Pro.";
    expect(verifyQuotedAnswer(answer, source)).toEqual({ ok: true, quotes: ["Daily backups are kept for 7 days on Starter and 30 days on Pro."], finalAnswer: "30 days on Pro.", problems: [] });
  });

  it("rejects a fabricated quote, naming it, even next to a true one", () => {
    const answer = "##begin_quote##Restores take about 10 minutes per 100 GB.##end_quote## and ##begin_quote##Backups are kept for 90 days on Pro.##end_quote##\n<ANSWER>: 90 days";
    const result = verifyQuotedAnswer(answer, source);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ reason: "quote-not-in-source", detail: "Backups are kept for 90 days on Pro." }]);
  });

  it("rejects a quote that differs only in case or spacing (verbatim means verbatim)", () => {
    expect(verifyQuotedAnswer("##begin_quote##daily backups are kept##end_quote##\n<ANSWER>: x", source).problems[0]?.reason).toBe("quote-not-in-source");
    expect(verifyQuotedAnswer("##begin_quote##Daily  backups##end_quote##\n<ANSWER>: x", source).problems[0]?.reason).toBe("quote-not-in-source");
  });

  it("collects every structural problem: no answer tag, no quote, unbalanced and empty quotes", () => {
    expect(verifyQuotedAnswer("Backups last a week.", source).problems.map((problem) => problem.reason)).toEqual(["no-answer-tag", "no-quote"]);
    expect(verifyQuotedAnswer("##begin_quote##Daily backups\n<ANSWER>: 7", source).problems.map((problem) => problem.reason)).toEqual(["unbalanced-quote-markers"]);
    expect(verifyQuotedAnswer("##begin_quote## ##end_quote##\n<ANSWER>:   ", source).problems.map((problem) => problem.reason)).toEqual(["empty-answer", "empty-quote"]);
  });
});
