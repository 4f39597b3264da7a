// What a generation run will cost, shown BEFORE it runs: calls, estimated tokens, and money for known models (or
// prices given). Tokens are estimated at about 4 characters per token; the real count is reported after the run.

/** US dollars per million tokens. */
export interface TokenPrices {
  input: number;
  output: number;
}

/** List prices (USD per 1M tokens) of common generator models; pass `prices` for others. */
export const knownPrices: Readonly<Record<string, TokenPrices>> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
};

export interface PlannedCall {
  /** Characters sent (prompt and passage). */
  inputCharacters: number;
  /** Tokens expected back. */
  outputTokens: number;
}

export interface GenerationEstimate {
  model: string;
  /** True for the offline local writers: no API, no cost. */
  local: boolean;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Estimated cost in USD; undefined when the model's prices are unknown. */
  usd: number | undefined;
  prices: TokenPrices | undefined;
}

export const charactersPerToken = 4;

export function estimateGeneration(calls: readonly PlannedCall[], options: { model: string; local: boolean; prices?: TokenPrices }): GenerationEstimate {
  const inputTokens = calls.reduce((sum, call) => sum + Math.ceil(call.inputCharacters / charactersPerToken), 0);
  const outputTokens = calls.reduce((sum, call) => sum + call.outputTokens, 0);
  const prices = options.local ? { input: 0, output: 0 } : (options.prices ?? knownPrices[options.model.replace(/-\d{4}-\d{2}-\d{2}$/, "")]);
  return {
    model: options.model,
    local: options.local,
    calls: calls.length,
    inputTokens,
    outputTokens,
    usd: prices ? (inputTokens * prices.input + outputTokens * prices.output) / 1_000_000 : undefined,
    prices,
  };
}

/** One line for a terminal. */
export function formatEstimate(estimate: GenerationEstimate): string {
  const tokens = `≈${estimate.inputTokens.toLocaleString("en-US")} input + ≈${estimate.outputTokens.toLocaleString("en-US")} output tokens`;
  const money = estimate.local
    ? "no cost (offline local writer)"
    : estimate.usd === undefined
      ? `cost unknown (no prices for ${estimate.model}; give --price INPUT,OUTPUT in USD per 1M tokens)`
      : `≈$${estimate.usd.toFixed(estimate.usd < 1 ? 4 : 2)} at $${estimate.prices?.input}/$${estimate.prices?.output} per 1M tokens`;
  return `${estimate.calls} call(s) to ${estimate.model}: ${tokens}, ${money} (estimate: ${charactersPerToken} characters per token)`;
}
