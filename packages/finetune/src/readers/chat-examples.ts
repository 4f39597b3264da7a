import { readFileSync } from "node:fs";
import { parseJsonlStrict, TandemError } from "@tandem/core";
import { z } from "zod";
import type { CanonicalMessage, SupervisedExample } from "../dataset/canonical-example";

/** What `loadChatExamples` checks of a message: the subset the router and the stand-in models read. */
const chatMessageSchema = z.looseObject({
  role: z.enum(["system", "user", "assistant", "tool", "function"]),
  content: z.union([z.string(), z.null(), z.array(z.unknown())]).optional(),
});

/** What `loadChatExamples` checks of an example: `{"messages": [...]}` with a user and an assistant message. */
const chatExampleSchema = z.looseObject({
  messages: z
    .array(chatMessageSchema)
    .min(1, "messages must not be empty")
    .refine((messages) => messages.some((message) => message.role === "assistant"), "needs at least one assistant message")
    .refine((messages) => messages.some((message) => message.role === "user"), "needs at least one user message"),
});

export interface LoadedChatExamples {
  file: string;
  examples: SupervisedExample[];
  /** 1-based line of each example in the file. */
  lines: number[];
  /** The most common system prompt, if any example has one. */
  systemPrompt: string | undefined;
}

/**
 * Reads an OpenAI chat JSONL file strictly: any malformed line is an INPUT_INVALID error naming the file,
 * line and JSON pointer, and nothing is returned (no partial loads).
 */
export function loadChatExamples(file: string): LoadedChatExamples {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TandemError({
      code: code === "ENOENT" ? "SOURCE_NOT_FOUND" : "SOURCE_UNREADABLE",
      file,
      message: code === "ENOENT" ? `training data not found: ${file}` : `cannot read training data: ${(error as Error).message}`,
      hint: "check tuned.trainingData in the config",
      cause: error,
    });
  }
  const records = parseJsonlStrict(text, chatExampleSchema, file, {
    hint: 'each line must be one JSON object {"messages": [{"role": ..., "content": ...}, ...]}; fix the lines listed (nothing was loaded)',
  });
  if (records.length === 0) {
    throw new TandemError({ code: "INPUT_INVALID", file, message: "training data has no examples", hint: "add OpenAI chat JSONL examples" });
  }
  return {
    file,
    // Checked by the schema above; extra keys (tools, weights, metadata) are kept as read.
    examples: records.map((record) => record.value as SupervisedExample),
    lines: records.map((record) => record.line),
    systemPrompt: mostCommonSystemPrompt(records.map((record) => record.value as SupervisedExample)),
  };
}

/** Text of a message's content (string, or the text parts of an array). */
export function messageText(message: CanonicalMessage): string {
  if (typeof message.content === "string") return message.content;
  if (Array.isArray(message.content)) {
    return message.content
      .map((part: unknown) => (part && typeof part === "object" && "text" in part ? String((part as { text: unknown }).text) : ""))
      .join("");
  }
  return "";
}

/** The prompt an example teaches the model to answer: its last user message. */
export function examplePrompt(example: SupervisedExample): string {
  const lastUser = [...example.messages].reverse().find((message) => message.role === "user");
  return lastUser ? messageText(lastUser) : "";
}

function mostCommonSystemPrompt(examples: readonly SupervisedExample[]): string | undefined {
  const counts = new Map<string, number>();
  for (const example of examples) {
    const system = example.messages.find((message) => message.role === "system");
    if (system) {
      const text = messageText(system);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  return [...counts].sort((left, right) => right[1] - left[1])[0]?.[0];
}
