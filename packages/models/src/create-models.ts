import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { ModelInfo } from "@tandem/core";
import { type ModelsConfigInput, modelsConfigSchema } from "./config/models-config";
import { ExampleMemoryModel, type MemoryExample } from "./local/example-memory-model";
import { ExtractiveReader } from "./local/extractive-reader";
import { LocalHashEmbeddings } from "./local/local-hash-embeddings";
import { UniversalSentenceEncoderEmbeddings } from "./local/universal-sentence-encoder-embeddings";
import { createChatModel, parseProviderModel } from "./chat-model";
import { createOpenAIEmbeddings } from "./openai/openai-provider";

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

/**
 * Builds the model set from the `models:` config: the offline local models unless an OpenAI key or base URL is set,
 * or `chat` / `tuned` name a `provider:model` (resolved by langchain's `initChatModel`). Async because a provider's
 * package is loaded here, so a missing one fails now (NOT_CONFIGURED, naming the package) rather than mid-request.
 */
export async function createModels(input: ModelsConfigInput = {}, options: CreateModelsOptions = {}): Promise<ModelSet> {
  const config = modelsConfigSchema.parse(input);
  const env = options.env ?? process.env;
  const apiKey = env[config.apiKeyEnv];
  const baseURL = config.baseURL ?? env.OPENAI_BASE_URL;
  const openAIConfigured = Boolean(apiKey || baseURL);
  const named = [config.chat, config.tuned].some((id) => id !== undefined && parseProviderModel(id) !== undefined);
  const provider = config.provider === "auto" ? (openAIConfigured || named ? "openai" : "local") : config.provider;
  // Real chat models named by provider alone, and no OpenAI-compatible server: the embeddings stay local.
  const embeddingProvider = config.embeddingProvider ?? (provider === "openai" && named && !openAIConfigured ? "local" : provider);
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
  const chat = (model: string, configPath: string) =>
    createChatModel({ ...connection, model, configPath, temperature: config.temperature, timeoutMs: config.timeoutMs, maxRetries: config.maxRetries });
  const tunedModel = config.tuned ?? config.chat;
  const [reader, tuned] = await Promise.all([chat(config.chat, "models.chat"), chat(tunedModel, config.tuned ? "models.tuned" : "models.chat")]);
  return {
    embeddings,
    reader,
    tuned,
    info: { provider: named ? "langchain" : "openai", offline: false, reader: config.chat, tuned: tunedModel, embeddings: embeddings.id },
  };
}

/** One plain line naming the models, saying so when they are the offline stand-ins. */
export function describeModels(info: ModelInfo): string {
  if (info.provider === "local") {
    const parts = [`${info.embeddings} embeddings`, "extractive reader (quotes and cites retrieved sentences)"];
    if (info.tuned) parts.push("example-memory stand-in for the tuned model (answers from the nearest fine-tuning example)");
    return `offline models: ${parts.join(", ")} — set OPENAI_API_KEY or OPENAI_BASE_URL to use real models`;
  }
  const via = info.provider === "langchain" ? "provider:model ids through langchain's initChatModel, plain ids via an OpenAI-compatible API" : "via an OpenAI-compatible API";
  return `models: ${info.reader} (reader), ${info.tuned} (tuned), ${info.embeddings} (embeddings) ${via}`;
}
