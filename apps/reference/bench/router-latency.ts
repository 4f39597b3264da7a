// Router decision latency with 10,000 training prompts, in two parts measured in the same run:
// 1. the local signals (rules, coverage, freshness, policy: everything but the retrieval probe), read from each
//    decision's own timings, against a floor: only analysing the query text (the least any text router does);
// 2. the retrieval probe on its own (the default search — lexical ranking + dense, guarded — of a real Chroma index of the sample corpus),
//    against a floor: a heartbeat round trip to the same Chroma server.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { SearchHit } from "@tandem/core";
import { LocalHashEmbeddings } from "@tandem/models";
import { analyzeText } from "@tandem/text";
import { ChromaStore, createHybridRetriever, ensureChroma, ingest } from "@tandem/retrieval";
import { calibrateRouter, corpusSample, createRouter, type EvidenceProbe } from "@tandem/router";
import { type LatencySummary, summarizeLatency } from "@tandem/router/evaluation";
import type { BenchmarkResult } from "./types";

const promptCount = 10_000;
const rounds = 20;

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

export async function routerLatency(repositoryDir: string): Promise<BenchmarkResult[]> {
  const dataset = join(repositoryDir, "datasets/kestrel");
  const examples = readFileSync(join(dataset, "finetune/train.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as { messages: { role: string; content: string }[] });
  const prompts = examples.map((example) => example.messages.filter((message) => message.role === "user").at(-1)?.content ?? "");
  const queries = readFileSync(join(dataset, "eval/routing.jsonl"), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { query: string }).query);

  const root = mkdtempSync(join(tmpdir(), "tandem-bench-router-"));
  const chroma = await ensureChroma({ dataDir: join(root, "chroma") });
  try {
    const embeddings = new LocalHashEmbeddings();
    const store = await ChromaStore.open({ client: chroma.client, baseName: "bench-router", embedderId: embeddings.id });
    await ingest({ paths: [join(dataset, "corpus")], baseDir: dataset, stateDir: root, store, embeddings, chunking: { chunkSize: 800, chunkOverlap: 120 } });
    const retriever = await createHybridRetriever({ store, embeddings });
    const probe: EvidenceProbe = (query, options) => retriever.search(query, { k: options.k, ...(options.signal ? { signal: options.signal } : {}) });
    const chunks = await store.list({ limit: 100_000 });

    // 10,000 prompts: the sample prompts with deterministic variations of their material.
    const words = chunks.map((chunk) => chunk.text).join(" ").split(/\s+/).filter((word) => /^[a-z]{4,}$/.test(word));
    const many = Array.from({ length: promptCount }, (_, index) => `${prompts[index % prompts.length]} ${words[(index * 7919) % words.length]} ${words[(index * 104729) % words.length]}`);
    process.stderr.write(`  calibrating on ${promptCount} prompts and ${chunks.length} chunks…\n`);
    const calibration = await calibrateRouter({ trainingPrompts: many, ...corpusSample(chunks), evidence: probe, cutoff: "2026-06-30" });

    // Part 1: the retrieval probe's hits are fetched once, so decide() measures the local work only.
    const cached = new Map<string, SearchHit[]>();
    for (const query of queries) cached.set(query, await probe(query, { k: 5 }));
    const router = createRouter({ trainingPrompts: many, evidence: async (query) => cached.get(query) ?? [], calibration });
    const local: number[] = [];
    const decide: number[] = [];
    const decideCpu: number[] = [];
    const floor: number[] = [];
    const floorCpu: number[] = [];
    const loadBefore = loadavg()[0] ?? 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const query of queries) {
        let cpu = process.cpuUsage();
        let started = performance.now();
        analyzeText(query);
        floor.push(performance.now() - started);
        floorCpu.push(cpuMs(process.cpuUsage(cpu)));
        cpu = process.cpuUsage();
        started = performance.now();
        const decision = await router.decide({ query });
        decide.push(performance.now() - started);
        decideCpu.push(cpuMs(process.cpuUsage(cpu)));
        local.push(decision.timings.localMs ?? Number.NaN);
      }
    }
    // The first round warms the JIT and caches; it is left out.
    const after = (samples: number[]) => summarizeLatency(samples.slice(queries.length));
    // Per query, the median of its runs: what each query costs without the machine's interruptions.
    const perQuery = (samples: number[]) =>
      summarizeLatency(queries.map((_, index) => summarizeLatency(samples.filter((_, position) => position >= queries.length && position % queries.length === index)).p50));
    const localPerQuery = perQuery(local);
    const [localSummary, decideSummary, decideCpuSummary, floorSummary, floorCpuSummary] = [local, decide, decideCpu, floor, floorCpu].map(after) as [
      LatencySummary,
      LatencySummary,
      LatencySummary,
      LatencySummary,
      LatencySummary,
    ];

    // Part 2: the retrieval probe itself, against a heartbeat round trip to the same server.
    // The previous default (RRF 1:1, no lexical stages) is timed in the same rounds, for comparison.
    const previous = await createHybridRetriever({ store, embeddings, fusion: "rrf", titleWeight: 0, feedback: false, hop: false });
    const searches: number[] = [];
    const previousSearches: number[] = [];
    const heartbeats: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (const query of queries) {
        let started = performance.now();
        await chroma.client.heartbeat();
        heartbeats.push(performance.now() - started);
        started = performance.now();
        await probe(query, { k: 5 });
        searches.push(performance.now() - started);
        started = performance.now();
        await previous.search(query, { k: 5 });
        previousSearches.push(performance.now() - started);
      }
    }
    const searchSummary = summarizeLatency(searches.slice(queries.length));
    const previousSummary = summarizeLatency(previousSearches.slice(queries.length));
    const heartbeatSummary = summarizeLatency(heartbeats.slice(queries.length));

    const micro = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
    const milli = (ms: number) => `${ms.toFixed(2)} ms`;
    const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;
    return [
      {
        name: `router decision, local signals (rules, coverage, freshness, policy), ${promptCount.toLocaleString("en")} training prompts`,
        rows: [
          ["local signals p50 (wall clock)", micro(localSummary.p50), `${ratio(localSummary.p50, floorSummary.p50)} analyzeText`],
          ["local signals p99 (wall clock)", micro(localSummary.p99), `${ratio(localSummary.p99, floorSummary.p99)} analyzeText`],
          ["analyzeText(query) p50 / p99 (floor, wall clock)", `${micro(floorSummary.p50)} / ${micro(floorSummary.p99)}`, "1.0×"],
          ["local signals, per-query median: p50 / p99 over queries", `${micro(localPerQuery.p50)} / ${micro(localPerQuery.p99)}`, ""],
          ["decide() with cached hits p50 / p99 (wall clock)", `${micro(decideSummary.p50)} / ${micro(decideSummary.p99)}`, `${ratio(decideSummary.p50, floorSummary.p50)} / ${ratio(decideSummary.p99, floorSummary.p99)} analyzeText`],
          ["decide() with cached hits p50 / p99 (CPU time)", `${micro(decideCpuSummary.p50)} / ${micro(decideCpuSummary.p99)}`, `${ratio(decideCpuSummary.p50, floorCpuSummary.p50)} / ${ratio(decideCpuSummary.p99, floorCpuSummary.p99)} analyzeText (CPU)`],
        ],
        notes: [
          `${localSummary.count} decisions (${rounds - 1} rounds of the ${queries.length} sample queries after a warm-up round); targets (issue 5): p50 ≤ 200 µs, p99 ≤ 1000 µs`,
          "local signals: rules + coverage + freshness + policy, from each decision's timings; decide() with cached hits adds the evidence measure over the probe's hits and the promise plumbing",
          `per-query median: each query's median over its ${rounds - 1} runs, then p50 / p99 over the ${queries.length} queries (the slowest query's typical cost)`,
          `CPU time (process.cpuUsage) is what a decision costs; wall clock adds waiting for a core — load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores during this run`,
        ],
      },
      {
        name: "router retrieval probe: the default search (lexical ranking + Chroma dense, guarded fusion) of the sample corpus, k = 5",
        rows: [
          ["probe p50", milli(searchSummary.p50), `${ratio(searchSummary.p50, heartbeatSummary.p50)} heartbeat`],
          ["probe p99", milli(searchSummary.p99), `${ratio(searchSummary.p99, heartbeatSummary.p99)} heartbeat`],
          ["Chroma heartbeat p50 / p99 (floor)", `${milli(heartbeatSummary.p50)} / ${milli(heartbeatSummary.p99)}`, "1.0×"],
          ["previous default (RRF 1:1, no lexical stages) p50 / p99", `${milli(previousSummary.p50)} / ${milli(previousSummary.p99)}`, `${ratio(previousSummary.p50, heartbeatSummary.p50)} heartbeat`],
        ],
        notes: [`${searchSummary.count} searches on ${chunks.length} chunks; runs concurrently with the local signals and is cancelled when they decide alone`],
      },
    ];
  } finally {
    await chroma.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
