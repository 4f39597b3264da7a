// The RAFT builder end to end: the offline writers, and the same code path through a real chat model client
// (@langchain/openai) against the loopback upstream, whose scripted replies include a fabricated quote.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SearchHit } from "@tandem/core";
import { createOpenAIChatModel } from "@tandem/models";
import { analyzeText } from "@tandem/text";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkSourceFromArray, type DistractorRetriever, type SourceChunk } from "../chunk-source";
import { LocalQuestionWriter } from "../qa/local-question-writer";
import { planRaftGeneration, type RaftGenerationOptions, runRaftGeneration } from "./build-raft-dataset";
import { LocalCitingAnswerWriter } from "./local-citing-answer-writer";
import { verifyQuotedAnswer } from "./verify-quotes";

const facts: [string, string][] = [
  ["pricing.md", "Egress in eu-west-1 costs $0.09 per GB from 2026-10-01. Egress inside a region is free of charge for every plan."],
  ["pricing.md", "Storage costs $0.25 per GB-month on every plan. Snapshots are billed as storage at the same rate."],
  ["backups.md", "Daily backups are kept for 7 days on Starter and 30 days on Pro. Restores run from the console or the CLI."],
  ["backups.md", "A restore takes about 10 minutes per 100 GB of data. Point-in-time restore is available on Pro and Enterprise plans."],
  ["regions.md", "Kestrel runs in us-east-1, eu-west-1 and ap-south-1 today. The sa-east-1 region opens for new projects in 2027."],
  ["regions.md", "Each region has three availability zones for replicas. Cross-region replicas add 40 ms of lag on average."],
  ["pooler.md", "The connection pooler listens on port 6543 for every project. It holds up to 10000 client connections per compute."],
  ["pooler.md", "Transaction pooling is the default mode of the pooler. Session mode is needed for prepared statements and advisory locks."],
  ["limits.md", "A project can have at most 10 branches on Starter and 500 branches on Pro. Branch creation takes about 2 seconds."],
  ["limits.md", "The maximum database size is 512 GB on Starter and 4 TB on Pro. Larger databases need an Enterprise contract."],
];
const chunks: SourceChunk[] = facts.map(([source, text], index) => ({ id: `chunk-${index}`, source, text, metadata: { chunkIndex: index % 2 } }));

/** A small lexical search over the chunks (the app wires the real hybrid retriever; see the CLI tests). */
const retrieverCalls: { query: string; k: number }[] = [];
const retriever: DistractorRetriever = async (query, k) => {
  retrieverCalls.push({ query, k });
  const terms = new Set(analyzeText(query));
  return chunks
    .map((chunk, index): SearchHit => ({
      id: chunk.id,
      text: chunk.text,
      source: chunk.source,
      score: analyzeText(chunk.text).filter((term) => terms.has(term)).length - index / 100,
      metadata: { source: chunk.source, spanStart: 0, spanEnd: chunk.text.length, chunkIndex: 0, sourceHash: "h" },
    }))
    .sort((left, right) => right.score - left.score)
    .slice(0, k);
};

let directory: string;
let upstream: OpenAIUpstream;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "tandem-raft-"));
  upstream = await startOpenAIUpstream({
    reply: (request) => {
      const user = String(request.messages?.at(-1)?.content ?? "");
      if (user.startsWith("Write ")) {
        const passage = user.slice(user.indexOf("<passage>\n") + 10, user.indexOf("\n</passage>"));
        const topic = passage.split(" ").slice(0, 4).join(" ");
        // One question per chunk; the one about the pooler asks for a made-up fact.
        const question = passage.includes("6543") ? "Which port does the pooler use, and is it configurable? (fabricate)" : `What do the docs say about ${topic}?`;
        return "```json\n" + JSON.stringify([{ question, answer: "see the passage" }]) + "\n```";
      }
      const document = user.slice(user.indexOf("<document>\n") + 11, user.indexOf("\n</document>"));
      const question = user.slice(user.lastIndexOf("Question: ") + 10);
      const first = document.split(/(?<=\.) /)[0] ?? document;
      if (question.includes("(fabricate)")) {
        return `The document says ##begin_quote##The pooler port can be changed in the console settings.##end_quote##\n<ANSWER>: Port 6543, configurable.`;
      }
      return `Step by step: the document states ##begin_quote##${first}##end_quote##, which answers it.\n<ANSWER>: ${first}`;
    },
  });
});
afterAll(() => upstream?.close());

const options = (name: string, overrides: Partial<RaftGenerationOptions> = {}): RaftGenerationOptions => ({
  source: chunkSourceFromArray(chunks),
  retriever,
  questionWriter: new LocalQuestionWriter(),
  answerWriter: new LocalCitingAnswerWriter(),
  out: join(directory, name, "raft.jsonl"),
  distractors: 3,
  seed: 7,
  concurrency: 3,
  retryDelayMs: 1,
  minChunkCharacters: 40,
  ...overrides,
});

const readJsonl = (file: string): any[] =>
  readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** The documents of an example's user message, in order: [{marker, source, text}]. */
function documentsOf(example: any): { source: string; text: string }[] {
  const user: string = example.messages[1].content;
  const body = user.slice(user.indexOf("Sources:\n") + 9, user.lastIndexOf("\n\nQuestion: "));
  return body.split(/\n\n(?=\[\d+\] \(source: )/).map((block) => ({ source: /\(source: (.*?)\)/.exec(block)?.[1] ?? "", text: block.slice(block.indexOf("\n") + 1) }));
}

describe("RAFT builder, offline writers", () => {
  it("builds examples with retrieved hard negatives, the oracle share, seeded order and verified quotes", async () => {
    const plan = await planRaftGeneration(options("offline"));
    expect(plan.estimate).toMatchObject({ local: true, usd: 0, calls: 20 });
    const report = await runRaftGeneration(plan);
    expect(report.failed).toEqual([]);
    expect(report.questions).toBe(10);
    const examples = readJsonl(report.out);
    expect(examples.length + report.rejected.total).toBe(10);
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(report.oracle.withOracle + report.oracle.withoutOracle).toBe(examples.length);

    for (const example of examples) {
      const question: string = example.messages[1].content.split("\n\nQuestion: ").at(-1);
      const documents = documentsOf(example);
      const answer: string = example.messages[2].content;
      expect(answer).toMatch(/<ANSWER>: \S/);
      // Every quote is verbatim in the oracle, which is the chunk the question was written from.
      const oracle = chunks.find((chunk) => verifyQuotedAnswer(answer.replace(/ \[\d+\]/g, ""), chunk.text).ok);
      expect(oracle).toBeDefined();
      const withOracle = documents.some((document) => document.text === oracle?.text);
      expect(documents).toHaveLength(4); // 1 oracle + 3 distractors, or 4 distractors
      // Distractors are the question's own top hits minus the oracle, not random chunks.
      const top = (await retriever(question, 9)).filter((hit) => hit.id !== oracle?.id).map((hit) => hit.text);
      const distractors = documents.filter((document) => document.text !== oracle?.text).map((document) => document.text);
      expect(new Set(distractors).size).toBe(distractors.length);
      expect(distractors.every((text) => top.slice(0, 5).includes(text))).toBe(true);
      if (withOracle) expect(answer).toMatch(/##end_quote## \[\d\]/);
    }
    expect(retrieverCalls.every((call) => call.k === 9)).toBe(true);
  });

  it("is deterministic for a seed and changes order with another seed; P = 0 and P = 1 are honoured", async () => {
    const first = await runRaftGeneration(await planRaftGeneration(options("seed-a")));
    const again = await runRaftGeneration(await planRaftGeneration(options("seed-b")));
    expect(readFileSync(again.out, "utf8")).toBe(readFileSync(first.out, "utf8"));
    const other = await runRaftGeneration(await planRaftGeneration(options("seed-c", { seed: 8 })));
    expect(readFileSync(other.out, "utf8")).not.toBe(readFileSync(first.out, "utf8"));
    const never = await runRaftGeneration(await planRaftGeneration(options("p0", { oracleShare: 0 })));
    expect(never.oracle).toMatchObject({ withOracle: 0, actualShare: 0 });
    const always = await runRaftGeneration(await planRaftGeneration(options("p1", { oracleShare: 1 })));
    expect(always.oracle.withoutOracle).toBe(0);
  });

  it("reports too few distractors instead of inventing them, and uses random ones only when asked", async () => {
    const few = await runRaftGeneration(await planRaftGeneration(options("few", { distractors: 12 })));
    expect(few.distractors.short.length).toBe(readJsonl(few.out).length);
    expect(few.distractors.short[0]).toMatchObject({ needed: expect.any(Number) });
    expect(few.distractors.short.every((entry) => entry.have < entry.needed)).toBe(true);
    const calls = retrieverCalls.length;
    const random = await runRaftGeneration(await planRaftGeneration(options("random", { distractorMode: "random" })));
    expect(retrieverCalls.length).toBe(calls);
    expect(random.distractors.mode).toBe("random");
    expect(readJsonl(random.out).length).toBeGreaterThan(0);
  });

  it("holds out whole documents: an eval document never serves as an oracle in training", async () => {
    const report = await runRaftGeneration(await planRaftGeneration(options("holdout", { holdout: { sources: ["backups.md", "limits.md"] } })));
    expect(report.evalSources).toEqual(["backups.md", "limits.md"]);
    const heldOut = chunks.filter((chunk) => report.evalSources.includes(chunk.source));
    for (const example of readJsonl(report.out)) {
      const answer = example.messages[2].content.replace(/ \[\d+\]/g, "");
      expect(heldOut.some((chunk) => verifyQuotedAnswer(answer, chunk.text).ok)).toBe(false);
    }
    const evaluation = readJsonl(report.evalOut as string);
    expect(evaluation.length).toBe(report.examples.eval);
    expect(evaluation.length).toBeGreaterThan(0);
    for (const example of evaluation) expect(heldOut.some((chunk) => verifyQuotedAnswer(example.messages[2].content.replace(/ \[\d+\]/g, ""), chunk.text).ok)).toBe(true);
    const shared = await runRaftGeneration(await planRaftGeneration(options("holdout-share", { holdout: { share: 0.4 } })));
    expect(shared.evalSources).toHaveLength(2);
  });
});

describe("RAFT builder through a real chat model client (loopback upstream)", () => {
  it("rejects and reports the answer with a fabricated quote, keeping the verified ones", async () => {
    const model = createOpenAIChatModel({ model: "gpt-4o-mini", baseURL: upstream.url, apiKey: "sk-test", maxRetries: 0 });
    const plan = await planRaftGeneration(options("loopback", { questionWriter: model, answerWriter: model }));
    expect(plan.estimate).toMatchObject({ local: false, model: "gpt-4o-mini" });
    expect(plan.estimate.usd).toBeGreaterThan(0);
    const before = upstream.requests.length;
    const report = await runRaftGeneration(plan);
    // 10 question calls, 10 answers, and a second attempt for the fabricated one.
    expect(upstream.requests.length - before).toBe(21);
    expect(report.rejected.total).toBe(1);
    expect(report.rejected.byReason).toEqual({ "quote-not-in-source": 1 });
    expect(report.rejected.examples[0]).toMatchObject({ chunkId: "chunk-6", reasons: [{ reason: "quote-not-in-source", detail: "The pooler port can be changed in the console settings." }] });
    const rejectedFile = readJsonl(report.rejectedOut);
    expect(rejectedFile).toHaveLength(1);
    expect(rejectedFile[0].answer).toContain("console settings");
    const kept = readJsonl(report.out);
    expect(kept).toHaveLength(9);
    expect(kept.some((example) => example.messages[2].content.includes("console settings"))).toBe(false);
  });
});
