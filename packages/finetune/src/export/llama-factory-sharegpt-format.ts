import { type CanonicalExample, type CanonicalMessage, isPreferenceExample, type ToolCall } from "../dataset/canonical-example";
import type { ExportFormat, ExportIssue } from "./export-format";
import { plainContent, presentColumns, reportDroppedMessageFields, reportDroppedTopLevelFields } from "./message-text";

/**
 * The role tags written in `from` — the same constants produce the rows and the `dataset_info.json` `tags`,
 * so they cannot disagree (a wrong `user_tag` makes LLaMA-Factory skip every row with only a log warning).
 */
export const sharegptTags = {
  role_tag: "from",
  content_tag: "value",
  user_tag: "human",
  assistant_tag: "gpt",
  observation_tag: "observation",
  function_tag: "function_call",
  system_tag: "system",
} as const;

type Turn = { from: string; value: string };

/** Converts messages (no system) into alternating sharegpt turns, or returns undefined (reported) when it cannot. */
function toTurns(messages: readonly CanonicalMessage[], offset: number, pointer: string, issues: ExportIssue[]): Turn[] | undefined {
  const turns: Turn[] = [];
  let reportedIds = false;
  for (const [position, message] of messages.entries()) {
    const index = position + offset;
    const at = `${pointer}/${index}`;
    reportDroppedMessageFields(message, at, ["role", "content", "tool_calls", "tool_call_id"], issues);
    if (message.role === "system" || message.role === "function") {
      issues.push({ ruleId: message.role === "system" ? "X02" : "X01", outcome: "skipped", pointer: `${at}/role`, message: `a ${message.role} message at position ${index} cannot be represented` });
      return undefined;
    }
    if (message.role === "assistant" && message.tool_calls?.length) {
      const calls: { name: string; arguments: unknown }[] = [];
      for (const [callIndex, call] of message.tool_calls.entries()) {
        try {
          calls.push({ name: call.function.name, arguments: JSON.parse(call.function.arguments) });
        } catch {
          issues.push({ ruleId: "X01", outcome: "skipped", pointer: `${at}/tool_calls/${callIndex}/function/arguments`, message: "tool-call arguments are not valid JSON" });
          return undefined;
        }
      }
      if (typeof message.content === "string" && message.content.length > 0) {
        issues.push({ ruleId: "X01", outcome: "changed", pointer: `${at}/content`, message: "assistant text beside tool calls dropped: a function_call turn has no text" });
      }
      if (!reportedIds) {
        issues.push({ ruleId: "X06", outcome: "changed", pointer: `${at}/tool_calls`, message: "tool-call ids are not kept; import regenerates them (call_1, call_2, …)" });
        reportedIds = true;
      }
      turns.push({ from: sharegptTags.function_tag, value: JSON.stringify(calls.length === 1 ? calls[0] : calls) });
      continue;
    }
    const value = plainContent(message, at, issues);
    if (value === undefined) return undefined;
    const from = message.role === "user" ? sharegptTags.user_tag : message.role === "assistant" ? sharegptTags.assistant_tag : sharegptTags.observation_tag;
    turns.push({ from, value });
  }
  return turns;
}

/** LLaMA-Factory's rule: user / observation at even positions, assistant / function_call at odd ones. */
function alternationProblem(turns: readonly Turn[], expectEven: boolean): string | undefined {
  for (const [index, turn] of turns.entries()) {
    const userSide = turn.from === sharegptTags.user_tag || turn.from === sharegptTags.observation_tag;
    if (userSide !== (index % 2 === 0)) return `turn ${index} (${turn.from}) breaks the user/assistant alternation LLaMA-Factory requires`;
  }
  if ((turns.length % 2 === 0) !== expectEven) return expectEven ? "the conversation must end with an assistant turn" : "the prompt of a preference example must end with a user turn";
  return undefined;
}

function systemOf(messages: readonly CanonicalMessage[], issues: ExportIssue[], pointer: string): { system?: string; rest: readonly CanonicalMessage[]; offset: number } | undefined {
  const first = messages[0];
  if (first?.role !== "system") return { rest: messages, offset: 0 };
  const system = plainContent(first, `${pointer}/0`, issues);
  return system === undefined ? undefined : { system, rest: messages.slice(1), offset: 1 };
}

function parseTurns(turns: readonly Turn[]): CanonicalMessage[] {
  const messages: CanonicalMessage[] = [];
  const pending: string[] = [];
  let lastId = "";
  let counter = 0;
  for (const turn of turns) {
    if (turn.from === sharegptTags.user_tag) messages.push({ role: "user", content: turn.value });
    else if (turn.from === sharegptTags.assistant_tag) messages.push({ role: "assistant", content: turn.value });
    else if (turn.from === sharegptTags.function_tag) {
      const parsed = JSON.parse(turn.value) as { name: string; arguments: unknown } | { name: string; arguments: unknown }[];
      const tool_calls: ToolCall[] = (Array.isArray(parsed) ? parsed : [parsed]).map((call) => {
        counter += 1;
        return { id: `call_${counter}`, type: "function", function: { name: call.name, arguments: JSON.stringify(call.arguments) } };
      });
      pending.push(...tool_calls.map((call) => call.id));
      messages.push({ role: "assistant", tool_calls });
    } else {
      lastId = pending.shift() ?? lastId;
      messages.push({ role: "tool", tool_call_id: lastId, content: turn.value });
    }
  }
  return messages;
}

/**
 * LLaMA-Factory `sharegpt` rows: `{"conversations": [{"from": "human"|"gpt"|"function_call"|"observation",
 * "value"}], "system"?, "tools"?}`, and for preference data `{"conversations", "chosen", "rejected"}` with
 * `ranking: true`. Tool calls become `function_call` turns (`{"name", "arguments"}` JSON); their ids are not
 * kept. Several tool results in a row, per-message weights and mid-conversation system messages cannot be
 * represented and are reported.
 */
export const llamaFactorySharegptFormat: ExportFormat = {
  id: "llama-factory-sharegpt",
  description: "LLaMA-Factory sharegpt JSONL {conversations: [{from, value}], system?, tools?} plus its dataset_info.json entry",
  supports: ["chat", "preference"],
  convert(example: CanonicalExample) {
    const issues: ExportIssue[] = [];
    if (isPreferenceExample(example)) {
      reportDroppedTopLevelFields(example, ["input", "preferred_output", "non_preferred_output"], issues);
      reportDroppedTopLevelFields(example.input, ["messages", "tools"], issues, "/input");
      const split = systemOf(example.input.messages, issues, "/input/messages");
      if (!split) return { issues };
      const turns = toTurns(split.rest, split.offset, "/input/messages", issues);
      const chosen = toTurns(example.preferred_output, 0, "/preferred_output", issues);
      const rejected = toTurns(example.non_preferred_output, 0, "/non_preferred_output", issues);
      if (!turns || !chosen?.[0] || !rejected?.[0]) return { issues };
      const problem = alternationProblem(turns, false);
      if (problem) return { issues: [...issues, { ruleId: "X02", outcome: "skipped", pointer: "/input/messages", message: problem }] };
      return {
        row: { conversations: turns, chosen: chosen[0], rejected: rejected[0], ...(split.system === undefined ? {} : { system: split.system }), ...(example.input.tools ? { tools: JSON.stringify(example.input.tools) } : {}) },
        issues,
      };
    }
    reportDroppedTopLevelFields(example, ["messages", "tools"], issues);
    const split = systemOf(example.messages, issues, "/messages");
    if (!split) return { issues };
    const turns = toTurns(split.rest, split.offset, "/messages", issues);
    if (!turns) return { issues };
    const problem = alternationProblem(turns, true);
    if (problem) return { issues: [...issues, { ruleId: "X02", outcome: "skipped", pointer: "/messages", message: problem }] };
    return { row: { conversations: turns, ...(split.system === undefined ? {} : { system: split.system }), ...(example.tools ? { tools: JSON.stringify(example.tools) } : {}) }, issues };
  },
  parse(row) {
    const system: CanonicalMessage[] = typeof row.system === "string" ? [{ role: "system", content: row.system }] : [];
    const tools = typeof row.tools === "string" && row.tools.length > 0 ? { tools: JSON.parse(row.tools) } : {};
    const messages = [...system, ...parseTurns(row.conversations as Turn[])];
    if (row.chosen && row.rejected) {
      const [preferred] = parseTurns([row.chosen as Turn]);
      const [rejected] = parseTurns([row.rejected as Turn]);
      return { input: { messages, ...tools }, preferred_output: [preferred as CanonicalMessage], non_preferred_output: [rejected as CanonicalMessage] };
    }
    return { messages, ...tools };
  },
  sidecars(context) {
    const ranking = context.kind === "preference";
    return [
      {
        name: "dataset_info.json",
        content: {
          [context.datasetName]: {
            file_name: context.dataFileName,
            formatting: "sharegpt",
            ...(ranking ? { ranking: true } : {}),
            columns: presentColumns({ messages: "conversations", system: "system", tools: "tools", ...(ranking ? { chosen: "chosen", rejected: "rejected" } : {}) }, context.rowKeys),
            tags: { ...sharegptTags },
          },
        },
      },
    ];
  },
};
