import { megabyte, openAiMessageKeys, type ProviderProfileInput } from "./provider-profile";

/** OpenAI fine-tuning (and the back-ends that take its JSONL: Azure OpenAI, Bedrock's compatible API). */
export const openAiProfile: ProviderProfileInput = {
  name: "openai",
  description: "OpenAI supervised (chat) and DPO fine-tuning files",
  formats: ["openai-chat", "openai-dpo"],
  extensions: [".jsonl"],
  minExamples: 10,
  maxFileBytes: 512 * megabyte,
  largeUploadBytes: 8 * 1024 * megabyte,
  roles: ["system", "user", "assistant", "tool", "function"],
  messageKeys: openAiMessageKeys,
  strict: true,
  contextLimits: {
    "gpt-4o": 65_536,
    "gpt-4o-mini": 65_536,
    "gpt-4.1": 65_536,
    "gpt-3.5-turbo": 16_385,
    "gpt-3.5-turbo-0613": 4_096,
  },
  defaultModel: "gpt-4o-mini-2024-07-18",
  defaultContextLimit: 65_536,
  dpo: true,
  images: { maxPerExample: 10, maxBytes: 10 * megabyte, mimeTypes: ["image/jpeg", "image/png", "image/webp"], maxExamplesWithImages: 50_000 },
  severities: {},
  notes: [{ text: "gpt-4.1 family training context is assumed 65,536 (not found in current docs); override with --context-limit", models: ["gpt-4.1"] }],
};
