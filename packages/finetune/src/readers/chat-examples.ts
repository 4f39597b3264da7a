import { readFileSync } from "node:fs";
import { parseJsonlStrict, TandemError } from "@tandem/core";
import { z } from "zod";

/** One message of an OpenAI chat fine-tuning example (the subset the router and stand-in models read). */
export const chatMessageSchema = z.looseObject({
  role: z.enum(["system", "user", "assistant", "tool", "function"]),
  content: z.union([z.string(), z.null(), z.array(z.unknown())]).optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** One OpenAI chat fine-tuning example: `{"messages": [...]}` per JSONL line. */
export const chatExampleSchema = z.looseObject({
  messages: z
    .array(chatMessageSchema)
    .min(1, "messages must not be empty")
    .refine((messages) => messages.some((message) => message.role === "assistant"), "needs at least one assistant message")
    .refine((messages) => messages.some((message) => message.role === "user"), "needs at least one user message"),
});
export type ChatExample = z.infer<typeof chatExampleSchema>;

export interface LoadedChatExamples {
  file: string;
  examples: ChatExample[];
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
    examples: records.map((record) => record.value),
    lines: records.map((record) => record.line),
    systemPrompt: mostCommonSystemPrompt(records.map((record) => record.value)),
  };
}

/** Text of a message's content (string, or the text parts of an array). */
export function messageText(message: ChatMessage): string {
  if (typeof message.content === "string") return message.content;
  if (Array.isArray(message.content)) {
    return message.content
      .map((part) => (part && typeof part === "object" && "text" in part ? String((part as { text: unknown }).text) : ""))
      .join("");
  }
  return "";
}

/** The prompt an example teaches the model to answer: its last user message. */
export function examplePrompt(example: ChatExample): string {
  const lastUser = [...example.messages].reverse().find((message) => message.role === "user");
  return lastUser ? messageText(lastUser) : "";
}

function mostCommonSystemPrompt(examples: readonly ChatExample[]): string | undefined {
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
