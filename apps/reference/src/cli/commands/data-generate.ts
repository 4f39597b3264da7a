// `tandem data generate qa|raft`: fine-tuning data from the project's own index, with the configured chat model
// (or, offline, the deterministic local writers). The cost estimate is shown before anything runs.
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { TandemError } from "@tandem/core";
import {
  type ChunkSource,
  formatEstimate,
  type GenerationEstimate,
  LocalCitingAnswerWriter,
  LocalQuestionWriter,
  planQaGeneration,
  planRaftGeneration,
  type RaftReport,
  readRaftQuestions,
  runQaGeneration,
  runRaftGeneration,
  type RunProgress,
  type TokenPrices,
} from "@tandem/finetune";
import type { Command } from "commander";
import type { Runtime } from "../../runtime/runtime";
import type { RuntimeContext } from "../context";
import { defineAction } from "../define-action";
import type { Output } from "../output";
import { nonNegativeInteger, positiveInteger, share, tokenPrices } from "../parsers";

interface CommonOptions {
  out: string;
  limit?: number;
  perChunk?: number;
  concurrency: number;
  checkpoint?: string;
  price?: TokenPrices;
  dryRun?: boolean;
  yes?: boolean;
}

interface QaOptions extends CommonOptions {
  systemPrompt?: string;
}

interface RaftOptions extends CommonOptions {
  questions?: string;
  distractors: number;
  oracleShare: number;
  seed: number;
  randomDistractors?: boolean;
  holdoutShare?: number;
  holdoutSource?: string[];
  evalOut?: string;
}

/** Registers `tandem data generate qa|raft` under the `data` command. */
export function registerDataGenerateCommands(data: Command): void {
  const generate = data
    .command("generate")
    .description("Generate fine-tuning data from the index (rag.sources) with the configured chat model, or offline with the local writers");
  const common = (command: Command) =>
    command
      .requiredOption("--out <file>", "output JSONL (OpenAI chat SFT)")
      .option("--limit <n>", "chunks to use at most, spread over the documents", positiveInteger)
      .option("--per-chunk <n>", "questions per chunk (qa default 2, raft default 1)", positiveInteger)
      .option("--concurrency <n>", "model calls in flight at once", positiveInteger, 4)
      .option("--checkpoint <file>", "checkpoint JSONL: finished chunks are kept and skipped on a re-run (default: <out>.checkpoint.jsonl)")
      .option("--price <input,output>", "USD per 1M input,output tokens for the estimate (known models have built-in prices)", tokenPrices)
      .option("--dry-run", "show the plan and the cost estimate, call nothing")
      .option("--yes", "run without asking, even when the run costs money");

  common(generate.command("qa").description("Synthetic question-answer pairs from corpus chunks"))
    .option("--system-prompt <text>", "system message of every produced example")
    .action(defineAction({ needs: "search" }, (context, options: QaOptions) => runGenerateQa(context, options)));

  common(generate.command("raft").description("RAFT examples: question, oracle chunk + retrieved hard-negative distractors, quoted chain-of-thought answer"))
    .option("--questions <file>", 'JSONL of {"question": ..., "chunkId": ...} to answer instead of generated questions')
    .option("--distractors <n>", "distractors per example (the paper used 4)", nonNegativeInteger, 4)
    .option("--oracle-share <p>", "share of examples that include the oracle chunk (the paper's P)", share, 0.8)
    .option("--seed <n>", "seed of the oracle draws, document order and held-out documents", nonNegativeInteger, 1)
    .option("--random-distractors", "random chunks as distractors instead of retrieved hard negatives")
    .option("--holdout-share <p>", "hold out this share of the documents for evaluation (never oracles in training)", share)
    .option("--holdout-source <source...>", "hold out these documents (sources as indexed, e.g. corpus/pricing.md)")
    .option("--eval-out <file>", "examples whose oracle is a held-out document (default: <out>.eval.jsonl)")
    .action(defineAction({ needs: "search" }, (context, options: RaftOptions) => runGenerateRaft(context, options)));
}

/** The index as a ChunkSource, read page by page. */
function indexChunks(runtime: Runtime): ChunkSource {
  return {
    async *chunks() {
      const pageSize = 500;
      for (let offset = 0; ; offset += pageSize) {
        const page = await runtime.listChunks({ limit: pageSize, offset });
        for (const chunk of page) yield { id: chunk.id, text: chunk.text, source: chunk.metadata.source, metadata: chunk.metadata };
        if (page.length < pageSize) return;
      }
    },
  };
}

/** The writers: the configured chat model, or offline the local writers (named as such). */
function writers(context: RuntimeContext): { questionWriter: BaseChatModel; answerWriter: BaseChatModel; modelName: string; local: boolean } {
  const description = context.runtime.describe();
  if (description.models.provider === "local") {
    context.output.log("offline: questions by the local question writer, answers by the local citing answer writer (deterministic, not language models)");
    return { questionWriter: new LocalQuestionWriter(), answerWriter: new LocalCitingAnswerWriter(), modelName: "local-writers", local: true };
  }
  const model = context.runtime.readerModel();
  return { questionWriter: model, answerWriter: model, modelName: description.models.reader ?? "chat model", local: false };
}

/**
 * Shows the estimate, then decides: an exit code when the run stops here (a dry run, or not confirmed), else
 * undefined to go ahead.
 */
async function stopBeforeRunning(output: Output, estimate: GenerationEstimate, options: CommonOptions, plan: Record<string, unknown>): Promise<number | undefined> {
  output.log(`estimate: ${formatEstimate(estimate)}`);
  if (options.dryRun) {
    output.result({ dryRun: true, ...plan, estimate }, () => "dry run: nothing was generated");
    return 0;
  }
  if (await confirm(estimate, options)) return undefined;
  output.log("cancelled; nothing was generated");
  return 1;
}

async function confirm(estimate: GenerationEstimate, options: CommonOptions): Promise<boolean> {
  if (estimate.local || estimate.calls === 0 || options.yes) return true;
  if (!process.stdin.isTTY) {
    throw new TandemError({
      code: "INPUT_INVALID",
      message: `this run makes ${estimate.calls} call(s) to ${estimate.model}${estimate.usd === undefined ? "" : ` (≈$${estimate.usd.toFixed(4)})`}; it needs confirmation`,
      hint: "pass --yes to run it, or --dry-run to see the plan only",
    });
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question("proceed? [y/N] ")).trim());
  } finally {
    prompt.close();
  }
}

function progress(output: Output, total: number): (event: RunProgress) => void {
  return (event) => {
    const line = `${event.finished}/${total} chunks (${event.outcome}: ${event.key.slice(0, 16)})`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(60)}`);
    else if (event.finished === total || event.finished % 10 === 0) output.log(line);
  };
}

async function runGenerateQa(context: RuntimeContext, options: QaOptions): Promise<number> {
  const { output } = context;
  const { questionWriter, modelName } = writers(context);
  const plan = await planQaGeneration({
    source: indexChunks(context.runtime),
    model: questionWriter,
    modelName,
    out: resolve(options.out),
    ...(options.checkpoint ? { checkpoint: resolve(options.checkpoint) } : {}),
    ...(options.limit ? { limit: options.limit } : {}),
    ...(options.perChunk ? { questionsPerChunk: options.perChunk } : {}),
    concurrency: options.concurrency,
    ...(options.systemPrompt ? { systemPrompt: options.systemPrompt } : {}),
    ...(options.price ? { prices: options.price } : {}),
    signal: context.signal,
  });
  output.log(`${plan.chunks.length} of ${plan.totalChunks} chunks (${plan.tooShort} too short to ask about); ${plan.chunks.length - plan.pending.length} already in ${plan.checkpoint}`);
  const stop = await stopBeforeRunning(output, plan.estimate, options, { chunks: plan.chunks.length, pending: plan.pending.length, checkpoint: plan.checkpoint });
  if (stop !== undefined) return stop;
  plan.options.onProgress = progress(output, plan.chunks.length);
  const report = await runQaGeneration(plan);
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  output.result(report, () =>
    [
      `wrote ${report.examples} examples to ${report.out} (${report.generated} chunks generated, ${report.reused} reused from the checkpoint)`,
      ...(report.fewerPairs.length ? [`${report.fewerPairs.length} chunk(s) got fewer pairs than asked`] : []),
      ...(report.truncatedCheckpointLines ? ["a checkpoint line cut off by an earlier kill was dropped; that chunk ran again"] : []),
      ...report.failed.map((failure) => `failed: ${failure.key} after ${failure.attempts} attempt(s): ${failure.reason}`),
      `tokens reported by the model: ${report.usage.inputTokens} input, ${report.usage.outputTokens} output`,
    ].join("\n"),
  );
  return failedExit(output, report.failed.length);
}

async function runGenerateRaft(context: RuntimeContext, options: RaftOptions): Promise<number> {
  const { output, runtime } = context;
  const { questionWriter, answerWriter, modelName } = writers(context);
  const plan = await planRaftGeneration({
    source: indexChunks(runtime),
    retriever: (query, k) => runtime.search(query, k),
    questionWriter,
    answerWriter,
    modelName,
    out: resolve(options.out),
    ...(options.questions ? { questions: readRaftQuestions(resolve(options.questions)) } : {}),
    ...(options.evalOut ? { evalOut: resolve(options.evalOut) } : {}),
    ...(options.checkpoint ? { checkpoint: resolve(options.checkpoint) } : {}),
    ...(options.limit ? { limit: options.limit } : {}),
    ...(options.perChunk ? { questionsPerChunk: options.perChunk } : {}),
    distractors: options.distractors,
    oracleShare: options.oracleShare,
    seed: options.seed,
    distractorMode: options.randomDistractors ? "random" : "retrieved",
    ...(options.holdoutShare !== undefined || options.holdoutSource
      ? { holdout: { ...(options.holdoutShare !== undefined ? { share: options.holdoutShare } : {}), ...(options.holdoutSource ? { sources: options.holdoutSource } : {}) } }
      : {}),
    concurrency: options.concurrency,
    ...(options.price ? { prices: options.price } : {}),
    signal: context.signal,
  });
  output.log(`${plan.items.length} chunk(s) to build from (${plan.totalChunks} in the index, ${plan.tooShort} too short); ${plan.items.length - plan.pending} already in ${plan.checkpoint}`);
  if (plan.evalSources.length) output.log(`held out for evaluation: ${plan.evalSources.join(", ")}`);
  const stop = await stopBeforeRunning(output, plan.estimate, options, { items: plan.items.length, pending: plan.pending, evalSources: plan.evalSources, checkpoint: plan.checkpoint });
  if (stop !== undefined) return stop;
  plan.options.onProgress = progress(output, plan.items.length);
  const report = await runRaftGeneration(plan);
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  output.result(report, () => renderRaftReport(report));
  return failedExit(output, report.failed.length);
}

function failedExit(output: Output, failed: number): number {
  if (failed === 0) return 0;
  output.log(`${failed} chunk(s) failed after every retry; run the same command again to retry them (finished chunks are kept)`);
  return 1;
}

function renderRaftReport(report: RaftReport): string {
  const reasons = Object.entries(report.rejected.byReason).map(([reason, count]) => `${reason} ${count}`).join(", ");
  return [
    `wrote ${report.examples.train} training examples to ${report.out}${report.evalOut ? ` and ${report.examples.eval} eval examples to ${report.evalOut}` : ""}`,
    `  questions ${report.questions}${report.chunksWithoutQuestions.length ? ` (${report.chunksWithoutQuestions.length} chunk(s) had nothing to ask about)` : ""}; oracle included in ${report.oracle.withOracle} of ${report.examples.train} (${(report.oracle.actualShare * 100).toFixed(0)}%, asked ${(report.oracle.askedShare * 100).toFixed(0)}%)`,
    `  distractors: ${report.distractors.mode}, ${report.distractors.perExample} per example; passed over ${report.distractors.skipped.oracle} oracle copies, ${report.distractors.skipped.duplicate} repeats, ${report.distractors.skipped.containsAnswer} holding the answer`,
    ...(report.distractors.short.length ? [`  ${report.distractors.short.length} example(s) have fewer distractors than asked (the index returned too few)`] : []),
    `  rejected ${report.rejected.total} answer(s) that failed quote verification${reasons ? ` (${reasons})` : ""}; listed in ${report.rejectedOut}`,
    ...report.rejected.examples.slice(0, 5).map((rejected) => `    - ${rejected.question.slice(0, 70)}: ${rejected.reasons.map((problem) => `${problem.reason} "${problem.detail.slice(0, 60)}"`).join("; ")}`),
    ...report.failed.map((failure) => `  failed: ${failure.key} after ${failure.attempts} attempt(s): ${failure.reason}`),
    `  ${report.generated} chunk(s) generated, ${report.reused} reused from ${report.checkpoint}`,
  ].join("\n");
}
