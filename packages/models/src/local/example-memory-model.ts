import type { BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";
import { parseGroundedPrompt } from "../grounded/grounded-prompt";
import { analyzeText, TfIdfIndex } from "@tandem/text";
import { LocalChatModel, type LocalResponse, lastHumanText } from "./local-chat-model";
import { citeSentences, selectSentences } from "./sentence-selection";

/** A fine-tuning example in OpenAI chat format (only role and text content are read). */
export interface MemoryExample {
  messages: readonly { role: string; content?: unknown }[];
}

export interface ExampleMemoryModelParams extends BaseChatModelParams {
  examples: readonly MemoryExample[];
  /** Neighbours reported in the response metadata. Default 3. */
  neighbours?: number;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (part && typeof part === "object" && "text" in part ? String(part.text) : "")).join("");
  return "";
}

/**
 * The offline stand-in for the fine-tuned model: it has "learned" only its training examples, and answers with
 * the assistant reply of the example whose prompt is nearest to the question (TF-IDF cosine) — so it reproduces
 * the trained formats, not new facts. Given a grounded prompt (the "both" route), it looks up the question and
 * appends the best-matching source sentences with their markers, so citations survive.
 */
export class ExampleMemoryModel extends LocalChatModel {
  readonly modelName = "example-memory";
  private readonly prompts: string[];
  private readonly replies: string[];
  private readonly index: TfIdfIndex;
  private readonly neighbourCount: number;

  constructor(fields: ExampleMemoryModelParams) {
    super(fields);
    const usable = fields.examples
      .map((example) => {
        const user = [...example.messages].reverse().find((message) => message.role === "user");
        const assistant = [...example.messages].reverse().find((message) => message.role === "assistant");
        return user && assistant ? { prompt: textOf(user.content), reply: textOf(assistant.content) } : undefined;
      })
      .filter((example): example is { prompt: string; reply: string } => example !== undefined);
    this.prompts = usable.map((example) => example.prompt);
    this.replies = usable.map((example) => example.reply);
    this.index = new TfIdfIndex(this.prompts.map((prompt) => analyzeText(prompt)));
    this.neighbourCount = fields.neighbours ?? 3;
  }

  override _llmType(): string {
    return "tandem-example-memory";
  }

  get size(): number {
    return this.prompts.length;
  }

  protected respond(messages: BaseMessage[]): LocalResponse {
    const human = lastHumanText(messages);
    const grounded = parseGroundedPrompt(human);
    const question = grounded ? grounded.question : human;
    const neighbours = this.index.nearest(analyzeText(question), this.neighbourCount);
    const nearest = neighbours[0];
    const memory = {
      nearestIndex: nearest?.index ?? null,
      similarity: nearest?.similarity ?? 0,
      neighbours,
    };
    let text = nearest ? (this.replies[nearest.index] ?? "") : "I have no training example close to this request.";
    if (grounded) {
      // A task prompt is mostly task wording; only part of it refers to the sources, so the bars are lower here.
      const selected = selectSentences(question, grounded.blocks, { maxSentences: 2, minCoverage: 0.2, minPresence: 0.1, requireNames: false });
      // A quoted table starts on a line of its own.
      if (selected.length > 0) text = `${text}\n\nSources:${selected[0]?.table ? "\n" : " "}${citeSentences(selected)}`;
      return { text, metadata: { memory: { ...memory, grounded: true, selected: selected.map(({ marker, start, end }) => ({ marker, start, end })) } } };
    }
    return { text, metadata: { memory: { ...memory, grounded: false } } };
  }
}
