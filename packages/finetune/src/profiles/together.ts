import { openAiMessageKeys, type ProviderProfileInput } from "./provider-profile";

/** Together fine-tuning: conversational (messages), instruction (prompt/completion) and preference JSONL. */
export const togetherProfile: ProviderProfileInput = {
  name: "together",
  description: "Together fine-tuning (conversational, instruction and preference JSONL)",
  formats: ["openai-chat", "openai-dpo", "prompt-completion"],
  extensions: [".jsonl"],
  minExamples: 1,
  maxFileBytes: 100 * 1024 * 1024 * 1024,
  roles: ["system", "user", "assistant", "tool"],
  messageKeys: openAiMessageKeys,
  strict: false,
  contextLimits: {},
  defaultModel: "open-weight",
  defaultContextLimit: 8_192,
  dpo: true,
  images: { maxPerExample: 10, maxBytes: 10 * 1024 * 1024, mimeTypes: ["image/jpeg", "image/png", "image/webp"] },
  // Together hard-fails any two consecutive same-role messages.
  severities: { E07: "error" },
  notes: [
    "context limit 8,192 is a default; set the base model's with --context-limit",
    "tokens are counted with o200k_base; the base model's own tokenizer differs, so counts are approximate",
  ],
};
