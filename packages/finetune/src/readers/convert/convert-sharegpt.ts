import type { CanonicalMessage, SupervisedExample, ToolCall } from "../../dataset/canonical-example";
import type { Conversion } from "./conversion";
import { pointerMap, problem, unconvertedKeys } from "./conversion";

/** ShareGPT / LLaMA-Factory speaker tags → OpenAI roles. Unknown tags are kept as the role (an M01 error). */
const roleByTag: Readonly<Record<string, string>> = {
  human: "user",
  user: "user",
  gpt: "assistant",
  assistant: "assistant",
  model: "assistant",
  chatgpt: "assistant",
  system: "system",
  function_call: "assistant",
  observation: "tool",
  tool: "tool",
};

/**
 * ShareGPT (`{conversations: [{from, value}], system?, tools?}`, the LLaMA-Factory layout, also `{role, content}`
 * turns) → OpenAI chat. `function_call` turns (a JSON `{name, arguments}`) become assistant `tool_calls`, and
 * `observation` turns become `tool` messages answering the latest call.
 */
export function convertShareGpt(record: Record<string, unknown>): Conversion {
  const problems = unconvertedKeys(record, ["conversations", "system", "tools"], "sharegpt");
  const messages: CanonicalMessage[] = [];
  const origins: string[] = [];
  const value: SupervisedExample = { messages };
  if (record.system !== undefined) {
    messages.push({ role: "system", content: record.system as string });
    origins.push("/system");
  }
  if (record.tools !== undefined) value.tools = convertTools(record.tools, problems);
  const turns = record.conversations;
  if (!Array.isArray(turns)) {
    return { value: { messages: turns as CanonicalMessage[] }, sourcePointer: (pointer) => pointer.replace(/^\/messages/, "/conversations"), problems };
  }
  let lastCallId: string | undefined;
  turns.forEach((turn: unknown, index) => {
    const origin = `/conversations/${index}`;
    origins.push(origin);
    if (turn === null || typeof turn !== "object" || Array.isArray(turn)) {
      messages.push(turn as CanonicalMessage);
      return;
    }
    const fields = turn as Record<string, unknown>;
    const tag = (fields.from ?? fields.role) as string;
    const text = (fields.value ?? fields.content) as string;
    const role = typeof tag === "string" ? (roleByTag[tag] ?? tag) : tag;
    if (tag === "function_call") {
      const call = parseFunctionCall(text, index, `${origin}/value`, problems);
      lastCallId = call?.id;
      messages.push(call ? { role: "assistant", content: null, tool_calls: [call] } : { role: "assistant", content: text });
      return;
    }
    if (role === "tool") {
      messages.push({ role: "tool", content: text, tool_call_id: lastCallId as string });
      return;
    }
    messages.push({ role, content: text });
  });
  return {
    value,
    sourcePointer: pointerMap(
      origins,
      (rest, origin) => {
        if (origin === "/system") return origin;
        if (rest === "/role") return `${origin}/from`;
        if (rest === "") return origin;
        return `${origin}/value`;
      },
      (pointer) => (pointer.startsWith("/messages") ? pointer.replace(/^\/messages/, "/conversations") : pointer),
    ),
    problems,
  };
}

function parseFunctionCall(text: unknown, index: number, pointer: string, problems: Conversion["problems"]): ToolCall | undefined {
  let parsed: unknown;
  try {
    parsed = typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const call = parsed as { name?: unknown; arguments?: unknown } | undefined;
  if (!call || typeof call !== "object" || typeof call.name !== "string") {
    problems.push(problem("T02", pointer, 'a function_call turn must hold a JSON string {"name": ..., "arguments": {...}}'));
    return undefined;
  }
  const argumentsText = typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments ?? {});
  return { id: `call_${index}`, type: "function", function: { name: call.name, arguments: argumentsText } };
}

function convertTools(tools: unknown, problems: Conversion["problems"]): SupervisedExample["tools"] {
  let list = tools;
  if (typeof tools === "string") {
    try {
      list = JSON.parse(tools);
    } catch {
      problems.push(problem("T01", "/tools", "tools is a string that is not JSON (LLaMA-Factory writes the tool list as a JSON string)"));
      return undefined;
    }
  }
  if (!Array.isArray(list)) return list as SupervisedExample["tools"];
  return list.map((tool: unknown) =>
    tool && typeof tool === "object" && "type" in tool ? (tool as NonNullable<SupervisedExample["tools"]>[number]) : ({ type: "function", function: tool } as NonNullable<SupervisedExample["tools"]>[number]),
  );
}
