// Fine-tuning dataset validation: throughput of `validateDataset` (read + raw scan + parse + every rule + exact
// token counting) as a ratio to the raw tokenizer counting the same text in the same run (target ≥ 0.8×), and
// peak resident memory of a child process validating generated files of growing size (target: flat, ≤ 1.5×
// from the smallest to the largest). Sizes: FINETUNE_BENCH_MB="10,1024" (default "10,100"); the throughput
// file is FINETUNE_BENCH_THROUGHPUT_MB (default 8), timed in FINETUNE_BENCH_ROUNDS alternating rounds (default 5).
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateDataset } from "@tandem/finetune";
import { clearMergeCache, countTokens } from "gpt-tokenizer/encoding/o200k_base";
import type { BenchmarkResult } from "./types";

interface Example {
  messages: { role: string; content: string }[];
}

/** Writes `megabytes` of chat JSONL built from the sample datasets, each example varied so none repeats. */
async function generate(repositoryDir: string, file: string, megabytes: number): Promise<void> {
  const examples = ["kestrel", "riverton-library"].flatMap((name) =>
    readFileSync(join(repositoryDir, "datasets", name, "finetune/train.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Example),
  );
  const words = examples.flatMap((example) => example.messages.flatMap((message) => message.content.split(/\s+/))).filter((word) => /^[a-z]{5,}$/.test(word));
  const stream = createWriteStream(file);
  const target = megabytes * 1024 * 1024;
  let written = 0;
  for (let index = 0; written < target; index += 1) {
    const example = examples[index % examples.length] as Example;
    const varied = {
      messages: example.messages.map((message, position) => ({
        role: message.role,
        content: position === 0 ? message.content : `${message.content.replace(/\d+/g, (digits) => String(Number(digits) + index))} ${words[(index * 7919 + position) % words.length]}`,
      })),
    };
    const line = `${JSON.stringify(varied)}\n`;
    written += Buffer.byteLength(line);
    if (!stream.write(line)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export async function finetuneValidate(repositoryDir: string): Promise<BenchmarkResult[]> {
  const directory = mkdtempSync(join(tmpdir(), "tandem-bench-ft-"));
  try {
    return [await throughput(repositoryDir, directory), await memory(repositoryDir, directory)];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function throughput(repositoryDir: string, directory: string): Promise<BenchmarkResult> {
  const megabytes = Number(process.env.FINETUNE_BENCH_THROUGHPUT_MB ?? 8);
  const rounds = Number(process.env.FINETUNE_BENCH_ROUNDS ?? 5);
  const file = join(directory, "throughput.jsonl");
  await generate(repositoryDir, file, megabytes);
  const bytes = statSync(file).size;
  // The same text the validator tokenizes: every role and content, already in memory (not timed).
  const texts = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .flatMap((line) => (JSON.parse(line) as Example).messages.flatMap((message) => [message.role, message.content]));
  const plainText = { disallowedSpecial: new Set<string>() };
  const raw: Timing[] = [];
  const validated: Timing[] = [];
  const withoutReuse: Timing[] = [];
  let rawTokens = 0;
  let validatedTokens = 0;
  // Alternating rounds; the best of each is compared. CPU time (this process, all threads) is the primary figure:
  // the machine is shared, and wall time also measures the other processes' load.
  for (let round = 0; round < rounds; round += 1) {
    clearMergeCache();
    raw.push(
      timed(() => {
        rawTokens = 0;
        for (const text of texts) rawTokens += countTokens(text, plainText);
      }),
    );
    clearMergeCache();
    let startedCpu = process.cpuUsage();
    let startedWall = performance.now();
    validatedTokens = (await validateDataset(file)).tokens.totalTokens;
    validated.push({ wall: performance.now() - startedWall, cpu: cpuMilliseconds(process.cpuUsage(startedCpu)) });
    clearMergeCache();
    startedCpu = process.cpuUsage();
    startedWall = performance.now();
    await validateDataset(file, { reuseRepeatedText: false });
    withoutReuse.push({ wall: performance.now() - startedWall, cpu: cpuMilliseconds(process.cpuUsage(startedCpu)) });
  }
  const mbPerSecond = (milliseconds: number) => (bytes / 1024 / 1024 / (milliseconds / 1000)).toFixed(2);
  const bestCpu = (timings: Timing[]) => Math.min(...timings.map((timing) => timing.cpu));
  const bestWall = (timings: Timing[]) => Math.min(...timings.map((timing) => timing.wall));
  const row = (name: string, timings: Timing[]) => [
    name,
    `${mbPerSecond(bestCpu(timings))} MB/s`,
    `${(bestCpu(raw) / bestCpu(timings)).toFixed(2)}× raw tokenizer`,
    `${mbPerSecond(bestWall(timings))} MB/s`,
    `${(bestWall(raw) / bestWall(timings)).toFixed(2)}×`,
  ];
  return {
    name: `fine-tuning validation throughput (${(bytes / 1024 / 1024).toFixed(0)} MB chat JSONL, o200k_base, best of ${rounds})`,
    header: ["figure", "CPU time", "ratio", "wall time", "ratio"],
    rows: [
      row("validateDataset (read, scan, parse, all rules, exact tokens)", validated),
      row("  the same, counting each repeated system prompt again", withoutReuse),
      ["raw tokenizer: countTokens on the same texts, in memory", `${mbPerSecond(bestCpu(raw))} MB/s`, "1.00×", `${mbPerSecond(bestWall(raw))} MB/s`, "1.00×"],
    ],
    notes: [
      `target ≥ 0.80× (issue 4); rounds (CPU ms): validator ${validated.map((timing) => timing.cpu.toFixed(0)).join("/")}, without reuse ${withoutReuse.map((timing) => timing.cpu.toFixed(0)).join("/")}, tokenizer ${raw.map((timing) => timing.cpu.toFixed(0)).join("/")}`,
      "the validator counts a system prompt it has seen before from its cache (exact: same text, same count); the raw tokenizer counts every text, so the second row is the overhead alone",
      `tokens: validator ${validatedTokens.toLocaleString("en-US")} (ChatML formula: + 3 per message + 3 priming), tokenizer ${rawTokens.toLocaleString("en-US")} (roles + contents)`,
    ],
  };
}

interface Timing {
  wall: number;
  cpu: number;
}

function timed(work: () => void): Timing {
  const startedCpu = process.cpuUsage();
  const startedWall = performance.now();
  work();
  return { wall: performance.now() - startedWall, cpu: cpuMilliseconds(process.cpuUsage(startedCpu)) };
}

function cpuMilliseconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

async function memory(repositoryDir: string, directory: string): Promise<BenchmarkResult> {
  const sizes = (process.env.FINETUNE_BENCH_MB ?? "10,100").split(",").map(Number);
  const child = fileURLToPath(new URL("./finetune-validate-child.ts", import.meta.url));
  const run = (...args: string[]) =>
    JSON.parse(execFileSync(process.execPath, ["--import", "tsx", child, ...args], { encoding: "utf8", maxBuffer: 1 << 20 })) as { maxRssKb: number; records: number; tokens: number; seconds: number };
  const loaded = run(join(directory, "none"), "--load-only");
  const rows: string[][] = [["tokenizer loaded, nothing read (floor)", `${(loaded.maxRssKb / 1024).toFixed(0)} MB`, "-", "-", "-"]];
  let smallest: { validator: number; naive: number } | undefined;
  const measured: string[] = [];
  for (const megabytes of sizes) {
    const file = join(directory, `memory-${megabytes}.jsonl`);
    await generate(repositoryDir, file, megabytes);
    const result = run(file);
    const naive = run(file, "--naive");
    rmSync(file, { force: true });
    smallest ??= { validator: result.maxRssKb, naive: naive.maxRssKb };
    rows.push([
      `${megabytes.toLocaleString("en-US")} MB (${result.records.toLocaleString("en-US")} records; validator ${result.seconds.toFixed(0)} s)`,
      `${(result.maxRssKb / 1024).toFixed(0)} MB`,
      `${(result.maxRssKb / smallest.validator).toFixed(2)}×`,
      `${(naive.maxRssKb / 1024).toFixed(0)} MB`,
      `${(naive.maxRssKb / smallest.naive).toFixed(2)}×`,
    ]);
    measured.push(`${megabytes} MB → ${(result.maxRssKb / 1024).toFixed(0)} MB RSS`);
  }
  return {
    name: "fine-tuning validation peak memory (child process, maxRSS)",
    header: ["file", "validateDataset", "ratio", "naive readline+parse+count", "ratio"],
    rows,
    notes: [
      `target: flat within 1.5× from the smallest to the largest file (issue 4); sizes from FINETUNE_BENCH_MB (now ${sizes.join(",")})`,
      "the naive pipeline (no validation) shows V8's own heap growth under the tokenizer's allocation rate on the same files",
      measured.join("; "),
    ],
  };
}
