import { openAiMessageKeys, type ProviderProfileInput } from "./provider-profile";

/** Fireworks fine-tuning: OpenAI-style chat JSONL on open-weight base models. */
export const fireworksProfile: ProviderProfileInput = {
  name: "fireworks",
  description: "Fireworks supervised fine-tuning (OpenAI chat JSONL) and DPO",
  formats: ["openai-chat", "openai-dpo"],
  extensions: [".jsonl"],
  minExamples: 3,
  maxExamples: 3_000_000,
  roles: ["system", "user", "assistant", "tool"],
  messageKeys: openAiMessageKeys,
  strict: false,
  contextLimits: {},
  defaultModel: "open-weight",
  defaultContextLimit: 32_768,
  dpo: true,
  images: { maxPerExample: 10, maxBytes: 10 * 1024 * 1024, mimeTypes: ["image/jpeg", "image/png", "image/webp"] },
  severities: {},
  notes: [
    "context limit 32,768 is a default for open-weight base models; set the base model's with --context-limit",
    "tokens are counted with o200k_base; the base model's own tokenizer differs, so counts are approximate",
  ],
};
