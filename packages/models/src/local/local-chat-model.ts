import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import { BaseChatModel, type BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import { AIMessage, AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import { messageContent } from "../grounded/grounded-prompt";

/** What a local model says: the text and what it based it on. */
export interface LocalResponse {
  text: string;
  metadata: Record<string, unknown>;
}

/** Rough token estimate for the offline models' usage reports (≈ 0.75 words per token). */
export function estimateTokens(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.ceil(words / 0.75);
}

/**
 * Base of the deterministic offline chat models: subclasses implement `respond`; invoke, batch and stream come
 * from LangChain's BaseChatModel, with streaming in word pieces that concatenate to the invoke result.
 */
export abstract class LocalChatModel extends BaseChatModel {
  constructor(fields: BaseChatModelParams = {}) {
    super(fields);
  }

  protected abstract respond(messages: BaseMessage[]): LocalResponse;

  private usage(messages: BaseMessage[], text: string) {
    const input = messages.reduce((sum, message) => sum + estimateTokens(messageContent(message)), 0);
    const output = estimateTokens(text);
    return { input_tokens: input, output_tokens: output, total_tokens: input + output };
  }

  override async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const { text, metadata } = this.respond(messages);
    const usage = this.usage(messages, text);
    const message = new AIMessage({ content: text, response_metadata: metadata, usage_metadata: usage });
    return {
      generations: [{ text, message }],
      llmOutput: { tokenUsage: { promptTokens: usage.input_tokens, completionTokens: usage.output_tokens, totalTokens: usage.total_tokens } },
    };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { text, metadata } = this.respond(messages);
    const pieces = text.match(/\S+\s*|\s+/g) ?? [];
    for (const piece of pieces) {
      options.signal?.throwIfAborted();
      const chunk = new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
      yield chunk;
      await runManager?.handleLLMNewToken(piece);
    }
    yield new ChatGenerationChunk({
      text: "",
      message: new AIMessageChunk({ content: "", response_metadata: metadata, usage_metadata: this.usage(messages, text) }),
    });
  }
}

/** The last human message's text. */
export function lastHumanText(messages: readonly BaseMessage[]): string {
  const human = [...messages].reverse().find((message) => message.getType() === "human");
  return human ? messageContent(human) : "";
}
