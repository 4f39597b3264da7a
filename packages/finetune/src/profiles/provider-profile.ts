import { z } from "zod";

const severityOrOff = z.enum(["error", "warn", "info", "off"]);
const formatName = z.enum(["openai-chat", "openai-dpo", "prompt-completion", "sharegpt", "alpaca", "csv"]);
const roleName = z.enum(["system", "user", "assistant", "tool", "function"]);

/**
 * A provider's limits and strictness, kept as data. The built-in profiles live beside this file; a user can pass
 * a JSON file of the same shape (`--profile ./my-provider.json`).
 */
export const providerProfileSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string(),
  /** Formats the provider accepts for upload (others are F06 errors: convert them first). */
  formats: z.array(formatName).min(1),
  /** File name endings the provider accepts (F06). */
  extensions: z.array(z.string()).min(1),
  /** Minimum number of examples (F04). */
  minExamples: z.number().int().min(0),
  /** Maximum number of examples, when the provider has one (F04). */
  maxExamples: z.number().int().positive().optional(),
  /** Largest file the simple upload takes (F05: above it, `largeUploadBytes` applies). */
  maxFileBytes: z.number().positive().optional(),
  /** Largest file a multipart upload takes (F05 error above it); absent when there is no such route. */
  largeUploadBytes: z.number().positive().optional(),
  /** Roles the provider accepts (M01). */
  roles: z.array(roleName).min(1),
  /** Allowed keys per role (M02). */
  messageKeys: z.record(roleName, z.array(z.string())),
  /** Strict turn order (E07 error instead of warn) and strict one-turn DPO input (P03 error instead of warn). */
  strict: z.boolean(),
  /** Training context per model, in tokens (K01/P07). Keys are model ids; the longest matching prefix wins. */
  contextLimits: z.record(z.string(), z.number().int().positive()),
  /** Model assumed when none is given. */
  defaultModel: z.string(),
  /** Context used for a model not in `contextLimits`. */
  defaultContextLimit: z.number().int().positive(),
  /** Whether the provider trains on preference (DPO) files. */
  dpo: z.boolean(),
  /** Image limits (E10). */
  images: z.strictObject({
    maxPerExample: z.number().int().nonnegative(),
    maxBytes: z.number().positive(),
    mimeTypes: z.array(z.string()),
    maxExamplesWithImages: z.number().int().positive().optional(),
  }),
  /** Per-rule severity overrides (`"off"` disables a rule). */
  severities: z.record(z.string(), severityOrOff).default({}),
  /**
   * Notes shown with the report (where a value is assumed rather than documented). A note with `models` is shown
   * only when the model id starts with one of those prefixes (after `ft:…`).
   */
  notes: z.array(z.union([z.string(), z.strictObject({ text: z.string(), models: z.array(z.string()).min(1) })])).default([]),
});

export type ProviderProfile = z.output<typeof providerProfileSchema>;
export type ProviderProfileInput = z.input<typeof providerProfileSchema>;

/** Keys each role may carry in the OpenAI chat format (reference §2.3 M02). */
export const openAiMessageKeys: ProviderProfileInput["messageKeys"] = {
  system: ["role", "content", "name"],
  user: ["role", "content", "name"],
  assistant: ["role", "content", "name", "weight", "tool_calls", "function_call", "refusal"],
  tool: ["role", "content", "tool_call_id"],
  function: ["role", "name", "content"],
};

export const megabyte = 1024 * 1024;
