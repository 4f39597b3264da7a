// RAFT-style examples from our own index (Zhang et al. 2024, arXiv 2403.10131), with the defects of the reference
// implementation fixed: distractors are hard negatives retrieved for the question (not random, unless asked), never
// the oracle or a repeat or a chunk holding the answer, and a shortfall is reported; a share P of examples keeps the
// oracle (default 0.8, 4 distractors); document order is shuffled with a seed; every answer is chain-of-thought with
// quotes verified verbatim against the oracle, and unverifiable examples are reported, not kept; and documents can be
// held out for evaluation so an eval document never serves as an oracle in training.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { fnv1a32, parseJsonlStrict, TandemError } from "@tandem/core";
import { groundedMessages, messageContent } from "@tandem/models";
import { LocalChatModel } from "@tandem/models/local";
import { z } from "zod";
import { CheckpointFile } from "../checkpoint-file";
import type { DistractorRetriever, SourceChunk } from "../chunk-source";
import { collectChunks } from "../collect-chunks";
import { estimateGeneration, type GenerationEstimate } from "../generation-estimate";
import { callOptions, type GenerationRunOptions, modelNameOf, runSettings } from "../generation-options";
import { parseQuestionReply, questionMessages, questionWriterSystem } from "../qa/question-prompt";
import { type RunFailure, runCheckpointed } from "../run-checkpointed";
import { seededRandom, shuffled } from "../seeded-random";
import { writeJsonl } from "../../dataset/write-jsonl";
import { raftAnswerMessages, raftAnswerSystem, raftTrainingSystem } from "./raft-answer-prompt";
import { type DistractorCandidate, selectDistractors } from "./select-distractors";
import { endQuote, type QuoteProblem, verifyQuotedAnswer } from "./verify-quotes";

/** A question about a known chunk (from a questions file). */
export interface RaftQuestion {
  question: string;
  chunkId: string;
}

export interface RaftGenerationOptions extends GenerationRunOptions {
  /** Hard negatives for a question: the app wires its hybrid retriever over the same index. */
  retriever: DistractorRetriever;
  /** Writes questions about a chunk when `questions` is not given (a real chat model or LocalQuestionWriter). */
  questionWriter: BaseChatModel;
  /** Writes the quoted chain-of-thought answers (a real chat model or LocalCitingAnswerWriter). */
  answerWriter: BaseChatModel;
  /** Questions to answer instead of generated ones. */
  questions?: readonly RaftQuestion[];
  /** Questions generated per chunk. Default 1. */
  questionsPerChunk?: number;
  /** Examples whose oracle is a held-out document. Default `<out>.eval.jsonl` when holding out. */
  evalOut?: string;
  /** Rejected examples with their reasons. Default `<out>.rejected.jsonl`. */
  rejectedOut?: string;
  /** Distractors per example (with the oracle; one more without it, so every example shows as many documents). Default 4. */
  distractors?: number;
  /** Share P of training examples that include the oracle. Default 0.8. */
  oracleShare?: number;
  /** Seed of the oracle draws, document order and held-out documents. Default 1. */
  seed?: number;
  /** `retrieved` hard negatives (default) or `random` chunks (only when asked). */
  distractorMode?: "retrieved" | "random";
  /** Hold out documents for evaluation: a seeded share of the source documents, or the sources listed. */
  holdout?: { share?: number; sources?: readonly string[] };
  /** Answers asked per question until one verifies. Default 2. */
  answerAttempts?: number;
  /** System message of the produced examples. Default: how to use the numbered documents and quote. */
  systemPrompt?: string;
}

interface AcceptedQuestion {
  question: string;
  answer: string;
  distractors: DistractorCandidate[];
  skipped: { oracle: number; duplicate: number; containsAnswer: number };
}

interface RejectedQuestion {
  question: string;
  reasons: QuoteProblem[];
  answer: string;
}

interface ChunkResult {
  chunkId: string;
  source: string;
  accepted: AcceptedQuestion[];
  rejected: RejectedQuestion[];
}

interface WorkItem {
  chunk: SourceChunk;
  questions: string[] | undefined;
}

export interface RaftPlan {
  options: RaftGenerationOptions;
  modelName: string;
  checkpoint: string;
  items: WorkItem[];
  /** Chunks (with their questions) the checkpoint does not hold yet. */
  pending: number;
  allChunks: SourceChunk[];
  totalChunks: number;
  tooShort: number;
  evalSources: string[];
  estimate: GenerationEstimate;
}

export interface RaftReport {
  out: string;
  evalOut: string | undefined;
  rejectedOut: string;
  checkpoint: string;
  model: string;
  examples: { train: number; eval: number };
  oracle: { askedShare: number; withOracle: number; withoutOracle: number; actualShare: number };
  questions: number;
  /** Chunks the question writer found nothing to ask about. */
  chunksWithoutQuestions: string[];
  /** Examples dropped because their answer failed verification (listed in rejectedOut), by reason. */
  rejected: { total: number; byReason: Record<string, number>; examples: { chunkId: string; question: string; reasons: QuoteProblem[] }[] };
  distractors: {
    mode: "retrieved" | "random";
    perExample: number;
    /** Examples that got fewer distractors than asked (kept, and listed here). */
    short: { chunkId: string; question: string; have: number; needed: number }[];
    /** Candidates passed over: the oracle itself, repeats, and chunks containing the answer's quotes. */
    skipped: { oracle: number; duplicate: number; containsAnswer: number };
  };
  evalSources: string[];
  chunks: { total: number; used: number; tooShort: number };
  reused: number;
  generated: number;
  failed: RunFailure[];
  truncatedCheckpointLines: number;
}

const promptVersion = "raft-1";
const questionSchema = z.object({ question: z.string().trim().min(3), chunkId: z.string().min(1) });

/** Reads a questions file: JSONL of `{"question": ..., "chunkId": ...}` (strict: a bad line is an error). */
export function readRaftQuestions(file: string): RaftQuestion[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `questions file not found: ${file}`, cause: error });
  }
  return parseJsonlStrict(text, questionSchema, file, { hint: 'each line must be {"question": "...", "chunkId": "<id of the oracle chunk in the index>"}' }).map((record) => record.value);
}

function heldOutSources(chunks: readonly SourceChunk[], options: RaftGenerationOptions): string[] {
  const holdout = options.holdout;
  if (!holdout) return [];
  const sources = [...new Set(chunks.map((chunk) => chunk.source))].sort();
  if (holdout.sources) return sources.filter((source) => holdout.sources?.includes(source));
  const share = holdout.share ?? 0;
  if (share <= 0) return [];
  const count = Math.max(1, Math.round(share * sources.length));
  const seed = options.seed ?? 1;
  return sources
    .map((source) => ({ source, rank: fnv1a32(`${seed}:holdout:${source}`) }))
    .sort((left, right) => left.rank - right.rank)
    .slice(0, count)
    .map((entry) => entry.source)
    .sort();
}

/** Reads the chunks (and questions), checks the checkpoint and estimates the cost, without calling a model. */
export async function planRaftGeneration(options: RaftGenerationOptions): Promise<RaftPlan> {
  const oracleShare = options.oracleShare ?? 0.8;
  if (!(oracleShare >= 0 && oracleShare <= 1)) throw new TandemError({ code: "INPUT_INVALID", path: "oracleShare", message: `the oracle share must be between 0 and 1, not ${oracleShare}` });
  const distractors = options.distractors ?? 4;
  if (!Number.isInteger(distractors) || distractors < 0) throw new TandemError({ code: "INPUT_INVALID", path: "distractors", message: `distractors must be a whole number ≥ 0, not ${distractors}` });
  const modelName = options.modelName ?? modelNameOf(options.answerWriter);
  const checkpoint = options.checkpoint ?? `${options.out}.checkpoint.jsonl`;
  const collected = await collectChunks(options.source, {
    ...(options.questions || options.limit === undefined ? {} : { limit: options.limit }),
    minCharacters: options.questions ? 0 : (options.minChunkCharacters ?? 120),
  });
  const allChunks = collected.all;
  let items: WorkItem[];
  if (options.questions) {
    const byId = new Map(collected.chunks.map((chunk) => [chunk.id, chunk]));
    const missing = options.questions.filter((question) => !byId.has(question.chunkId));
    if (missing.length > 0) {
      throw new TandemError({
        code: "INPUT_INVALID",
        path: "chunkId",
        message: `${missing.length} question(s) name chunks that are not in the index: ${[...new Set(missing.map((question) => question.chunkId))].slice(0, 5).join(", ")}`,
        hint: "ingest the documents first, or fix the chunk ids (see `tandem search --json` for ids)",
      });
    }
    const grouped = new Map<string, string[]>();
    for (const question of options.questions) grouped.set(question.chunkId, [...(grouped.get(question.chunkId) ?? []), question.question]);
    items = [...grouped].slice(0, options.limit ?? Infinity).map(([chunkId, questions]) => ({ chunk: byId.get(chunkId) as SourceChunk, questions }));
  } else {
    items = collected.chunks.map((chunk) => ({ chunk, questions: undefined }));
  }
  const { records } = new CheckpointFile<ChunkResult>(checkpoint).load();
  const pendingItems = items.filter((item) => {
    const record = records.get(itemKey(item));
    return !(record?.status === "done" && record.fingerprint === itemFingerprint(item, options, modelName));
  });
  const perChunk = options.questionsPerChunk ?? 1;
  const calls = pendingItems.flatMap((item) => [
    ...(item.questions ? [] : [{ inputCharacters: questionWriterSystem.length + item.chunk.text.length + 200, outputTokens: 60 * perChunk }]),
    ...Array.from({ length: item.questions?.length ?? perChunk }, () => ({ inputCharacters: raftAnswerSystem.length + item.chunk.text.length + 150, outputTokens: 200 })),
  ]);
  const estimate = estimateGeneration(calls, {
    model: modelName,
    local: options.answerWriter instanceof LocalChatModel && options.questionWriter instanceof LocalChatModel,
    ...(options.prices ? { prices: options.prices } : {}),
  });
  return {
    options,
    modelName,
    checkpoint,
    items,
    pending: pendingItems.length,
    allChunks,
    totalChunks: collected.total,
    tooShort: options.questions ? 0 : collected.tooShort.length,
    evalSources: heldOutSources(allChunks, options),
    estimate,
  };
}

function itemKey(item: WorkItem): string {
  return item.questions ? `${item.chunk.id}:${createHash("sha256").update(item.questions.join("\n")).digest("hex").slice(0, 12)}` : item.chunk.id;
}

function itemFingerprint(item: WorkItem, options: RaftGenerationOptions, modelName: string): string {
  const settings = [promptVersion, modelName, options.questionsPerChunk ?? 1, options.distractors ?? 4, options.distractorMode ?? "retrieved", options.seed ?? 1, options.answerAttempts ?? 2];
  return createHash("sha256").update(JSON.stringify([settings, item.chunk.text, item.questions ?? null])).digest("hex").slice(0, 24);
}

/** Runs a plan: questions, verified answers and distractors per chunk (checkpointed), then assembles and writes. */
export async function runRaftGeneration(plan: RaftPlan): Promise<RaftReport> {
  const { options, modelName } = plan;
  const count = options.distractors ?? 4;
  const seed = options.seed ?? 1;
  const mode = options.distractorMode ?? "retrieved";
  const answerAttempts = options.answerAttempts ?? 2;
  const perChunk = options.questionsPerChunk ?? 1;

  const candidatesFor = async (question: string, key: string): Promise<DistractorCandidate[]> => {
    if (mode === "random") return shuffled(plan.allChunks, seededRandom(seed, `random:${key}`)).slice(0, (count + 1) * 3);
    // More hits than needed: the oracle, repeats and answer-bearing chunks are passed over.
    const hits = await options.retriever(question, (count + 1) * 2 + 1);
    return hits.map((hit) => ({ id: hit.id, text: hit.text, source: hit.source }));
  };

  const run = await runCheckpointed<WorkItem, ChunkResult>({
    items: plan.items,
    key: itemKey,
    fingerprint: (item) => itemFingerprint(item, options, modelName),
    checkpoint: plan.checkpoint,
    ...runSettings(options),
    work: async (item) => {
      const { chunk } = item;
      const questions =
        item.questions ?? parseQuestionReply(messageContent(await options.questionWriter.invoke(questionMessages(chunk, perChunk), callOptions(options))), perChunk).map((pair) => pair.question);
      const result: ChunkResult = { chunkId: chunk.id, source: chunk.source, accepted: [], rejected: [] };
      for (const [index, question] of questions.entries()) {
        let answer = "";
        let verification = verifyQuotedAnswer("", chunk.text);
        for (let attempt = 1; attempt <= answerAttempts && !verification.ok; attempt += 1) {
          answer = messageContent(await options.answerWriter.invoke(raftAnswerMessages(question, chunk), callOptions(options)));
          verification = verifyQuotedAnswer(answer, chunk.text);
        }
        if (!verification.ok) {
          result.rejected.push({ question, reasons: verification.problems, answer });
          continue;
        }
        const selection = selectDistractors({ oracle: chunk, candidates: await candidatesFor(question, `${itemKey(item)}#${index}`), count: count + 1, quotes: verification.quotes });
        result.accepted.push({ question, answer, distractors: selection.distractors, skipped: selection.skipped });
      }
      return result;
    },
  });

  // Assembly: deterministic from the seed, so changing P or the seed needs no new generation.
  const chunksById = new Map(plan.allChunks.map((chunk) => [chunk.id, chunk]));
  const evalSources = new Set(plan.evalSources);
  const oracleShare = options.oracleShare ?? 0.8;
  const system = options.systemPrompt ?? raftTrainingSystem;
  const train: unknown[] = [];
  const evaluation: unknown[] = [];
  const rejectedLines: unknown[] = [];
  const report: RaftReport = {
    out: options.out,
    evalOut: undefined,
    rejectedOut: options.rejectedOut ?? `${options.out.replace(/\.jsonl$/, "")}.rejected.jsonl`,
    checkpoint: plan.checkpoint,
    model: modelName,
    examples: { train: 0, eval: 0 },
    oracle: { askedShare: oracleShare, withOracle: 0, withoutOracle: 0, actualShare: 0 },
    questions: 0,
    chunksWithoutQuestions: [],
    rejected: { total: 0, byReason: {}, examples: [] },
    distractors: { mode, perExample: count, short: [], skipped: { oracle: 0, duplicate: 0, containsAnswer: 0 } },
    evalSources: plan.evalSources,
    chunks: { total: plan.totalChunks, used: plan.items.length, tooShort: plan.tooShort },
    reused: run.reused,
    generated: run.generated,
    failed: run.failed,
    truncatedCheckpointLines: run.truncatedCheckpointLines,
  };
  for (const { key, output } of run.outputs) {
    const oracle = chunksById.get(output.chunkId);
    report.questions += output.accepted.length + output.rejected.length;
    if (output.accepted.length + output.rejected.length === 0) report.chunksWithoutQuestions.push(output.chunkId);
    for (const rejected of output.rejected) {
      report.rejected.total += 1;
      for (const reason of new Set(rejected.reasons.map((problem) => problem.reason))) report.rejected.byReason[reason] = (report.rejected.byReason[reason] ?? 0) + 1;
      report.rejected.examples.push({ chunkId: output.chunkId, question: rejected.question, reasons: rejected.reasons });
      rejectedLines.push({ chunkId: output.chunkId, source: output.source, ...rejected });
    }
    if (!oracle) continue;
    for (const [index, accepted] of output.accepted.entries()) {
      const random = seededRandom(seed, `${key}#${index}`);
      const held = evalSources.has(oracle.source);
      const withOracle = held || random() < oracleShare;
      const needed = withOracle ? count : count + 1;
      const documents = [...(withOracle ? [oracle] : []), ...accepted.distractors.slice(0, needed)];
      if (accepted.distractors.length < needed) report.distractors.short.push({ chunkId: output.chunkId, question: accepted.question, have: accepted.distractors.length, needed });
      for (const reason of ["oracle", "duplicate", "containsAnswer"] as const) report.distractors.skipped[reason] += accepted.skipped[reason];
      const order = shuffled(documents, random);
      const marker = order.findIndex((document) => document.id === oracle.id) + 1;
      const human = groundedMessages(
        accepted.question,
        order.map((document, position) => ({ marker: position + 1, source: document.source, text: document.text })),
      )[1];
      // With the oracle in view, each quote cites its marker, as Tandem's RAG answers do.
      const answer = marker > 0 ? accepted.answer.replaceAll(endQuote, `${endQuote} [${marker}]`) : accepted.answer;
      const example = { messages: [{ role: "system", content: system }, { role: "user", content: human ? messageContent(human) : "" }, { role: "assistant", content: answer }] };
      if (held) {
        evaluation.push(example);
      } else {
        train.push(example);
        if (withOracle) report.oracle.withOracle += 1;
        else report.oracle.withoutOracle += 1;
      }
    }
  }
  report.oracle.actualShare = train.length === 0 ? 0 : report.oracle.withOracle / train.length;
  report.examples.train = writeJsonl(options.out, train);
  if (plan.evalSources.length > 0) {
    report.evalOut = options.evalOut ?? `${options.out.replace(/\.jsonl$/, "")}.eval.jsonl`;
    report.examples.eval = writeJsonl(report.evalOut, evaluation);
  }
  writeJsonl(report.rejectedOut, rejectedLines);
  return report;
}
