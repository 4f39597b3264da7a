import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { TandemError } from "@tandem/core";

/** Where to reach an OpenAI-compatible server. */
export interface OpenAIConnection {
  /** API key. Default: the `OPENAI_API_KEY` environment variable. */
  apiKey?: string;
  /** Base URL of any OpenAI-compatible server (`http://localhost:8000/v1`). Default: `OPENAI_BASE_URL`, else OpenAI. */
  baseURL?: string;
  /** Environment to read the defaults from. Default: `process.env`. */
  env?: NodeJS.ProcessEnv;
}

export interface OpenAIChatModelOptions extends OpenAIConnection {
  model: string;
  /** Default 0. */
  temperature?: number;
  /** Request timeout in milliseconds. Default 60000. */
  timeoutMs?: number;
  /** Retries on 429/5xx/network errors. Default 2. */
  maxRetries?: number;
}

export interface OpenAIEmbeddingsOptions extends OpenAIConnection {
  model: string;
  /** Output size (text-embedding-3 models only). */
  dimensions?: number;
  /** Inputs per request. Default 512. */
  batchSize?: number;
  /** Default 2. */
  maxRetries?: number;
  timeoutMs?: number;
}

/** Servers such as vLLM, Ollama or llama.cpp need no key; the client still wants one. */
const placeholderKey = "not-needed";

/** The key and base URL to use (the connection's, else the environment's); NOT_CONFIGURED when there is neither. */
export function resolveOpenAIConnection(connection: OpenAIConnection): { apiKey: string; baseURL: string | undefined } {
  const env = connection.env ?? process.env;
  const apiKey = connection.apiKey ?? env.OPENAI_API_KEY;
  const baseURL = connection.baseURL ?? env.OPENAI_BASE_URL;
  if (!apiKey && !baseURL) {
    throw new TandemError({
      code: "NOT_CONFIGURED",
      message: "the openai provider needs an API key or a base URL",
      hint: "set OPENAI_API_KEY (and/or OPENAI_BASE_URL for another OpenAI-compatible server), or use models.provider: local",
    });
  }
  return { apiKey: apiKey || placeholderKey, baseURL: baseURL || undefined };
}

/** A chat model on any OpenAI-compatible server, through @langchain/openai. */
export function createOpenAIChatModel(options: OpenAIChatModelOptions): ChatOpenAI {
  const { apiKey, baseURL } = resolveOpenAIConnection(options);
  return new ChatOpenAI({
    model: options.model,
    apiKey,
    temperature: options.temperature ?? 0,
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    streamUsage: true,
    ...(baseURL ? { configuration: { baseURL } } : {}),
  });
}

/** An embedding model on any OpenAI-compatible server, through @langchain/openai. */
export function createOpenAIEmbeddings(options: OpenAIEmbeddingsOptions): OpenAIEmbeddings & { id: string } {
  const { apiKey, baseURL } = resolveOpenAIConnection(options);
  const embeddings = new OpenAIEmbeddings({
    model: options.model,
    apiKey,
    batchSize: options.batchSize ?? 512,
    maxRetries: options.maxRetries ?? 2,
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    ...(options.dimensions === undefined ? {} : { dimensions: options.dimensions }),
    ...(baseURL ? { configuration: { baseURL } } : {}),
  });
  return Object.assign(embeddings, { id: `openai-${options.model}${options.dimensions ? `-${options.dimensions}` : ""}` });
}
