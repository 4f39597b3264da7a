import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { ModelInfo } from "@tandem/core";
import { type ModelsConfigInput, modelsConfigSchema } from "./config/models-config";
import { ExampleMemoryModel, type MemoryExample } from "./local/example-memory-model";
import { ExtractiveReader } from "./local/extractive-reader";
import { LocalHashEmbeddings } from "./local/local-hash-embeddings";
import { UniversalSentenceEncoderEmbeddings } from "./local/universal-sentence-encoder-embeddings";
import { createOpenAIChatModel, createOpenAIEmbeddings } from "./openai/openai-provider";

/** The models a deployment uses. `embeddings.id` names the embedder (it keys the vector collection). */
export interface ModelSet {
  embeddings: EmbeddingsInterface & { id: string };
  /** Generator of the RAG route. */
  reader: BaseChatModel;
  /** The tuned model (absent in a local deployment without training examples). */
  tuned: BaseChatModel | undefined;
  info: ModelInfo;
}

export interface CreateModelsOptions {
  /** Training examples: the offline stand-in for the tuned model answers from them. */
  trainingExamples?: readonly MemoryExample[];
  env?: NodeJS.ProcessEnv;
}

/** Builds the model set from the `models:` config (offline local models unless a key or base URL is set). */
export function createModels(input: ModelsConfigInput = {}, options: CreateModelsOptions = {}): ModelSet {
  const config = modelsConfigSchema.parse(input);
  const env = options.env ?? process.env;
  const apiKey = env[config.apiKeyEnv];
  const baseURL = config.baseURL ?? env.OPENAI_BASE_URL;
  const provider = config.provider === "auto" ? (apiKey || baseURL ? "openai" : "local") : config.provider;
  const embeddingProvider = config.embeddingProvider ?? provider;
  const connection = { ...(apiKey ? { apiKey } : {}), ...(baseURL ? { baseURL } : {}), env: {} };

  const embeddings =
    embeddingProvider === "local"
      ? new LocalHashEmbeddings()
      : embeddingProvider === "local-neural"
        ? new UniversalSentenceEncoderEmbeddings()
        : createOpenAIEmbeddings({ ...connection, model: config.embeddings, maxRetries: config.maxRetries, timeoutMs: config.timeoutMs });
  const offlineEmbeddings = embeddingProvider !== "openai";

  if (provider === "local") {
    const examples = options.trainingExamples ?? [];
    return {
      embeddings,
      reader: new ExtractiveReader(),
      tuned: examples.length > 0 ? new ExampleMemoryModel({ examples }) : undefined,
      info: {
        provider: "local",
        offline: offlineEmbeddings,
        reader: "extractive-reader",
        ...(examples.length > 0 ? { tuned: "example-memory" } : {}),
        embeddings: embeddings.id,
      },
    };
  }
  const chat = (model: string) =>
    createOpenAIChatModel({ ...connection, model, temperature: config.temperature, timeoutMs: config.timeoutMs, maxRetries: config.maxRetries });
  const tunedModel = config.tuned ?? config.chat;
  return {
    embeddings,
    reader: chat(config.chat),
    tuned: chat(tunedModel),
    info: { provider: "openai", offline: false, reader: config.chat, tuned: tunedModel, embeddings: embeddings.id },
  };
}

/** One plain line naming the models, saying so when they are the offline stand-ins. */
export function describeModels(info: ModelInfo): string {
  if (info.provider === "local") {
    const parts = [`${info.embeddings} embeddings`, "extractive reader (quotes and cites retrieved sentences)"];
    if (info.tuned) parts.push("example-memory stand-in for the tuned model (answers from the nearest fine-tuning example)");
    return `offline models: ${parts.join(", ")} — set OPENAI_API_KEY or OPENAI_BASE_URL to use real models`;
  }
  return `models: ${info.reader} (reader), ${info.tuned} (tuned), ${info.embeddings} (embeddings) via an OpenAI-compatible API`;
}
