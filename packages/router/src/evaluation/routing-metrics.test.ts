import { describe, expect, it } from "vitest";
import { formatRoutingReport, routingMetrics } from "./routing-metrics";

describe("routingMetrics", () => {
  it("matches hand-computed precision, recall, F1 and confusion", () => {
    // expected: tuned tuned rag rag both both ; predicted: tuned rag rag rag tuned both
    const report = routingMetrics(["tuned", "tuned", "rag", "rag", "both", "both"], ["tuned", "rag", "rag", "rag", "tuned", "both"]);
    expect(report.accuracy).toBeCloseTo(4 / 6, 10);
    expect(report.confusion.tuned).toEqual({ tuned: 1, rag: 1, both: 0 });
    expect(report.confusion.both).toEqual({ tuned: 1, rag: 0, both: 1 });
    expect(report.perClass.tuned).toMatchObject({ precision: 0.5, recall: 0.5, support: 2 });
    expect(report.perClass.rag.precision).toBeCloseTo(2 / 3, 10);
    expect(report.perClass.rag.recall).toBe(1);
    expect(report.perClass.rag.f1).toBeCloseTo(0.8, 10);
    expect(report.perClass.both).toMatchObject({ precision: 1, recall: 0.5 });
    expect(report.baselines["always-rag"]).toBeCloseTo(1 / 3, 10);
    // always rag: rag precision 2/6, recall 1 → F1 0.5; tuned and both 0 → macro-F1 0.5 / 3.
    expect(report.baselineMacroF1["always-rag"]).toBeCloseTo(1 / 6, 10);
    const text = formatRoutingReport(report);
    expect(text).toMatch(/this policy\s+66\.7%\s+0\.\d{3}\nalways tuned\s+33\.3%\s+0\.167/);
    expect(text).toContain("accuracy 66.7% on 6 queries");
    expect(text).toMatch(/confusion/);
  });
});
