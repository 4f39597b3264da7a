/**
 * The canonical in-memory forms of fine-tuning examples are the OpenAI JSON shapes themselves:
 * supervised `{messages, tools?, parallel_tool_calls?}` and preference (DPO)
 * `{input: {messages, tools?}, preferred_output: [message], non_preferred_output: [message]}`.
 * Extra keys a source carries (e.g. `metadata` used for stratified splits) stay on the object until an export
 * removes them, and every removal is reported.
 */

/** One OpenAI tool call on an assistant message. `arguments` is a JSON string. */
export interface ToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
  [key: string]: unknown;
}

/** One `tools[]` entry: `{type: "function", function: {name, description?, parameters}}`. */
export interface ToolDefinition {
  type: "function";
  function: { name: string; description?: string; parameters?: unknown; [key: string]: unknown };
  [key: string]: unknown;
}

/** A content part of a multi-part message (`{type: "text", text}` or `{type: "image_url", image_url}`). */
export interface ContentPart {
  type: string;
  text?: string;
  [key: string]: unknown;
}

/** The roles OpenAI's format knows. A message as read may carry any string (the validator reports unknown ones, M01). */
export type CanonicalRole = "system" | "user" | "assistant" | "tool" | "function";

export interface CanonicalMessage {
  role: CanonicalRole | (string & {});
  content?: string | ContentPart[] | null;
  name?: string;
  /** 0 or 1 on assistant messages: whether the message is trained on. */
  weight?: number;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  refusal?: string | null;
  [key: string]: unknown;
}

/** Supervised (SFT) chat example. */
export interface SupervisedExample {
  messages: CanonicalMessage[];
  tools?: ToolDefinition[];
  parallel_tool_calls?: boolean;
  /** Deprecated legacy function definitions (migrate to `tools`). */
  functions?: ToolDefinition["function"][];
  [key: string]: unknown;
}

/** Preference (DPO) example. */
export interface PreferenceExample {
  input: { messages: CanonicalMessage[]; tools?: ToolDefinition[]; parallel_tool_calls?: boolean; [key: string]: unknown };
  preferred_output: CanonicalMessage[];
  non_preferred_output: CanonicalMessage[];
  [key: string]: unknown;
}

export type CanonicalExample = SupervisedExample | PreferenceExample;

export type ExampleFormat = "chat" | "preference";

/** One example as the pipeline carries it: where it came from and its canonical value. */
export interface DatasetRecord<Example extends CanonicalExample = CanonicalExample> {
  /** Input file the example was read from. */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  example: Example;
}

export function isPreferenceExample(example: CanonicalExample): example is PreferenceExample {
  return typeof (example as PreferenceExample).input === "object" && Array.isArray((example as PreferenceExample).preferred_output);
}

export function exampleFormat(example: CanonicalExample): ExampleFormat {
  return isPreferenceExample(example) ? "preference" : "chat";
}

/** Top-level keys each OpenAI format allows; anything else is removed on output (and reported). */
export const allowedTopLevelKeys: Record<ExampleFormat, readonly string[]> = {
  chat: ["messages", "tools", "parallel_tool_calls", "functions"],
  preference: ["input", "preferred_output", "non_preferred_output"],
};
