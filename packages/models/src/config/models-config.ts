import { z } from "zod";

/** The `models:` section of tandem.config.yaml. Every key has a default. */
export const modelsConfigSchema = z.strictObject({
  provider: z
    .enum(["auto", "local", "openai"])
    .default("auto")
    .describe(
      "auto: real models when OPENAI_API_KEY or OPENAI_BASE_URL is set or chat / tuned name a provider (provider:model), else the offline local models. openai: real models. Default auto.",
    ),
  baseURL: z.url().optional().describe("Base URL of an OpenAI-compatible server. Default: OPENAI_BASE_URL, else OpenAI."),
  apiKeyEnv: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "the NAME of an environment variable, e.g. OPENAI_API_KEY")
    .default("OPENAI_API_KEY")
    .describe("Name of the environment variable holding the API key (keys never go in the config). Default OPENAI_API_KEY."),
  chat: z
    .string()
    .min(1)
    .default("gpt-4o-mini")
    .describe(
      "Reader model of the RAG chain: a model id on the OpenAI-compatible server, or provider:model (openai:, azure_openai:, anthropic:, bedrock:, ollama:, mistralai:, groq:, google-genai:, …) resolved by langchain's initChatModel (install the provider's package, e.g. @langchain/anthropic). Default gpt-4o-mini.",
    ),
  tuned: z
    .string()
    .min(1)
    .optional()
    .describe("The fine-tuned model: an id on the OpenAI-compatible server (ft:…, a LoRA name, an Ollama tag) or provider:model, as for chat. Default: the chat model."),
  embeddings: z.string().min(1).default("text-embedding-3-small").describe("Embedding model. Default text-embedding-3-small."),
  embeddingProvider: z
    .enum(["local", "local-neural", "openai"])
    .optional()
    .describe(
      "Embeddings provider when it differs from `provider`: local (hashed n-grams, fast), local-neural (Universal Sentence Encoder Lite, " +
        "offline; better on paraphrase, ~20-100 ms per text) or openai (e.g. local embeddings with a remote chat model). Default: provider.",
    ),
  temperature: z.number().min(0).max(2).default(0).describe("Sampling temperature. Default 0."),
  timeoutMs: z.number().int().positive().default(60_000).describe("Request timeout in milliseconds. Default 60000."),
  maxRetries: z.number().int().min(0).max(10).default(2).describe("Retries on 429/5xx/network errors. Default 2."),
});
export type ModelsConfig = z.infer<typeof modelsConfigSchema>;
export type ModelsConfigInput = z.input<typeof modelsConfigSchema>;
