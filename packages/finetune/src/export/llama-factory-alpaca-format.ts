import { type CanonicalExample, type CanonicalMessage, isPreferenceExample } from "../dataset/canonical-example";
import type { ExportFormat, ExportIssue } from "./export-format";
import { plainContent, presentColumns, reportDroppedMessageFields, reportDroppedTopLevelFields } from "./message-text";

/** Column names written, shared by the rows and the `dataset_info.json` entry. */
export const alpacaColumns = { prompt: "instruction", query: "input", response: "output", system: "system", history: "history" } as const;

interface Turns {
  system?: string;
  /** Completed [user, assistant] pairs before the final prompt. */
  history: [string, string][];
  /** The final user message. */
  instruction: string;
  /** The final assistant message (absent for a preference prompt). */
  output?: string;
}

/**
 * Flattens `[system?] + (user, assistant)* + user [+ assistant]` into alpaca columns, or returns undefined after
 * reporting why the messages do not fit (tool calls, tool messages, broken alternation).
 */
function toTurns(messages: readonly CanonicalMessage[], pointer: string, withAnswer: boolean, issues: ExportIssue[]): Turns | undefined {
  const texts: string[] = [];
  let system: string | undefined;
  for (const [index, message] of messages.entries()) {
    const at = `${pointer}/${index}`;
    if (message.tool_calls?.length || message.role === "tool" || message.role === "function") {
      issues.push({ ruleId: "X01", outcome: "skipped", pointer: message.tool_calls?.length ? `${at}/tool_calls` : `${at}/role`, message: "alpaca has no place for tool calls or tool results" });
      return undefined;
    }
    reportDroppedMessageFields(message, at, ["role", "content"], issues);
    const text = plainContent(message, at, issues);
    if (text === undefined) return undefined;
    if (message.role === "system") {
      if (index !== 0) {
        issues.push({ ruleId: "X02", outcome: "skipped", pointer: `${at}/role`, message: "alpaca has one system prompt, before the conversation" });
        return undefined;
      }
      system = text;
      continue;
    }
    const expected = texts.length % 2 === 0 ? "user" : "assistant";
    if (message.role !== expected) {
      issues.push({ ruleId: "X02", outcome: "skipped", pointer: `${at}/role`, message: `expected a ${expected} message here: alpaca needs user and assistant turns alternating, starting with the user` });
      return undefined;
    }
    texts.push(text);
  }
  if (texts.length % 2 !== (withAnswer ? 0 : 1) || texts.length === 0) {
    issues.push({ ruleId: "X02", outcome: "skipped", pointer, message: withAnswer ? "alpaca needs the conversation to end with an assistant answer" : "the prompt of a preference example must end with a user message" });
    return undefined;
  }
  const pairCount = withAnswer ? texts.length / 2 - 1 : (texts.length - 1) / 2;
  const history: [string, string][] = [];
  for (let pair = 0; pair < pairCount; pair += 1) history.push([texts[2 * pair] as string, texts[2 * pair + 1] as string]);
  return { ...(system === undefined ? {} : { system }), history, instruction: texts[2 * pairCount] as string, ...(withAnswer ? { output: texts[2 * pairCount + 1] as string } : {}) };
}

/** The text of a preference output: exactly one assistant text message. */
function singleAnswer(messages: readonly CanonicalMessage[], pointer: string, issues: ExportIssue[]): string | undefined {
  const message = messages[0];
  if (messages.length !== 1 || message?.role !== "assistant" || message.tool_calls?.length) {
    issues.push({ ruleId: "X01", outcome: "skipped", pointer, message: "alpaca preference data needs exactly one assistant text answer" });
    return undefined;
  }
  reportDroppedMessageFields(message, `${pointer}/0`, ["role", "content"], issues);
  return plainContent(message, `${pointer}/0`, issues);
}

function columns(turns: Turns): Record<string, unknown> {
  return {
    [alpacaColumns.prompt]: turns.instruction,
    [alpacaColumns.query]: "",
    ...(turns.output === undefined ? {} : { [alpacaColumns.response]: turns.output }),
    ...(turns.system === undefined ? {} : { [alpacaColumns.system]: turns.system }),
    ...(turns.history.length > 0 ? { [alpacaColumns.history]: turns.history } : {}),
  };
}

function messagesOf(row: Record<string, unknown>): CanonicalMessage[] {
  const messages: CanonicalMessage[] = [];
  if (typeof row[alpacaColumns.system] === "string") messages.push({ role: "system", content: row[alpacaColumns.system] as string });
  for (const [user, assistant] of (row[alpacaColumns.history] as [string, string][] | undefined) ?? []) {
    messages.push({ role: "user", content: user }, { role: "assistant", content: assistant });
  }
  // LLaMA-Factory joins instruction and input with a newline.
  const query = row[alpacaColumns.query];
  messages.push({ role: "user", content: [row[alpacaColumns.prompt], query].filter((part) => typeof part === "string" && part.length > 0).join("\n") });
  return messages;
}

/**
 * LLaMA-Factory `alpaca` rows: `{"instruction", "input", "output", "system"?, "history"?: [[user, assistant], …]}`,
 * and for preference data `{"instruction", "input", "chosen", "rejected", …}` with `ranking: true`. The whole user
 * message goes to `instruction` (`input` stays empty, so nothing is re-split). Multi-turn conversations use
 * `history`; tool calls cannot be represented and are reported.
 */
export const llamaFactoryAlpacaFormat: ExportFormat = {
  id: "llama-factory-alpaca",
  description: "LLaMA-Factory alpaca JSONL {instruction, input, output, system?, history?} plus its dataset_info.json entry",
  supports: ["chat", "preference"],
  convert(example: CanonicalExample) {
    const issues: ExportIssue[] = [];
    if (isPreferenceExample(example)) {
      reportDroppedTopLevelFields(example, ["input", "preferred_output", "non_preferred_output"], issues);
      reportDroppedTopLevelFields(example.input, ["messages"], issues, "/input");
      const turns = toTurns(example.input.messages, "/input/messages", false, issues);
      const chosen = singleAnswer(example.preferred_output, "/preferred_output", issues);
      const rejected = singleAnswer(example.non_preferred_output, "/non_preferred_output", issues);
      if (!turns || chosen === undefined || rejected === undefined) return { issues };
      return { row: { ...columns(turns), chosen, rejected }, issues };
    }
    reportDroppedTopLevelFields(example, ["messages"], issues);
    const turns = toTurns(example.messages, "/messages", true, issues);
    return turns ? { row: columns(turns), issues } : { issues };
  },
  parse(row) {
    const messages = messagesOf(row);
    if (typeof row.chosen === "string" && typeof row.rejected === "string") {
      return { input: { messages }, preferred_output: [{ role: "assistant", content: row.chosen }], non_preferred_output: [{ role: "assistant", content: row.rejected }] };
    }
    return { messages: [...messages, { role: "assistant", content: row[alpacaColumns.response] as string }] };
  },
  sidecars(context) {
    const ranking = context.kind === "preference";
    const { response, ...rest } = alpacaColumns;
    return [
      {
        name: "dataset_info.json",
        content: {
          [context.datasetName]: {
            file_name: context.dataFileName,
            formatting: "alpaca",
            ...(ranking ? { ranking: true } : {}),
            columns: presentColumns(ranking ? { ...rest, chosen: "chosen", rejected: "rejected" } : { ...rest, response }, context.rowKeys),
          },
        },
      },
    ];
  },
};
