import { baseModel } from "../profiles/resolve-profile";

/**
 * Training prices in USD per 1M training tokens — CONFIGURABLE DEFAULTS, not live prices. gpt-4o-mini and
 * gpt-3.5-turbo follow from OpenAI's guide examples (100k tokens × 3 epochs ≈ $0.90 and $2.40); the others are
 * list prices as published in 2025 and not re-checked since. Override with `--price` (or `price` in the API).
 */
export const trainingPriceTable = {
  asOf: "2025",
  source: "gpt-4o-mini and gpt-3.5-turbo from OpenAI's guide examples; the others 2025 list prices",
  currency: "USD",
  perMillionTokens: {
    "gpt-4o-mini": 3,
    "gpt-4o": 25,
    "gpt-4.1": 25,
    "gpt-4.1-mini": 5,
    "gpt-4.1-nano": 1.5,
    "gpt-3.5-turbo": 8,
  } as Readonly<Record<string, number>>,
} as const;

/** USD per 1M training tokens for a model (longest matching prefix), or undefined when the table has none. */
export function trainingPrice(model: string, table: Readonly<Record<string, number>> = trainingPriceTable.perMillionTokens): number | undefined {
  const base = baseModel(model);
  let best: { prefix: string; price: number } | undefined;
  for (const [prefix, price] of Object.entries(table)) {
    if (base.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) best = { prefix, price };
  }
  return best?.price;
}
