import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type AIMessageChunk, type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { messageContent } from "@tandem/models";
import type { RagChain } from "@tandem/retrieval";
import { type ConversationMessage, streamingTarget, type Target, type TargetOutput } from "@tandem/router";

/** The conversation's earlier turns as chat messages (the client's system messages follow the deployment's). */
function historyMessages(history: readonly ConversationMessage[] | undefined): BaseMessage[] {
  return (history ?? []).map((message) =>
    message.role === "user" ? new HumanMessage(message.content) : message.role === "assistant" ? new AIMessage(message.content) : new SystemMessage(message.content),
  );
}

/**
 * The tuned model as a streaming target: its tokens as they come, then usage and — when the model reports one
 * (the offline example-memory model's similarity to its nearest training prompt) — a confidence.
 */
export function tunedTarget(model: BaseChatModel, systemPrompt: string | undefined): Target {
  return streamingTarget(async function* (input, config) {
    const messages = [...(systemPrompt ? [new SystemMessage(systemPrompt)] : []), ...historyMessages(input.history), new HumanMessage(input.query)];
    let message: AIMessageChunk | undefined;
    for await (const chunk of await model.stream(messages, config)) {
      message = message ? message.concat(chunk) : chunk;
      const piece = messageContent(chunk);
      if (piece.length > 0) yield { text: piece };
    }
    const usage = message?.usage_metadata;
    const similarity = (message?.response_metadata as { memory?: { similarity?: unknown } } | undefined)?.memory?.similarity;
    const last: Partial<TargetOutput> = {
      text: "",
      citations: [],
      ...(usage ? { usage: { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens } } : {}),
      ...(typeof similarity === "number" ? { confidence: Math.max(0, Math.min(1, similarity)) } : {}),
    };
    yield last;
  }, "tandem_tuned");
}

/** A RAG chain as a streaming target: the generator's tokens, then citations, abstention, usage and the sources. */
export function ragTarget(chain: RagChain, name: string): Target {
  return streamingTarget(async function* (input, config) {
    for await (const chunk of await chain.stream({ query: input.query }, config)) {
      if (chunk.text) yield { text: chunk.text };
      if (chunk.hits) {
        yield {
          text: "",
          citations: chunk.citations ?? [],
          abstained: chunk.abstained ?? false,
          sources: chunk.hits.map((hit) => ({ source: hit.source, text: hit.text })),
          ...(chunk.usage ? { usage: chunk.usage } : {}),
        };
      }
    }
  }, name);
}
