import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOpenAIChatModel } from "@tandem/models";
import { startOpenAIUpstream } from "@tandem/testing";
import { describe, expect, it } from "vitest";
import { chunkSourceFromArray, type SourceChunk } from "../chunk-source";
import { planQaGeneration, runQaGeneration } from "./generate-qa-dataset";
import { LocalQuestionWriter } from "./local-question-writer";

const chunks: SourceChunk[] = [
  { id: "a1", source: "a.md", metadata: { chunkIndex: 0 }, text: "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro. A restore takes about 10 minutes per 100 GB of data." },
  { id: "a2", source: "a.md", metadata: { chunkIndex: 1 }, text: "Point-in-time restore is available on Pro and Enterprise plans for the last 7 days. It needs no downtime." },
  { id: "b1", source: "b.md", metadata: { chunkIndex: 0 }, text: "The connection pooler listens on port 6543 for every project. It holds up to 10000 client connections per compute." },
  { id: "b2", source: "b.md", metadata: { chunkIndex: 1 }, text: "## Modes" },
];

describe("synthetic Q&A", () => {
  it("writes chat SFT examples from chunks offline, spreads a limit over documents, and reuses the checkpoint", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tandem-qa-")), "qa.jsonl");
    const plan = await planQaGeneration({ source: chunkSourceFromArray(chunks), model: new LocalQuestionWriter(), out, limit: 2, minChunkCharacters: 40, systemPrompt: "You are Kestrel's support assistant." });
    expect(plan.chunks.map((chunk) => chunk.id)).toEqual(["a1", "b1"]);
    expect(plan.tooShort).toBe(1);
    expect(plan.estimate).toMatchObject({ calls: 2, local: true, usd: 0 });
    const report = await runQaGeneration(plan);
    expect(report).toMatchObject({ examples: 4, generated: 2, reused: 0, failed: [], chunks: { total: 4, used: 2, tooShort: 1 } });
    const examples = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    for (const example of examples) {
      expect(example.messages.map((message: { role: string }) => message.role)).toEqual(["system", "user", "assistant"]);
      expect(chunks.some((chunk) => chunk.text.includes(example.messages[2].content))).toBe(true);
    }
    const again = await planQaGeneration({ source: chunkSourceFromArray(chunks), model: new LocalQuestionWriter(), out, limit: 2, minChunkCharacters: 40 });
    expect(again.pending).toHaveLength(0);
    expect(again.estimate.calls).toBe(0);
    expect(await runQaGeneration(again)).toMatchObject({ reused: 2, generated: 0, examples: 4 });
  });

  it("retries an unusable reply from a real model client and lists a chunk that never gets a usable one", async () => {
    let calls = 0;
    const upstream = await startOpenAIUpstream({
      reply: (request) => {
        calls += 1;
        const user = String(request.messages?.at(-1)?.content ?? "");
        if (user.includes("port 6543")) return "I cannot help with that.";
        return calls % 2 === 1 ? "Sure! Here you go." : JSON.stringify([{ question: "How long are daily backups kept on Pro?", answer: "30 days." }]);
      },
    });
    try {
      const model = createOpenAIChatModel({ model: "gpt-4o-mini", baseURL: upstream.url, apiKey: "sk", maxRetries: 0 });
      const out = join(mkdtempSync(join(tmpdir(), "tandem-qa-")), "qa.jsonl");
      const plan = await planQaGeneration({ source: chunkSourceFromArray(chunks), model, out, questionsPerChunk: 1, concurrency: 1, retries: 2, retryDelayMs: 1, minChunkCharacters: 40 });
      expect(plan.estimate.usd).toBeGreaterThan(0);
      const report = await runQaGeneration(plan);
      expect(report.failed).toEqual([{ key: "b1", reason: expect.stringContaining("no JSON array"), attempts: 3 }]);
      expect(report.examples).toBe(2);
      expect(report.usage.inputTokens).toBeGreaterThan(0);
    } finally {
      await upstream.close();
    }
  });
});
