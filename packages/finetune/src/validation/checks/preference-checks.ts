import { type ExampleContext, isObject, typeName } from "../example-context";
import { toolEnvironment } from "./chat-example-checks";
import { checkMessages } from "./message-checks";
import type { ToolDefinitionChecks } from "./tool-definition-checks";

const preferenceKeys = ["input", "preferred_output", "non_preferred_output"];
const inputKeys = ["messages", "tools", "parallel_tool_calls"];

/** What the dataset-level pair report (P06) needs from one pair. */
export interface PairSummary {
  preferredLength: number;
  nonPreferredLength: number;
}

/** The DPO rules P01–P05, and the message rules on the input. */
export function checkPreferenceExample(example: Record<string, unknown>, context: ExampleContext, definitions: ToolDefinitionChecks): PairSummary | undefined {
  for (const key of Object.keys(example)) {
    if (!preferenceKeys.includes(key)) context.report("P01", `/${key}`, `unknown key "${key}": a preference example has exactly ${preferenceKeys.join(", ")}`);
  }
  for (const key of preferenceKeys) {
    if (!(key in example)) context.report("P01", `/${key}`, `the preference example has no "${key}"`);
  }
  checkInput(example.input, context, definitions);
  const preferred = checkOutput(example.preferred_output, "/preferred_output", context);
  const nonPreferred = checkOutput(example.non_preferred_output, "/non_preferred_output", context);
  if (preferred === undefined || nonPreferred === undefined) return undefined;
  if (normalise(preferred) === normalise(nonPreferred)) {
    context.report("P05", "/non_preferred_output/0/content", "the preferred and non-preferred outputs are the same text: the pair carries no preference");
  }
  return { preferredLength: preferred.length, nonPreferredLength: nonPreferred.length };
}

function checkInput(input: unknown, context: ExampleContext, definitions: ToolDefinitionChecks): void {
  if (!isObject(input)) {
    if (input !== undefined) context.report("P02", "/input", `input must be an object {"messages": [...]}, not ${typeName(input)}`);
    return;
  }
  for (const key of Object.keys(input)) {
    if (!inputKeys.includes(key)) context.report("P02", `/input/${key}`, `unknown input key "${key}" (allowed: ${inputKeys.join(", ")})`);
  }
  const environment = toolEnvironment(input, "/input", context, definitions);
  const messages = input.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    context.report("P02", "/input/messages", `input.messages must be a non-empty array, not ${Array.isArray(messages) ? "an empty array" : typeName(messages)}`);
    return;
  }
  const summary = checkMessages(messages, "/input/messages", context, environment);
  if (summary.lastRole === "assistant") {
    context.report("P03", `/input/messages/${messages.length - 1}`, "the input ends with an assistant message; the outputs are the assistant's reply to the last user turn", { severity: "error" });
  } else if (summary.users > 1 || summary.assistants > 0) {
    context.report("P03", "/input/messages", `the input has ${summary.users} user and ${summary.assistants} assistant turns; DPO trains on one-turn inputs ([system] + user)`, { severity: context.strictSeverity });
  }
}

/** P04: exactly one assistant message with text content and no weight; returns its text. */
function checkOutput(output: unknown, at: string, context: ExampleContext): string | undefined {
  if (output === undefined) return undefined;
  if (!Array.isArray(output) || output.length !== 1) {
    context.report("P04", at, `must be an array holding exactly one assistant message, not ${Array.isArray(output) ? `${output.length} messages` : typeName(output)}`);
    if (!Array.isArray(output) || output.length === 0) return undefined;
  }
  const message = output[0] as unknown;
  if (!isObject(message)) {
    context.report("P04", `${at}/0`, `the output must be a message object, not ${typeName(message)}`);
    return undefined;
  }
  if (message.role !== "assistant") context.report("P04", `${at}/0/role`, `the output's role must be assistant, not ${JSON.stringify(message.role)}`);
  if ("weight" in message) context.report("P04", `${at}/0/weight`, "weight is not allowed in DPO outputs");
  for (const key of Object.keys(message)) {
    if (key !== "role" && key !== "content" && key !== "weight") context.report("P04", `${at}/0/${key}`, `key "${key}" is not allowed in a DPO output (text only)`);
  }
  if (typeof message.content !== "string" || message.content.length === 0) {
    context.report("P04", `${at}/0/content`, `the output needs non-empty text content, not ${typeof message.content === "string" ? "an empty string" : typeName(message.content)}`);
    return undefined;
  }
  return message.content;
}

function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}
