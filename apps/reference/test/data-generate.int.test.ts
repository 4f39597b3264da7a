// `tandem data generate qa|raft` as a user runs it: the real CLI over the sample corpus in a real Chroma index,
// offline with the local writers and through the loopback upstream, including a run killed mid-way and resumed.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config";
import { openRuntime } from "../src/runtime/open-runtime";
import { appDir, makeProject, runCli } from "./helpers";

let project: string;
let upstream: OpenAIUpstream;

const readJsonl = (file: string): any[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** The question and the documents of a RAFT example's user message. */
function parseExample(example: any): { question: string; documents: string[] } {
  const user: string = example.messages[1].content;
  const body = user.slice(user.indexOf("Sources:\n") + 9, user.lastIndexOf("\n\nQuestion: "));
  return {
    question: user.slice(user.lastIndexOf("\n\nQuestion: ") + 12),
    documents: body.split(/\n\n(?=\[\d+\] \(source: )/).map((block) => block.slice(block.indexOf("\n") + 1)),
  };
}

beforeAll(async () => {
  project = makeProject("rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\nmodels:\n  embeddingProvider: local\n");
  const ingested = await runCli(project, ["ingest", "--json"]);
  expect(JSON.parse(ingested.stdout)).toMatchObject({ added: 40, failed: [] });
  upstream = await startOpenAIUpstream({
    reply: (request) => {
      const user = String(request.messages?.at(-1)?.content ?? "");
      const passage = user.slice(user.indexOf("<passage>\n") + 10, user.indexOf("\n</passage>"));
      return JSON.stringify([{ question: `What does the documentation say about ${passage.split(/\s+/).slice(0, 5).join(" ")}?`, answer: passage.slice(0, 120) }]);
    },
  });
}, 180_000);
afterAll(() => upstream?.close());

describe("tandem data generate raft (offline, real Chroma index)", () => {
  it("takes distractors from the question's own hybrid-search hits, not at random, and verifies every quote", async () => {
    const retrieved = await runCli(project, ["data", "generate", "raft", "--out", "raft.jsonl", "--limit", "12", "--distractors", "3", "--seed", "5", "--json"]);
    expect(retrieved.code).toBe(0);
    expect(retrieved.stderr).toContain("offline: questions by the local question writer");
    const report = JSON.parse(retrieved.stdout);
    expect(report.distractors.mode).toBe("retrieved");
    expect(report.examples.train + report.rejected.total).toBe(12);
    expect(report.examples.train).toBeGreaterThanOrEqual(9);
    const random = await runCli(project, ["data", "generate", "raft", "--out", "random.jsonl", "--limit", "12", "--distractors", "3", "--seed", "5", "--random-distractors", "--json"]);
    expect(random.code).toBe(0);

    const runtime = await openRuntime(loadConfig(join(project, "tandem.config.yaml"), {}), { needs: "search", log: () => {}, environment: {} });
    try {
      const shareInTopHits = async (file: string) => {
        let inTop = 0;
        let total = 0;
        for (const example of readJsonl(join(project, file))) {
          const { question, documents } = parseExample(example);
          const hits = (await runtime.search(question, 9)).map((hit) => hit.text.trim());
          const answer: string = example.messages[2].content;
          const quotes = [...answer.matchAll(/##begin_quote##([\s\S]*?)##end_quote##/g)].map((match) => (match[1] ?? "").trim());
          const distractors = documents.filter((document) => !quotes.every((quote) => document.includes(quote)));
          expect(new Set(distractors).size).toBe(distractors.length);
          total += distractors.length;
          inTop += distractors.filter((document) => hits.includes(document.trim())).length;
        }
        return inTop / total;
      };
      expect(await shareInTopHits("raft.jsonl")).toBe(1);
      expect(await shareInTopHits("random.jsonl")).toBeLessThan(0.5);
    } finally {
      await runtime.close();
    }
    // Every kept answer's quotes occur verbatim in one chunk of the corpus files (the oracle).
    for (const example of readJsonl(join(project, "raft.jsonl"))) {
      const answer: string = example.messages[2].content;
      expect(answer).toMatch(/<ANSWER>: \S/);
      const quotes = [...answer.matchAll(/##begin_quote##([\s\S]*?)##end_quote##/g)].map((match) => (match[1] ?? "").trim());
      expect(quotes.length).toBeGreaterThan(0);
    }
    expect(existsSync(join(project, "raft.rejected.jsonl"))).toBe(true);
  }, 180_000);
});

describe("tandem data generate qa (through the loopback upstream)", () => {
  const env = () => ({ OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-gen" });
  const chatRequests = () => upstream.requests.filter((request) => request.path.endsWith("/chat/completions")).length;

  it("shows the cost before running and asks for --yes when the run costs money", async () => {
    const dry = await runCli(project, ["data", "generate", "qa", "--out", "dry.jsonl", "--limit", "5", "--dry-run", "--json"], env());
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, pending: 5, estimate: { model: "gpt-4o-mini", local: false, calls: 5 } });
    expect(dry.stderr).toMatch(/estimate: 5 call\(s\) to gpt-4o-mini: .*≈\$0\.\d+ at \$0\.15\/\$0\.6 per 1M tokens/);
    const unconfirmed = await runCli(project, ["data", "generate", "qa", "--out", "dry.jsonl", "--limit", "5"], env());
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toContain("pass --yes");
    expect(chatRequests()).toBe(0);
  }, 120_000);

  it("resumes a run killed mid-generation: finished chunks are kept and not asked again", async () => {
    upstream.setFaults("chat", { latencyMs: 300 });
    const checkpoint = join(project, "qa.jsonl.checkpoint.jsonl");
    const args = ["data", "generate", "qa", "--out", "qa.jsonl", "--limit", "12", "--per-chunk", "1", "--concurrency", "2", "--yes", "--json"];
    const child = spawn(process.execPath, [join(appDir, "bin/tandem.js"), ...args], { cwd: project, env: { ...process.env, ...env(), CHROMA_URL: "" } });
    const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
    const lines = () => (existsSync(checkpoint) ? readFileSync(checkpoint, "utf8").split("\n").filter(Boolean).length : 0);
    while (lines() < 4 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 25));
    child.kill("SIGKILL");
    await exited;
    expect(child.signalCode).toBe("SIGKILL");
    const kept = lines();
    expect(kept).toBeGreaterThanOrEqual(4);
    expect(kept).toBeLessThan(12);
    expect(existsSync(join(project, "qa.jsonl"))).toBe(false);

    const before = chatRequests();
    upstream.setFaults("chat", undefined);
    const resumed = await runCli(project, args, env());
    expect(resumed.code).toBe(0);
    const report = JSON.parse(resumed.stdout);
    expect(report).toMatchObject({ reused: kept, generated: 12 - kept, failed: [], examples: 12 });
    expect(chatRequests() - before).toBe(12 - kept);
    const keys = readJsonl(checkpoint).map((record) => record.key);
    expect(new Set(keys).size).toBe(12);
    expect(keys).toHaveLength(12);
    expect(readJsonl(join(project, "qa.jsonl"))).toHaveLength(12);
  }, 180_000);
});
