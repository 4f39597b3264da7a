import { readFileSync } from "node:fs";
import { TandemError, toJsonPointer } from "@tandem/core";
import { type ConversationMessage, conversationMessageSchema } from "@tandem/router";
import { z } from "zod";

const messagesSchema = z.array(conversationMessageSchema);

/**
 * Reads a conversation for `tandem ask --conversation FILE`: a JSON array of `{role, content, route?}` messages,
 * or `{"messages": [...]}` (an OpenAI chat request). With no query argument, the last message (a user message)
 * is the query; with one, the whole file is the history before it.
 */
export function readConversationFile(file: string, query: string | undefined): { query: string; history: ConversationMessage[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file, message: `cannot read the conversation: ${(error as Error).message}` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw new TandemError({ code: "INPUT_INVALID", file, ...(line ? { line } : {}), message: `not valid JSON: ${(error as Error).message}`, hint: 'write [{"role": "user", "content": "..."}, ...]' });
  }
  const wrapped = json !== null && typeof json === "object" && !Array.isArray(json) && "messages" in json;
  const parsed = messagesSchema.safeParse(wrapped ? (json as { messages: unknown }).messages : json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const pointer = issue ? toJsonPointer([...(wrapped ? ["messages"] : []), ...issue.path]) : "";
    throw new TandemError({
      code: "INPUT_INVALID",
      file,
      ...(pointer ? { path: pointer } : {}),
      message: `not a conversation: ${pointer || "(root)"}: ${issue?.message ?? "unknown problem"}`,
      hint: 'write [{"role": "system" | "user" | "assistant", "content": "...", "route"?: "tuned" | "rag" | "both"}, ...] or {"messages": [...]}',
    });
  }
  const messages = parsed.data;
  if (query !== undefined) return { query, history: messages };
  const last = messages.at(-1);
  if (!last || last.role !== "user" || last.content.trim().length === 0) {
    throw new TandemError({ code: "INPUT_INVALID", file, path: `/${Math.max(0, messages.length - 1)}`, message: "the conversation must end with a non-empty user message (or give the next question as the argument)" });
  }
  return { query: last.content, history: messages.slice(0, -1) };
}
