import { openAiMessageKeys, type ProviderProfileInput } from "./provider-profile";

/** Any trainer: every format is accepted, no size or count limits, turn order only warned about. */
export const genericProfile: ProviderProfileInput = {
  name: "generic",
  description: "Any trainer (axolotl, LLaMA-Factory, TRL, …): shape checks only, lenient limits",
  formats: ["openai-chat", "openai-dpo", "prompt-completion", "sharegpt", "alpaca", "csv"],
  extensions: [".jsonl", ".json", ".csv", ".tsv"],
  minExamples: 1,
  roles: ["system", "user", "assistant", "tool", "function"],
  messageKeys: openAiMessageKeys,
  strict: false,
  contextLimits: {},
  defaultModel: "open-weight",
  defaultContextLimit: 131_072,
  dpo: true,
  images: { maxPerExample: 10, maxBytes: 10 * 1024 * 1024, mimeTypes: ["image/jpeg", "image/png", "image/webp", "image/gif"] },
  severities: {},
  notes: ["tokens are counted with o200k_base unless --model names an OpenAI model; other tokenizers differ"],
};
