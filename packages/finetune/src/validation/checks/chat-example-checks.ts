import { type ExampleContext, typeName } from "../example-context";
import { checkMessages, type MessageEnvironment, type MessageSummary } from "./message-checks";
import type { DeclaredTools, ToolDefinitionChecks } from "./tool-definition-checks";

const topLevelKeys = ["messages", "tools", "parallel_tool_calls", "functions"];

/** The example-level rules of a chat SFT example (E01–E05, E08–E10), then its messages and tools. */
export function checkChatExample(example: Record<string, unknown>, context: ExampleContext, definitions: ToolDefinitionChecks): MessageSummary | undefined {
  for (const key in example) {
    if (!topLevelKeys.includes(key)) {
      context.report("E02", `/${key}`, `unknown top-level key "${key}" (allowed: ${topLevelKeys.join(", ")}); the server rejects the file ("contains an extra '${key}'")`);
    }
  }
  const environment = toolEnvironment(example, "", context, definitions);
  const messages = example.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    const what = Array.isArray(messages) ? "an empty array" : typeName(messages);
    context.report("E01", "/messages", `messages must be a non-empty array, not ${what} (missing_messages_list)`);
    return undefined;
  }
  const summary = checkMessages(messages, "/messages", context, environment);
  if (summary.assistants === 0) context.report("E03", "/messages", "the example has no assistant message (example_missing_assistant_message)");
  else if (summary.trainableAssistants === 0) context.report("E04", "/messages", "every assistant message has weight 0: the example is billed but teaches nothing");
  if (summary.lastRole !== undefined && summary.lastRole !== "assistant") {
    context.report("E05", `/messages/${messages.length - 1}`, `the last message is ${summary.lastRole}; trailing non-assistant turns are billed and teach nothing`);
  }
  const { maxPerExample } = context.profile.images;
  if (summary.images > maxPerExample) context.report("E10", "/messages", `${summary.images} images in one example (at most ${maxPerExample})`);
  if (summary.usesFunctionCall && example.functions === undefined) {
    context.report("E08", "/messages", "function_call is deprecated; use tool_calls with tools", { severity: "warn" });
  }
  return summary;
}

/** Checks `tools`, `functions` and `parallel_tool_calls` at `base` (`""` or `/input`); returns what they declare. */
export function toolEnvironment(holder: Record<string, unknown>, base: string, context: ExampleContext, definitions: ToolDefinitionChecks): MessageEnvironment {
  let tools: DeclaredTools | undefined;
  let functions: DeclaredTools | undefined;
  if (holder.tools !== undefined) tools = definitions.check(holder.tools, `${base}/tools`, false, context);
  if (holder.functions !== undefined) {
    if (holder.tools !== undefined) context.report("E08", `${base}/functions`, "functions and tools are both present; keep tools only");
    else context.report("E08", `${base}/functions`, "functions is deprecated; migrate to tools", { severity: "warn" });
    functions = definitions.check(holder.functions, `${base}/functions`, true, context);
  }
  const parallel = holder.parallel_tool_calls;
  if (parallel !== undefined && typeof parallel !== "boolean") {
    context.report("E09", `${base}/parallel_tool_calls`, `parallel_tool_calls must be true or false, not ${typeName(parallel)}`);
  }
  return { tools, functions, parallelToolCalls: typeof parallel === "boolean" ? parallel : undefined };
}
