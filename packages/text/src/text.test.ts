import { describe, expect, it } from "vitest";
import { analyzeIndexedText, analyzeText } from "./analyze-text";
import { splitSentences } from "./split-sentences";

describe("analyzeText", () => {
  it("lower-cases, drops stopwords and stems plain words", () => {
    expect(analyzeText("What are the Connections limits?")).toEqual(["connect", "limit"]);
  });

  it("keeps identifiers, versions and prices whole, with the parts of hyphenated words", () => {
    expect(analyzeText("Egress in eu-west-1 costs $0.09 per GB since v2.14")).toEqual([
      "egress",
      "eu-west-1",
      "eu",
      "west",
      "cost",
      "0.09",
      "per",
      "gb",
      "sinc",
      "v2.14",
    ]);
    expect(analyzeText("point-in-time recovery")).toEqual(["point-in-time", "point", "time", "recoveri"]);
  });

  it("for indexed text, also yields the numbers inside compounds, without leading zeros", () => {
    expect(analyzeIndexedText("Restored 2026-10-02, now $79/month")).toEqual(["restor", "2026-10-02", "2026", "10", "2", "79/month", "79", "month"]);
    expect(analyzeText("Restored 2026-10-02, now $79/month")).toEqual(["restor", "2026-10-02", "79/month", "month"]);
  });

  it("handles possessives and unicode letters", () => {
    expect(analyzeText("Kestrel's Zürich région")).toEqual(["kestrel", "zürich", "région"]);
  });
});

describe("splitSentences", () => {
  const check = (text: string) => {
    const sentences = splitSentences(text);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    return sentences.map((sentence) => sentence.text);
  };

  it("splits prose but not abbreviations, decimals or versions", () => {
    expect(check("Prices rose by 2.5 percent, e.g. for egress. CLI v2.14 shipped on Monday! Is it live? Yes.")).toEqual([
      "Prices rose by 2.5 percent, e.g. for egress.",
      "CLI v2.14 shipped on Monday!",
      "Is it live?",
      "Yes.",
    ]);
  });

  it("treats headings, list items, table rows and blank lines as boundaries", () => {
    const text = "# Pricing\nIntro line one\ncontinues here.\n\n- Egress: $0.09 per GB\n- Storage: $0.25\n| Plan | Price |\nLast.";
    expect(check(text)).toEqual([
      "# Pricing",
      "Intro line one\ncontinues here.",
      "- Egress: $0.09 per GB",
      "- Storage: $0.25",
      "| Plan | Price |",
      "Last.",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("  \n\n ")).toEqual([]);
  });
});
