import { describe, expect, it } from "vitest";
import { defaultChunkOverlap, defaultChunkSize } from "../chunking/chunk-document";
import { defaultFeedback } from "../search/relevance-feedback";
import { configuredSources, hybridRetrieverOptions, ragConfigSchema } from "./rag-config";

describe("ragConfigSchema", () => {
  it("fills in retrieval's own defaults", () => {
    const rag = ragConfigSchema.parse({ sources: ["docs"] });
    expect(rag).toMatchObject({ collection: "tandem", chunkSize: defaultChunkSize, chunkOverlap: defaultChunkOverlap, k: 4, metadata: {} });
    expect(rag.hybrid).toMatchObject({ fusion: "guarded", titleWeight: 2, feedback: defaultFeedback, hop: { linkers: 5, weight: 0.2, maxSources: 3 } });
    expect(hybridRetrieverOptions(rag.hybrid)).not.toHaveProperty("denseWeight");
  });

  it("rejects unknown keys", () => {
    expect(ragConfigSchema.safeParse({ sources: ["docs"], chunksize: 100 }).success).toBe(false);
    expect(ragConfigSchema.safeParse({ sources: ["docs"], hybrid: { fuson: "rrf" } }).success).toBe(false);
  });
});

describe("configuredSources", () => {
  const configured = ["notes", { path: "data/faq.jsonl", format: "jsonl" as const, textFields: ["answer"] }, { path: "tables", format: "csv" as const }];

  it("reads a path the config names, or one under it, with that source's options", () => {
    expect(configuredSources(["data/faq.jsonl", "tables/prices.csv", "notes/a.md", "other.md"], configured)).toEqual([
      { path: "data/faq.jsonl", format: "jsonl", textFields: ["answer"] },
      { path: "tables/prices.csv", format: "csv" },
      "notes/a.md",
      "other.md",
    ]);
  });

  it("keeps a spec given as it is, and does not match a mere name prefix", () => {
    expect(configuredSources([{ path: "data/faq.jsonl" }, "tables-old/x.csv"], configured)).toEqual([{ path: "data/faq.jsonl" }, "tables-old/x.csv"]);
  });
});
