// The prompt contract between the Q&A builder and any question writer (a real chat model or the offline
// LocalQuestionWriter): one system and one human message, and a JSON reply.
import { type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { z } from "zod";
import type { SourceChunk } from "../chunk-source";

export const questionWriterSystem =
  "You write question-answer pairs for fine-tuning an assistant on a document collection. Each question must be " +
  "answerable from the passage alone, specific (name the product, feature or number it is about) and natural, as a " +
  "user would ask it. Each answer must be correct and complete according to the passage, and must not add facts " +
  "that are not in it. Reply with JSON only.";

const opening = /^Write (\d+) question-answer pairs? about the passage below\.\nSource: (.*)\n<passage>\n/;
const closing = "\n</passage>\nReply with JSON only: an array of {\"question\": string, \"answer\": string}.";

/** The messages asking for `count` question-answer pairs about a chunk. */
export function questionMessages(chunk: SourceChunk, count: number): BaseMessage[] {
  return [
    new SystemMessage(questionWriterSystem),
    new HumanMessage(`Write ${count} question-answer pair${count === 1 ? "" : "s"} about the passage below.\nSource: ${chunk.source}\n<passage>\n${chunk.text}${closing}`),
  ];
}

/** Parses a question-writing request back (for local writers); null when the text is not one. */
export function parseQuestionPrompt(text: string): { count: number; source: string; passage: string } | null {
  const match = opening.exec(text);
  if (!match || !text.endsWith(closing)) return null;
  return { count: Number(match[1]), source: match[2] ?? "", passage: text.slice(match[0].length, text.length - closing.length) };
}

const pairSchema = z.object({ question: z.string().trim().min(5), answer: z.string().trim().min(1) });
export type QuestionAnswerPair = z.infer<typeof pairSchema>;

/**
 * The pairs of a writer's reply: a JSON array (a code fence around it is tolerated). An empty array means the
 * writer found nothing to ask (reported by the caller, not retried). Throws with the reason when the reply is not
 * such an array, so the run retries and, in the end, reports the chunk as failed.
 */
export function parseQuestionReply(reply: string, count: number): QuestionAnswerPair[] {
  const start = reply.indexOf("[");
  const end = reply.lastIndexOf("]");
  if (start < 0 || end < start) throw new Error(`the writer's reply has no JSON array: ${JSON.stringify(reply.slice(0, 120))}`);
  let value: unknown;
  try {
    value = JSON.parse(reply.slice(start, end + 1));
  } catch (error) {
    throw new Error(`the writer's reply is not valid JSON (${(error as Error).message})`);
  }
  const parsed = z.array(pairSchema).safeParse(value);
  if (!parsed.success) throw new Error(`the writer's reply is not [{question, answer}]: ${parsed.error.issues[0]?.message ?? "wrong shape"}`);
  return parsed.data.slice(0, count);
}
