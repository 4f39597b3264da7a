import { describe, expect, it } from "vitest";
import { type AnswerOutcome, answerContains, answerReport, normalizeAnswer, silverLabel } from "./answer-labels";

const outcome = (correct: { tuned: boolean; rag: boolean; both: boolean }, predicted: AnswerOutcome["predicted"], datasetRoute?: AnswerOutcome["datasetRoute"]): AnswerOutcome => ({
  question: "q",
  expected: "a",
  line: 1,
  ...(datasetRoute ? { datasetRoute } : {}),
  results: { tuned: { correct: correct.tuned }, rag: { correct: correct.rag }, both: { correct: correct.both } },
  predicted,
});

describe("answer containment", () => {
  it("normalises case, accents, punctuation, thousands separators, markers and articles — keeping numbers whole", () => {
    expect(normalizeAnswer("The São Paulo region: $0.12 per GB-month, 3,000 req/min. [1]")).toBe("sao paulo region $0.12 per gb month 3000 req min");
    expect(answerContains("Egress costs $0.12 per GB from 2026-10-01. [1]", "$0.12 per GB")).toBe(true);
    expect(answerContains("It is $0.125 per GB", "$0.12 per GB")).toBe(false);
    expect(answerContains("Rate limit: 3,000 requests", "3,000")).toBe(true);
    expect(answerContains("Open 10:00–18:00 daily.", "10:00–18:00")).toBe(true);
    expect(answerContains("anything", "")).toBe(false);
  });
});

describe("silver labels", () => {
  it("label the cheapest correct route in the cost order, or none", () => {
    const results = { tuned: { correct: false }, rag: { correct: true }, both: { correct: true } };
    expect(silverLabel(results)).toBe("rag");
    expect(silverLabel(results, ["both", "rag", "tuned"])).toBe("both");
    expect(silverLabel({ tuned: { correct: false }, rag: { correct: false }, both: { correct: false } })).toBeNull();
  });

  it("report per-route correctness, the oracle ceiling and the router against the labels (hand-computed)", () => {
    const report = answerReport([
      outcome({ tuned: true, rag: true, both: true }, "tuned", "tuned"), // label tuned, router right, correct
      outcome({ tuned: false, rag: true, both: false }, "both", "rag"), // label rag, router wrong, incorrect
      outcome({ tuned: false, rag: false, both: true }, "both", "rag"), // label both, router right, correct
      outcome({ tuned: false, rag: false, both: false }, "rag"), // none
    ]);
    expect(report.correctness).toEqual({ tuned: 0.25, rag: 0.5, both: 0.5 });
    expect(report.oracle).toBe(0.75);
    expect(report.routerCorrectness).toBe(0.5);
    expect(report.labels).toEqual({ tuned: 1, rag: 1, both: 1, none: 1 });
    expect(report.routerVsSilver.count).toBe(3);
    expect(report.routerVsSilver.accuracy).toBeCloseTo(2 / 3);
    expect(report.routerVsSilver.confusion.rag.both).toBe(1);
    expect(report.datasetAgreement).toBeCloseTo(2 / 3);
  });
});
