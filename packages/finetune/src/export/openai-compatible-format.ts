import { type CanonicalExample, type CanonicalMessage, isPreferenceExample } from "../dataset/canonical-example";
import type { ExportConversion, ExportFormat, ExportFormatId, ExportIssue } from "./export-format";
import { pick, reportDroppedMessageFields, reportDroppedTopLevelFields } from "./message-text";

interface OpenAICompatibleProfile {
  id: ExportFormatId;
  description: string;
  /** Message keys kept; undefined keeps every key. */
  messageKeys?: readonly string[];
  /** Top-level keys of a chat example kept. */
  topLevelKeys: readonly string[];
  /** Keys of a preference example's `input` kept. */
  inputKeys: readonly string[];
  /** Roles the service accepts. */
  roles: readonly CanonicalMessage["role"][];
  /** Turn-order rule the service enforces, as a check returning a reason when the order is not accepted. */
  turnOrder?: (messages: readonly CanonicalMessage[]) => string | undefined;
}

function convertMessages(messages: readonly CanonicalMessage[], pointer: string, profile: OpenAICompatibleProfile, issues: ExportIssue[]): CanonicalMessage[] | undefined {
  const converted: CanonicalMessage[] = [];
  for (const [index, message] of messages.entries()) {
    if (!profile.roles.includes(message.role)) {
      issues.push({ ruleId: message.role === "function" ? "X01" : "X02", outcome: "skipped", pointer: `${pointer}/${index}/role`, message: `role "${message.role}" is not accepted (accepted: ${profile.roles.join(", ")})` });
      return undefined;
    }
    if (!profile.messageKeys) {
      converted.push(message);
      continue;
    }
    reportDroppedMessageFields(message, `${pointer}/${index}`, profile.messageKeys, issues);
    converted.push(pick(message, profile.messageKeys) as CanonicalMessage);
  }
  return converted;
}

/**
 * The OpenAI JSONL shapes, written for a service that takes them: OpenAI itself (everything kept), or a
 * service that documents a subset (Together, Fireworks). Keys outside the documented subset are removed and
 * reported; examples in a turn order the service rejects are skipped and reported.
 */
export function openAICompatibleFormat(profile: OpenAICompatibleProfile): ExportFormat {
  return {
    id: profile.id,
    description: profile.description,
    supports: ["chat", "preference"],
    convert(example: CanonicalExample): ExportConversion {
      const issues: ExportIssue[] = [];
      if (isPreferenceExample(example)) {
        reportDroppedTopLevelFields(example, ["input", "preferred_output", "non_preferred_output"], issues);
        reportDroppedTopLevelFields(example.input, profile.inputKeys, issues, "/input");
        const messages = convertMessages(example.input.messages, "/input/messages", profile, issues);
        const preferred = convertMessages(example.preferred_output, "/preferred_output", profile, issues);
        const rejected = convertMessages(example.non_preferred_output, "/non_preferred_output", profile, issues);
        if (!messages || !preferred || !rejected) return { issues };
        return { row: { input: { ...pick(example.input, profile.inputKeys), messages }, preferred_output: preferred, non_preferred_output: rejected }, issues };
      }
      reportDroppedTopLevelFields(example, profile.topLevelKeys, issues);
      const messages = convertMessages(example.messages, "/messages", profile, issues);
      if (!messages) return { issues };
      const orderProblem = profile.turnOrder?.(messages);
      if (orderProblem) return { issues: [...issues, { ruleId: "X02", outcome: "skipped", pointer: "/messages", message: orderProblem }] };
      return { row: { ...pick(example, profile.topLevelKeys), messages }, issues };
    },
    parse(row) {
      return row as CanonicalExample;
    },
  };
}

/** Together: conversations start with system or user and user/assistant turns do not repeat back to back. */
function togetherTurnOrder(messages: readonly CanonicalMessage[]): string | undefined {
  const first = messages[0]?.role;
  if (first !== "system" && first !== "user") return `Together requires a conversation to start with system or user, not ${first}`;
  for (let index = 1; index < messages.length; index += 1) {
    const role = messages[index]?.role;
    if (role === messages[index - 1]?.role && role !== "tool") return `Together rejects two consecutive ${role} messages (messages ${index - 1} and ${index})`;
  }
  return undefined;
}

/** Fireworks: a system message, if any, must be the first. */
function fireworksTurnOrder(messages: readonly CanonicalMessage[]): string | undefined {
  const late = messages.findIndex((message, index) => index > 0 && message.role === "system");
  return late > 0 ? `Fireworks accepts a system message only as the first message (found one at ${late})` : undefined;
}

export const openaiFormat = openAICompatibleFormat({
  id: "openai",
  description: "OpenAI fine-tuning JSONL: chat {messages, tools?, parallel_tool_calls?} or preference {input, preferred_output, non_preferred_output}",
  topLevelKeys: ["messages", "tools", "parallel_tool_calls", "functions"],
  inputKeys: ["messages", "tools", "parallel_tool_calls"],
  roles: ["system", "user", "assistant", "tool", "function"],
});

export const togetherFormat = openAICompatibleFormat({
  id: "together",
  description: "Together AI JSONL: conversational {messages, tools?} (role, content, weight, tool_calls) or preference {input, preferred_output, non_preferred_output}",
  messageKeys: ["role", "content", "weight", "tool_calls", "tool_call_id"],
  topLevelKeys: ["messages", "tools"],
  inputKeys: ["messages", "tools"],
  roles: ["system", "user", "assistant", "tool"],
  turnOrder: togetherTurnOrder,
});

export const fireworksFormat = openAICompatibleFormat({
  id: "fireworks",
  description: "Fireworks JSONL: {messages, tools?} (role, content, weight, tool_calls, reasoning_content) or preference {input, preferred_output, non_preferred_output}",
  messageKeys: ["role", "content", "weight", "tool_calls", "tool_call_id", "reasoning_content"],
  topLevelKeys: ["messages", "tools"],
  inputKeys: ["messages", "tools"],
  roles: ["system", "user", "assistant", "tool"],
  turnOrder: fireworksTurnOrder,
});
