import { TandemError } from "@tandem/core";

export interface FineTuningConnectionInput {
  /** Base URL from the config (`models.baseURL`). Default: OPENAI_BASE_URL, else OpenAI. */
  baseURL?: string;
  /** Name of the environment variable holding the key (`models.apiKeyEnv`). Default OPENAI_API_KEY. */
  apiKeyEnv?: string;
}

/** Where the jobs go: a base URL (undefined = OpenAI) and a key (undefined for keyless local trainers). */
export interface FineTuningConnection {
  baseURL: string | undefined;
  apiKey: string | undefined;
}

/**
 * The fine-tuning API to use, from the config's connection settings and the environment. There is no offline
 * fine-tuning: with neither a key nor a base URL this is a NOT_CONFIGURED error that says what to set.
 */
export function resolveFineTuningConnection(input: FineTuningConnectionInput = {}, env: NodeJS.ProcessEnv = process.env): FineTuningConnection {
  const apiKeyEnv = input.apiKeyEnv ?? "OPENAI_API_KEY";
  const apiKey = env[apiKeyEnv] || undefined;
  const baseURL = input.baseURL ?? (env.OPENAI_BASE_URL || undefined);
  if (!apiKey && !baseURL) {
    throw new TandemError({
      code: "NOT_CONFIGURED",
      message:
        "fine-tuning runs on a provider's fine-tuning API, and none is configured. Tandem has no offline fine-tuning: " +
        "the offline models only stand in for a tuned model.",
      hint:
        `set ${apiKeyEnv} for OpenAI, or OPENAI_BASE_URL (plus ${apiKeyEnv}) for another OpenAI-compatible fine-tuning API ` +
        "(Azure OpenAI, Together, Fireworks, a local trainer); or models.baseURL / models.apiKeyEnv in tandem.config.yaml",
    });
  }
  return { baseURL, apiKey };
}
