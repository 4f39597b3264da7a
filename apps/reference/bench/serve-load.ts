// `tandem serve` under load: a real server process (the sample corpus and training data, offline models, real
// Chroma) gets 2,000 requests at 200 concurrent — /v1/ask and /v1/route alternating, queries from the Kestrel
// routing eval — after a warm-up of 2,000 (one more pass of the same calls). Reported: p50/p99 latency, errors (any non-200), the server's RSS before
// and after the warm-up and after the run, and the same 2,000 calls made in-process (runtime.ask / runtime.route at
// the same concurrency) in the same run: the HTTP overhead is the ratio of CPU time per request (server process vs
// in-process), with wall times beside it.
// Targets: 0 errors, RSS after ≤ 1.2× RSS after warm-up, HTTP overhead ≤ 15%.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarizeLatency } from "@tandem/router/evaluation";
import { loadConfig } from "../src/config/load-config";
import { type Runtime } from "../src/runtime/runtime";
import { openRuntime } from "../src/runtime/open-runtime";
import type { BenchmarkResult } from "./types";

const total = 2000;
const warmUp = 2000;
const concurrency = 200;

interface Call {
  path: "/v1/ask" | "/v1/route";
  query: string;
}

/** Runs `count` calls with at most `concurrency` at once; returns each call's latency and the wall time. */
async function drive(count: number, call: (index: number) => Promise<boolean>): Promise<{ latencies: number[]; errors: number; wallMs: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const begun = performance.now();
      const ok = await call(index).catch(() => false);
      latencies.push(performance.now() - begun);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors, wallMs: performance.now() - started };
}

/** CPU time a process has used (user + system), in milliseconds (Linux /proc, 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const ownCpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) * 1024;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function startServer(project: string, repositoryDir: string): Promise<{ child: ChildProcess; url: string; pid: number }> {
  const child = spawn(process.execPath, [join(repositoryDir, "apps/reference/bin/tandem.js"), "serve", "--port", "0", "--json", "--no-watch"], {
    cwd: project,
    env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHROMA_URL: "", TANDEM_API_KEYS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split("\n").find((entry) => entry.startsWith('{"url"'));
      if (line) resolve({ child, ...(JSON.parse(line) as { url: string; pid: number }) });
    });
    child.once("exit", (code) => reject(new Error(`tandem serve exited with ${code}:\n${stderr}`)));
  });
}

export async function serveLoad(repositoryDir: string): Promise<BenchmarkResult> {
  const dataset = join(repositoryDir, "datasets/kestrel");
  const project = mkdtempSync(join(tmpdir(), "tandem-serve-load-"));
  cpSync(join(dataset, "corpus"), join(project, "corpus"), { recursive: true });
  mkdirSync(join(project, "finetune"));
  cpSync(join(dataset, "finetune/train.jsonl"), join(project, "finetune/train.jsonl"));
  writeFileSync(join(project, "tandem.config.yaml"), "rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\n");
  const queries = readFileSync(join(dataset, "eval/routing.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { query: string }).query);
  const calls: Call[] = Array.from({ length: total + warmUp }, (_, index) => ({ path: index % 2 === 0 ? "/v1/ask" : "/v1/route", query: queries[index % queries.length] as string }));

  const server = await startServer(project, repositoryDir);
  let runtime: Runtime | undefined;
  try {
    const overHttp = (offset: number) => async (index: number) => {
      const call = calls[offset + index] as Call;
      const response = await fetch(`${server.url}${call.path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: call.query }) });
      await response.arrayBuffer();
      return response.status === 200;
    };
    const rssBefore = rss(server.pid);
    const httpWarm = await drive(warmUp, overHttp(total));
    const rssWarm = rss(server.pid);
    const serverCpuBefore = cpuMs(server.pid);
    const clientCpuBefore = ownCpuMs();
    const http = await drive(total, overHttp(0));
    const serverCpu = cpuMs(server.pid) - serverCpuBefore;
    const clientCpu = ownCpuMs() - clientCpuBefore;
    const rssAfter = rss(server.pid);

    // The same calls in this process, against the same Chroma server (this process attaches to the server's).
    runtime = await openRuntime(loadConfig(join(project, "tandem.config.yaml"), {}), { needs: "serve", log: () => {}, environment: {} });
    const opened = runtime;
    const inProcess = (offset: number) => async (index: number) => {
      const call = calls[offset + index] as Call;
      const result = call.path === "/v1/ask" ? await opened.ask(call.query) : await opened.route(call.query);
      JSON.stringify(result); // the server serialises every answer; so does the baseline
      return true;
    };
    const localWarm = await drive(warmUp, inProcess(total));
    const localCpuBefore = ownCpuMs();
    const local = await drive(total, inProcess(0));
    const localCpu = ownCpuMs() - localCpuBefore;

    const httpLatency = summarizeLatency(http.latencies);
    const localLatency = summarizeLatency(local.latencies);
    const overhead = http.wallMs / local.wallMs;
    const fixed = (value: number) => value.toFixed(1);
    return {
      name: `serve-load: ${total} requests at ${concurrency} concurrent (/v1/ask and /v1/route alternating) on a tandem serve process`,
      header: ["figure", "value", "ratio", "target"],
      rows: [
        ["HTTP: wall time, throughput", `${(http.wallMs / 1000).toFixed(2)} s, ${Math.round(total / (http.wallMs / 1000))} req/s`, `${overhead.toFixed(2)}× in-process`, "(shared cores)"],
        ["in-process (runtime.ask / runtime.route): wall time", `${(local.wallMs / 1000).toFixed(2)} s, ${Math.round(total / (local.wallMs / 1000))} calls/s`, "1.00×", ""],
        ["server CPU per request (HTTP) vs the same call in-process", `${fixed(serverCpu / total)} vs ${fixed(localCpu / total)} ms`, `${(serverCpu / localCpu).toFixed(2)}×`, "≤ 1.15×"],
        ["load generator's CPU per request (fetch, not part of the server)", `${fixed(clientCpu / total)} ms`, "", ""],
        ["HTTP latency p50 / p99", `${fixed(httpLatency.p50)} / ${fixed(httpLatency.p99)} ms`, `${(httpLatency.p50 / localLatency.p50).toFixed(2)}× / ${(httpLatency.p99 / localLatency.p99).toFixed(2)}×`, ""],
        ["in-process latency p50 / p99", `${fixed(localLatency.p50)} / ${fixed(localLatency.p99)} ms`, "1.00×", ""],
        ["errors (HTTP, warm-up + run)", `${http.errors + httpWarm.errors}`, "", "0"],
        ["errors (in-process)", `${local.errors + localWarm.errors}`, "", ""],
        ["server RSS: start / after warm-up / after the run", `${megabytes(rssBefore)} / ${megabytes(rssWarm)} / ${megabytes(rssAfter)}`, `${(rssAfter / rssWarm).toFixed(2)}× after warm-up`, "≤ 1.2×"],
      ],
      notes: [
        "HTTP overhead is read from CPU time per request (the server process vs this process running the same calls), which other load on shared cores does not move; wall time is shown too, but it includes the load generator competing for the same 2 cores.",
        "Latency at 200 concurrent includes queueing (the server serves 64 at once by default, the rest wait in its queue).",
        "Offline models: the work per request is routing (and for /v1/ask retrieval + the extractive reader); a real model's latency would dwarf the HTTP overhead.",
      ],
    };
  } finally {
    await runtime?.close();
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server.child.once("exit", resolve));
    rmSync(project, { recursive: true, force: true });
  }
}
