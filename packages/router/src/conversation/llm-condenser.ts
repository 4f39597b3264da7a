import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import { type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { RunnableInterface } from "@langchain/core/runnables";
import type { ConversationMessage } from "./conversation-message";

/** Rewrites the last turn of a conversation as a standalone query. */
export type Condenser = (input: { history: readonly ConversationMessage[]; followUp: string; signal?: AbortSignal }) => Promise<string>;

const instruction =
  "Rewrite the user's last message as one standalone question that can be understood without the conversation. Keep its meaning and language, resolve pronouns and ellipsis from the conversation, and do not answer it. Reply with the question only.";

/** Characters of each earlier message shown to the condenser, at most. */
const maxMessageCharacters = 600;

/**
 * A condenser backed by any chat model (e.g. the configured OpenAI-compatible model). The reply's first
 * non-empty line is the standalone query; an empty reply is an error (the caller falls back to the rules).
 */
export function createLlmCondenser(model: RunnableInterface<BaseLanguageModelInput, BaseMessage>): Condenser {
  return async ({ history, followUp, signal }) => {
    const transcript = history
      .filter((message) => message.role !== "system")
      .map((message) => `${message.role}: ${message.content.replace(/\s+/g, " ").slice(0, maxMessageCharacters)}`)
      .join("\n");
    const reply = await model.invoke([new SystemMessage(instruction), new HumanMessage(`Conversation:\n${transcript}\n\nLast message: ${followUp}`)], signal ? { signal } : {});
    const line = reply.text
      .split("\n")
      .map((entry) => entry.trim().replace(/^(?:standalone question:\s*)/i, "").replace(/^["“]|["”]$/g, ""))
      .find((entry) => entry.length > 0);
    if (!line) throw new Error("the condenser model replied with nothing");
    return line;
  };
}
