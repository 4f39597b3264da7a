// Router decision latency with 10,000 training prompts: the local signals (rules, coverage, policy) with an
// instant retrieval probe, against the cost of only analysing the query text (the floor), in the same run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeText } from "@tandem/models";
import { calibrateRouter, createRouter, type EvidenceProbe, summarizeLatency } from "@tandem/router";
import type { BenchmarkResult } from "./types";

export async function routerLatency(repositoryDir: string): Promise<BenchmarkResult> {
  const dataset = join(repositoryDir, "datasets/kestrel");
  const examples = readFileSync(join(dataset, "finetune/train.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as { messages: { role: string; content: string }[] });
  const prompts = examples.map((example) => example.messages.filter((message) => message.role === "user").at(-1)?.content ?? "");
  const corpus = readdirSync(join(dataset, "corpus")).map((name) => readFileSync(join(dataset, "corpus", name), "utf8"));
  // 10,000 prompts: the sample prompts with deterministic variations of their material.
  const words = corpus.join(" ").split(/\s+/).filter((word) => /^[a-z]{4,}$/.test(word));
  const many = Array.from({ length: 10_000 }, (_, index) => `${prompts[index % prompts.length]} ${words[(index * 7919) % words.length]} ${words[(index * 104729) % words.length]}`);
  const instant: EvidenceProbe = async () => [];
  const calibration = await calibrateRouter({ trainingPrompts: many, corpusTexts: corpus, evidence: instant, samples: 100 });
  const router = createRouter({ trainingPrompts: many, evidence: instant, calibration });
  const queries = readFileSync(join(dataset, "eval/routing.jsonl"), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { query: string }).query);

  const decide: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const query of queries) {
      let started = performance.now();
      analyzeText(query);
      floor.push(performance.now() - started);
      started = performance.now();
      await router.decide({ query });
      decide.push(performance.now() - started);
    }
  }
  const measured = summarizeLatency(decide.slice(queries.length));
  const baseline = summarizeLatency(floor.slice(queries.length));
  return {
    name: "router decision, local signals, 10,000 training prompts",
    rows: [
      ["decide() p50", `${(measured.p50 * 1000).toFixed(0)} µs`, `${(measured.p50 / baseline.p50).toFixed(1)}× analyzeText`],
      ["decide() p99", `${(measured.p99 * 1000).toFixed(0)} µs`, `${(measured.p99 / baseline.p99).toFixed(1)}× analyzeText`],
      ["analyzeText(query) p50 (floor)", `${(baseline.p50 * 1000).toFixed(0)} µs`, "1.0×"],
    ],
    notes: [`${measured.count} decisions; targets (issue 5): p50 ≤ 200 µs, p99 ≤ 1000 µs`],
  };
}
