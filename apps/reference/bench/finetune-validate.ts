// Fine-tuning dataset validation: throughput of `validateDataset` (read + raw scan + parse + every rule + exact
// token counting) as a ratio to the raw tokenizer counting the same text in the same run (target ≥ 0.8×), and
// peak resident memory of a child process validating generated files of growing size (target: flat, ≤ 1.5×
// from the smallest to the largest). Sizes: FINETUNE_BENCH_MB="10,1024" (default "10,200"); the throughput
// file is FINETUNE_BENCH_THROUGHPUT_MB (default 16).
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

function best(times: number[]): number {
  return Math.min(...times);
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
  const megabytes = Number(process.env.FINETUNE_BENCH_THROUGHPUT_MB ?? 16);
  const file = join(directory, "throughput.jsonl");
  await generate(repositoryDir, file, megabytes);
  const bytes = statSync(file).size;
  // The same text the validator tokenizes: every role and content, already in memory (not timed).
  const texts = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .flatMap((line) => (JSON.parse(line) as Example).messages.flatMap((message) => [message.role, message.content]));
  const plainText = { disallowedSpecial: new Set<string>() };
  const raw: number[] = [];
  const validated: number[] = [];
  let rawTokens = 0;
  let validatedTokens = 0;
  for (let round = 0; round < 3; round += 1) {
    clearMergeCache();
    let started = performance.now();
    rawTokens = 0;
    for (const text of texts) rawTokens += countTokens(text, plainText);
    raw.push(performance.now() - started);
    clearMergeCache();
    started = performance.now();
    const report = await validateDataset(file);
    validated.push(performance.now() - started);
    validatedTokens = report.tokens.totalTokens;
  }
  const mbPerSecond = (milliseconds: number) => (bytes / 1024 / 1024 / (milliseconds / 1000)).toFixed(2);
  const ratio = best(raw) / best(validated);
  return {
    name: `fine-tuning validation throughput (${(bytes / 1024 / 1024).toFixed(0)} MB chat JSONL, o200k_base, best of 3)`,
    rows: [
      ["validateDataset (read, scan, parse, all rules, exact tokens)", `${mbPerSecond(best(validated))} MB/s`, `${ratio.toFixed(2)}× raw tokenizer`],
      ["raw tokenizer: countTokens on the same texts, in memory", `${mbPerSecond(best(raw))} MB/s`, "1.00×"],
    ],
    notes: [
      `target ≥ 0.80× (issue 4); all rounds: validator ${validated.map((time) => time.toFixed(0)).join("/")} ms, tokenizer ${raw.map((time) => time.toFixed(0)).join("/")} ms`,
      `tokens: validator ${validatedTokens.toLocaleString("en-US")} (ChatML formula: + 3 per message + 3 priming), tokenizer ${rawTokens.toLocaleString("en-US")} (roles + contents)`,
    ],
  };
}

async function memory(repositoryDir: string, directory: string): Promise<BenchmarkResult> {
  const sizes = (process.env.FINETUNE_BENCH_MB ?? "10,200").split(",").map(Number);
  const child = fileURLToPath(new URL("./finetune-validate-child.ts", import.meta.url));
  const run = (...args: string[]) =>
    JSON.parse(execFileSync(process.execPath, ["--import", "tsx", child, ...args], { encoding: "utf8", maxBuffer: 1 << 20 })) as { maxRssKb: number; records: number; tokens: number; seconds: number };
  const loaded = run(join(directory, "none"), "--load-only");
  const rows: string[][] = [["tokenizer loaded, nothing read (floor)", `${(loaded.maxRssKb / 1024).toFixed(0)} MB`, "-"]];
  let smallest: number | undefined;
  const measured: string[] = [];
  for (const megabytes of sizes) {
    const file = join(directory, `memory-${megabytes}.jsonl`);
    await generate(repositoryDir, file, megabytes);
    const result = run(file);
    rmSync(file, { force: true });
    smallest ??= result.maxRssKb;
    rows.push([
      `validateDataset on ${megabytes.toLocaleString("en-US")} MB (${result.records.toLocaleString("en-US")} records, ${result.seconds.toFixed(0)} s)`,
      `${(result.maxRssKb / 1024).toFixed(0)} MB`,
      `${(result.maxRssKb / smallest).toFixed(2)}× the ${sizes[0]} MB file`,
    ]);
    measured.push(`${megabytes} MB → ${(result.maxRssKb / 1024).toFixed(0)} MB RSS`);
  }
  return {
    name: "fine-tuning validation peak memory (child process, maxRSS)",
    header: ["run", "peak RSS", "ratio"],
    rows,
    notes: [`target: flat within 1.5× from the smallest to the largest file (issue 4); sizes from FINETUNE_BENCH_MB (now ${sizes.join(",")})`, measured.join("; ")],
  };
}
