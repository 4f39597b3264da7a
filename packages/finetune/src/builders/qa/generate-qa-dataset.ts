// Synthetic Q&A from corpus chunks with any chat model: plan (chunks, what the checkpoint already holds, and the
// cost estimate) first, then run with a concurrency limit, retries and a checkpoint; writes OpenAI chat SFT JSONL.
import { createHash } from "node:crypto";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { messageContent } from "@tandem/models";
import { LocalChatModel } from "@tandem/models/local";
import { CheckpointFile } from "../checkpoint-file";
import type { SourceChunk } from "../chunk-source";
import { collectChunks } from "../collect-chunks";
import { estimateGeneration, type GenerationEstimate } from "../generation-estimate";
import { callOptions, type GenerationRunOptions, modelNameOf, runSettings } from "../generation-options";
import { type RunFailure, runCheckpointed } from "../run-checkpointed";
import { writeJsonl } from "../../dataset/write-jsonl";
import { parseQuestionReply, type QuestionAnswerPair, questionMessages, questionWriterSystem } from "./question-prompt";

export interface QaGenerationOptions extends GenerationRunOptions {
  /** The question writer: any LangChain chat model (a real one, or the offline LocalQuestionWriter). */
  model: BaseChatModel;
  /** Question-answer pairs asked per chunk. Default 2. */
  questionsPerChunk?: number;
  /** System message of every produced example. Default: none. */
  systemPrompt?: string;
}

interface ChunkPairs {
  chunkId: string;
  source: string;
  pairs: QuestionAnswerPair[];
  usage?: { inputTokens: number; outputTokens: number };
}

export interface QaPlan {
  options: QaGenerationOptions;
  modelName: string;
  checkpoint: string;
  chunks: SourceChunk[];
  /** Chunks the checkpoint does not hold yet: the ones the run will call the model for. */
  pending: SourceChunk[];
  totalChunks: number;
  tooShort: number;
  /** Cost of the pending calls, before anything runs. */
  estimate: GenerationEstimate;
}

export interface QaReport {
  out: string;
  checkpoint: string;
  model: string;
  examples: number;
  chunks: { total: number; used: number; tooShort: number };
  reused: number;
  generated: number;
  /** Chunks that failed after every retry: listed with the reason (run again to retry them). */
  failed: RunFailure[];
  /** Chunks that got fewer pairs than asked. */
  fewerPairs: { chunkId: string; asked: number; got: number }[];
  truncatedCheckpointLines: number;
  /** Tokens the model reported for the calls of this run. */
  usage: { inputTokens: number; outputTokens: number };
}

const promptVersion = "qa-1";
const outputTokensPerPair = 80;

function fingerprint(chunk: SourceChunk, modelName: string, count: number): string {
  return createHash("sha256").update(JSON.stringify([promptVersion, modelName, count, chunk.text])).digest("hex").slice(0, 24);
}

/** Reads the chunks, checks the checkpoint and estimates the cost of what is left, without calling the model. */
export async function planQaGeneration(options: QaGenerationOptions): Promise<QaPlan> {
  const modelName = options.modelName ?? modelNameOf(options.model);
  const count = options.questionsPerChunk ?? 2;
  const checkpoint = options.checkpoint ?? `${options.out}.checkpoint.jsonl`;
  const collected = await collectChunks(options.source, { ...(options.limit === undefined ? {} : { limit: options.limit }), ...(options.minChunkCharacters === undefined ? {} : { minCharacters: options.minChunkCharacters }) });
  const { records } = new CheckpointFile<ChunkPairs>(checkpoint).load();
  const pending = collected.chunks.filter((chunk) => {
    const record = records.get(chunk.id);
    return !(record?.status === "done" && record.fingerprint === fingerprint(chunk, modelName, count));
  });
  const estimate = estimateGeneration(
    pending.map((chunk) => ({ inputCharacters: questionWriterSystem.length + chunk.text.length + 200, outputTokens: outputTokensPerPair * count })),
    { model: modelName, local: options.model instanceof LocalChatModel, ...(options.prices ? { prices: options.prices } : {}) },
  );
  return { options, modelName, checkpoint, chunks: collected.chunks, pending, totalChunks: collected.total, tooShort: collected.tooShort.length, estimate };
}

/** Runs a plan: asks the model for each pending chunk, checkpointing each; writes the dataset from every chunk's pairs. */
export async function runQaGeneration(plan: QaPlan): Promise<QaReport> {
  const { options, modelName } = plan;
  const count = options.questionsPerChunk ?? 2;
  const usage = { inputTokens: 0, outputTokens: 0 };
  const run = await runCheckpointed<SourceChunk, ChunkPairs>({
    items: plan.chunks,
    key: (chunk) => chunk.id,
    fingerprint: (chunk) => fingerprint(chunk, modelName, count),
    checkpoint: plan.checkpoint,
    ...runSettings(options),
    work: async (chunk) => {
      const reply = await options.model.invoke(questionMessages(chunk, count), callOptions(options));
      const pairs = parseQuestionReply(messageContent(reply), count);
      const reported = reply.usage_metadata;
      if (reported) {
        usage.inputTokens += reported.input_tokens;
        usage.outputTokens += reported.output_tokens;
      }
      return { chunkId: chunk.id, source: chunk.source, pairs, ...(reported ? { usage: { inputTokens: reported.input_tokens, outputTokens: reported.output_tokens } } : {}) };
    },
  });
  const system = options.systemPrompt ? [{ role: "system", content: options.systemPrompt }] : [];
  const examples = run.outputs.flatMap(({ output }) =>
    output.pairs.map((pair) => ({ messages: [...system, { role: "user", content: pair.question }, { role: "assistant", content: pair.answer }] })),
  );
  writeJsonl(options.out, examples);
  return {
    out: options.out,
    checkpoint: plan.checkpoint,
    model: modelName,
    examples: examples.length,
    chunks: { total: plan.totalChunks, used: plan.chunks.length, tooShort: plan.tooShort },
    reused: run.reused,
    generated: run.generated,
    failed: run.failed,
    fewerPairs: run.outputs.filter(({ output }) => output.pairs.length < count).map(({ output }) => ({ chunkId: output.chunkId, asked: count, got: output.pairs.length })),
    truncatedCheckpointLines: run.truncatedCheckpointLines,
    usage,
  };
}
