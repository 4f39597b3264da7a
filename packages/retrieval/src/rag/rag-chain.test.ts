import type { SearchHit } from "@tandem/core";
import { ExtractiveReader } from "@tandem/models";
import { describe, expect, it } from "vitest";
import type { Retriever } from "../search/retriever";
import { createRagChain, type RagAnswerChunk } from "./rag-chain";

const texts = [
  "Egress in eu-west-1 costs $0.09 per GB from 2026-10-01. Storage costs $0.25 per GB-month.",
  "Daily backups are kept for 7 days on Starter and 30 days on Pro.",
];
const hits: SearchHit[] = texts.map((text, index) => ({
  id: `chunk-${index}`,
  score: 1 - index / 10,
  source: `corpus/${index}.md`,
  text,
  metadata: { source: `corpus/${index}.md`, spanStart: 0, spanEnd: text.length, chunkIndex: 0, sourceHash: "h" },
}));
const retriever: Retriever = { search: async () => hits };

describe("RagChain streaming", () => {
  it("streams the model's tokens, then resolves the citations once the text is complete", async () => {
    const chain = createRagChain({ retriever, model: new ExtractiveReader() });
    const chunks: RagAnswerChunk[] = [];
    for await (const chunk of await chain.stream({ query: "How much does egress in eu-west-1 cost?" })) chunks.push(chunk);
    const deltas = chunks.slice(0, -1);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.every((chunk) => Object.keys(chunk).join() === "text" && (chunk.text ?? "").length > 0)).toBe(true);
    const last = chunks.at(-1) as RagAnswerChunk;
    expect(last.text).toBe("");
    expect(last.citations?.[0]).toMatchObject({ marker: 1, source: "corpus/0.md", quote: "Egress in eu-west-1 costs $0.09 per GB from 2026-10-01." });
    expect(last.usage?.outputTokens).toBeGreaterThan(0);

    const streamedText = deltas.map((chunk) => chunk.text).join("");
    const invoked = await chain.invoke({ query: "How much does egress in eu-west-1 cost?" });
    expect(streamedText).toBe(invoked.text);
    expect(invoked).toMatchObject({ text: "Egress in eu-west-1 costs $0.09 per GB from 2026-10-01. [1]", abstained: false, citations: last.citations, hits });
  });

  it("streams an abstention as text and flags it at the end", async () => {
    const chain = createRagChain({ retriever, model: new ExtractiveReader() });
    const answer = await chain.invoke({ query: "Who founded the company?" });
    expect(answer).toMatchObject({ abstained: true, citations: [] });
    const empty = createRagChain({ retriever: { search: async () => [] }, model: new ExtractiveReader() });
    expect(await empty.invoke({ query: "anything" })).toMatchObject({ abstained: true, hits: [] });
  });
});
