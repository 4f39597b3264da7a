import type { SearchHit } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { evaluateRetrieval, sourceMatches } from "./evaluate-retrieval";
import { parseRetrievalJudgements } from "./retrieval-judgements";

const hit = (source: string): SearchHit => ({ id: source, score: 1, source, text: "", metadata: { source, spanStart: 0, spanEnd: 0, chunkIndex: 0, sourceHash: "h" } });

describe("evaluateRetrieval", () => {
  it("reads Tandem's binary and graded formats and the QA format, naming a bad line", () => {
    const { queries, unjudged } = parseRetrievalJudgements(
      [
        JSON.stringify({ query: "a", relevant: ["x.md"] }),
        JSON.stringify({ query: "b", relevant: { "x.md": 2, "y.md": 1 } }),
        JSON.stringify({ question: "c", answer: "…", sources: ["corpus/z.md"], route: "rag" }),
        JSON.stringify({ question: "unanswerable", answer: "", sources: [] }),
      ].join("\n"),
      "eval.jsonl",
    );
    expect(queries.map((query) => [query.line, query.query, [...query.relevant]])).toEqual([
      [1, "a", [["x.md", 1]]],
      [2, "b", [["x.md", 2], ["y.md", 1]]],
      [3, "c", [["corpus/z.md", 1]]],
    ]);
    expect(unjudged).toEqual([4]);
    expect(() => parseRetrievalJudgements('{"query": "b", "relevant": ["a.md"]}\n{"query": "a"}', "eval.jsonl")).toThrow(/eval\.jsonl:2/);
  });

  it("ranks distinct sources, matches judged paths by suffix, and reports misses per method (hand-computed)", async () => {
    const [query] = parseRetrievalJudgements(JSON.stringify({ query: "q", relevant: { "corpus/a.md": 2, "corpus/b.md": 1 } }), "f").queries;
    const result = await evaluateRetrieval({
      queries: [query as NonNullable<typeof query>],
      k: 2,
      methods: {
        good: async () => ["data/corpus/a.md", "data/corpus/a.md", "data/corpus/b.md"].map(hit),
        poor: async () => ["data/corpus/c.md", "data/corpus/b.md", "data/corpus/a.md"].map(hit),
      },
      indexedSources: ["data/corpus/a.md", "data/corpus/b.md", "data/corpus/c.md"],
    });
    expect(result.methods.good).toEqual({ recall: 1, allGold: 1, mrr: 1, ndcg: 1 });
    // poor: c, b in the top 2 → recall 1/2, MRR 1/2, DCG = 1/log2(3), ideal = 2 + 1/log2(3).
    expect(result.methods.poor?.recall).toBe(0.5);
    expect(result.methods.poor?.mrr).toBe(0.5);
    expect(result.methods.poor?.ndcg).toBeCloseTo(1 / Math.log2(3) / (2 + 1 / Math.log2(3)), 12);
    expect(result.outcomes[0]?.methods.poor?.missing).toEqual(["corpus/a.md"]);
    expect(result.unknownSources).toEqual([]);
    expect(sourceMatches("datasets/kestrel/corpus/a.md", "corpus/a.md")).toBe(true);
    expect(sourceMatches("datasets/kestrel/xcorpus/a.md", "corpus/a.md")).toBe(false);
  });
});
