import { messageText } from "../readers/chat-examples";
import { type CanonicalExample, type CanonicalMessage, isPreferenceExample } from "./canonical-example";

/** Text of one message: its content, plus the name and arguments of each tool call it makes. */
export function messageTextWithToolCalls(message: CanonicalMessage): string {
  const content = messageText(message);
  const calls = (message.tool_calls ?? []).map((call) => `${call.function?.name ?? ""}(${call.function?.arguments ?? ""})`);
  return [content, ...calls].filter((part) => part.length > 0).join("\n");
}

/** All messages of an example in order (for preference examples: the input, then the preferred output). */
export function allMessages(example: CanonicalExample): CanonicalMessage[] {
  return isPreferenceExample(example) ? [...example.input.messages, ...example.preferred_output] : example.messages;
}

/**
 * An example split into what the model is given (`context`) and what it learns to produce (`answer`):
 * for chat, everything before the last assistant message and that message; for preference examples,
 * the input messages and the preferred output.
 */
export function splitContextAndAnswer(example: CanonicalExample): { context: CanonicalMessage[]; answer: CanonicalMessage[] } {
  if (isPreferenceExample(example)) return { context: example.input.messages, answer: example.preferred_output };
  const lastAssistant = example.messages.findLastIndex((message) => message.role === "assistant");
  if (lastAssistant < 0) return { context: example.messages, answer: [] };
  return { context: example.messages.slice(0, lastAssistant), answer: example.messages.slice(lastAssistant, lastAssistant + 1) };
}

/** The user and assistant text of an example (system prompts and tool results left out): what dedup compares. */
export function userAssistantText(example: CanonicalExample): string {
  return allMessages(example)
    .filter((message) => message.role === "user" || message.role === "assistant")
    .map(messageTextWithToolCalls)
    .join("\n");
}
