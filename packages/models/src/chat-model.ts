// One way to name a chat model in config: a plain model id runs on the OpenAI-compatible server (models.baseURL,
// OPENAI_BASE_URL, or OpenAI itself) through @langchain/openai — today's default — and `provider:model`
// (`anthropic:claude-3-5-haiku-latest`, `ollama:llama3.1`, `bedrock:…`) is resolved by langchain's `initChatModel`,
// which loads that provider's package: an optional peer dependency, installed only by those who use it.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { TandemError } from "@tandem/core";
import { createOpenAIChatModel, type OpenAIConnection, resolveOpenAIConnection } from "./openai/openai-provider";

/**
 * The providers a `provider:model` id may name, as langchain's `initChatModel` spells them. Its aliases `mistral`,
 * `aws`, `google` and `langsmith` are left out on purpose: `mistral:7b` is an Ollama tag, a plain model id on an
 * OpenAI-compatible server, as before (write `mistralai:` for Mistral's own API).
 */
export const chatModelProviders = [
  "openai",
  "azure_openai",
  "anthropic",
  "bedrock",
  "ollama",
  "mistralai",
  "groq",
  "google-genai",
  "google-vertexai",
  "google-vertexai-web",
  "cohere",
  "deepseek",
  "xai",
  "cerebras",
  "fireworks",
  "together",
  "perplexity",
] as const;
export type ChatModelProvider = (typeof chatModelProviders)[number];

/** `anthropic:claude-3-5-haiku-latest` → its provider and model; undefined for a plain model id (`gpt-4o-mini`, `ft:…`, `llama3:8b`). */
export function parseProviderModel(id: string): { provider: ChatModelProvider; model: string } | undefined {
  const colon = id.indexOf(":");
  if (colon <= 0 || colon === id.length - 1) return undefined;
  const provider = id.slice(0, colon);
  return (chatModelProviders as readonly string[]).includes(provider) ? { provider: provider as ChatModelProvider, model: id.slice(colon + 1) } : undefined;
}

export interface ChatModelOptions extends OpenAIConnection {
  /** A model id on the OpenAI-compatible server, or `provider:model` (see `chatModelProviders`). */
  model: string;
  /** Default 0. */
  temperature?: number;
  /** Request timeout in milliseconds (OpenAI-compatible models; other providers are bounded by the caller's signal). Default 60000. */
  timeoutMs?: number;
  /** Retries on 429/5xx/network errors. Default 2. */
  maxRetries?: number;
  /** The config key the id came from, named in errors (e.g. `models.tuned`). Default `models.chat`. */
  configPath?: string;
}

/**
 * A chat model from its id: `provider:model` through langchain's `initChatModel` (the `openai:` provider gets the
 * same key and base URL as the OpenAI-compatible path), anything else through `createOpenAIChatModel`. A provider
 * whose package is not installed is a NOT_CONFIGURED error naming the package to install.
 */
export async function createChatModel(options: ChatModelOptions): Promise<BaseChatModel> {
  const named = parseProviderModel(options.model);
  if (!named) return createOpenAIChatModel(options);
  const { initChatModel, MODEL_PROVIDER_CONFIG } = await import("langchain/chat_models/universal");
  const providerPackage = MODEL_PROVIDER_CONFIG[named.provider].package;
  const path = options.configPath ?? "models.chat";
  // `openai:` reaches the same server as a plain id: the configured key and base URL (one of them required).
  const connection = named.provider === "openai" ? resolveOpenAIConnection(options) : undefined;
  try {
    return await initChatModel(named.model, {
      modelProvider: named.provider,
      temperature: options.temperature ?? 0,
      maxRetries: options.maxRetries ?? 2,
      ...(connection
        ? { timeout: options.timeoutMs ?? 60_000, streamUsage: true, apiKey: connection.apiKey, ...(connection.baseURL ? { configuration: { baseURL: connection.baseURL } } : {}) }
        : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unable to import|Cannot find (package|module)/.test(message)) {
      throw new TandemError({
        code: "NOT_CONFIGURED",
        path,
        message: `"${options.model}" needs the package ${providerPackage}, which is not installed`,
        hint: `npm install ${providerPackage} (an optional peer dependency of @tandem/models)`,
        cause: error,
      });
    }
    throw new TandemError({
      code: "NOT_CONFIGURED",
      path,
      message: `"${options.model}": ${providerPackage} could not create the model: ${message}`,
      hint: `set what ${providerPackage} needs (usually its API key in the environment), or use a plain model id on the OpenAI-compatible server`,
      cause: error,
    });
  }
}
