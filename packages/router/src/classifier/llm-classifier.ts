import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { routeSchema } from "@tandem/core";
import { z } from "zod";

/** What the classifier must answer: validated by zod, requested as structured output. */
export const classifierVerdictSchema = z.object({
  route: routeSchema.describe("tuned: the fine-tuned model alone; rag: answer from the document index; both: the fine-tuned model given retrieved documents"),
  confidence: z.number().min(0).max(1).describe("How sure you are, 0 to 1"),
  reason: z.string().describe("One short sentence: why this route"),
});
export type ClassifierVerdict = z.infer<typeof classifierVerdictSchema>;

/** A verdict with what it cost: the tokens of the call (when the model reports them) and the model asked. */
export type ClassifiedRoute = ClassifierVerdict & { usage?: { inputTokens: number; outputTokens: number }; model?: string };

/** Classifies one query (the router calls it only when its local signals are unsure). */
export type RouteClassifier = (query: string, options?: { signal?: AbortSignal }) => Promise<ClassifiedRoute>;

export interface LlmClassifierOptions {
  /** Instructions of the tasks the tuned model was trained on (e.g. `instructionOf` of a sample of training prompts). */
  tasks?: readonly string[];
  /** Extra guidance appended to the system prompt. */
  instructions?: string;
}

/**
 * An LLM route classifier with structured output: any LangChain chat model, asked through
 * `withStructuredOutput(classifierVerdictSchema)` (JSON schema response format), so the answer is parsed and
 * validated rather than scraped from text. Off by default; the router consults it only when configured.
 */
export function createLlmClassifier(model: BaseChatModel, options: LlmClassifierOptions = {}): RouteClassifier {
  const structured = model.withStructuredOutput(classifierVerdictSchema, { name: "route_decision", method: "jsonSchema", includeRaw: true });
  const modelName = (model as { model?: unknown }).model;
  const tasks = [...new Set(options.tasks ?? [])].slice(0, 12);
  const system = [
    "You route a user's request to who should answer it.",
    "- tuned: a fine-tuned model that learned these tasks and house formats, but knows no facts from the document index:",
    ...(tasks.length > 0 ? tasks.map((task) => `    • ${task}`) : ["    (tasks not listed)"]),
    "  Choose tuned when the request is one of these tasks and brings all the material it needs.",
    "- rag: a retrieval chain over the document index. Choose rag for a factual question the documents answer.",
    "- both: the fine-tuned model given retrieved documents. Choose both for one of the tasks that needs facts from the documents that the request does not include.",
    ...(options.instructions ? [options.instructions] : []),
  ].join("\n");
  return async (query, callOptions = {}) => {
    const { raw, parsed } = await structured.invoke([new SystemMessage(system), new HumanMessage(query)], callOptions.signal ? { signal: callOptions.signal } : {});
    const usage = (raw as { usage_metadata?: { input_tokens?: number; output_tokens?: number } }).usage_metadata;
    return {
      ...classifierVerdictSchema.parse(parsed),
      ...(usage ? { usage: { inputTokens: usage.input_tokens ?? 0, outputTokens: usage.output_tokens ?? 0 } } : {}),
      ...(typeof modelName === "string" ? { model: modelName } : {}),
    };
  };
}
