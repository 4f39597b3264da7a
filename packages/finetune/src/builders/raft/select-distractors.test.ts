import { describe, expect, it } from "vitest";
import { selectDistractors } from "./select-distractors";

const oracle = { id: "o", text: "Egress in eu-west-1 costs $0.09 per GB.", source: "pricing.md", metadata: {} };
const hit = (id: string, text: string, source = "other.md") => ({ id, text, source });

describe("selectDistractors", () => {
  it("keeps retrieval order, skipping the oracle, repeats (by id or text) and chunks that hold the answer", () => {
    const selection = selectDistractors({
      oracle,
      count: 3,
      quotes: ["costs $0.09 per GB"],
      candidates: [
        hit("o", oracle.text, "pricing.md"),
        hit("a", "Storage costs $0.25 per GB-month."),
        hit("copy-of-oracle", "  egress in EU-WEST-1 costs $0.09 per GB. "),
        hit("a", "Storage costs $0.25 per GB-month."),
        hit("b", "storage costs $0.25 per gb-month."),
        hit("overlap", "## Egress\nEgress in eu-west-1 costs $0.09 per GB. Prices changed in October."),
        hit("c", "Backups are kept for 30 days."),
        hit("d", "Regions: us-east-1, eu-west-1."),
        hit("e", "never reached"),
      ],
    });
    expect(selection.distractors.map((distractor) => distractor.id)).toEqual(["a", "c", "d"]);
    expect(selection.skipped).toEqual({ oracle: 2, duplicate: 2, containsAnswer: 1 });
    expect(selection.shortBy).toBe(0);
  });

  it("reports a shortfall instead of repeating or inventing distractors", () => {
    const selection = selectDistractors({ oracle, count: 4, quotes: [], candidates: [hit("o", oracle.text), hit("a", "one"), hit("b", "two")] });
    expect(selection.distractors).toHaveLength(2);
    expect(selection.shortBy).toBe(2);
  });
});
