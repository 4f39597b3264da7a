import type { ExampleTokens } from "./count-example-tokens";
import { defaultEpochs } from "./epochs";
import { TokenHistogram } from "./token-histogram";
import type { EncodingName } from "./tokenizer";

/** Percentiles of a per-example quantity. */
export interface Distribution {
  min: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

/** Token accounting of a file (K01–K05). */
export interface TokenReport {
  model: string;
  encoding: EncodingName;
  /** The model is not in the tokenizer's catalogue: the encoding is assumed (K02). */
  encodingAssumed: boolean;
  /** Training context per example, in tokens (K01). */
  contextLimit: number;
  /** Examples counted. */
  examples: number;
  /** Σ tokens of every example (ChatML formula, K03). */
  totalTokens: number;
  /** Σ tokens of trainable assistant messages (weight absent or 1, K04). */
  trainableTokens: number;
  /** Σ min(tokens, context limit): what one epoch bills (cookbook). */
  billedTokens: number;
  /** Examples over the context limit (K01/P07 errors). */
  overLimit: number;
  /** Examples whose count is approximate (tool definitions/calls, images). */
  approximateExamples: number;
  tokensPerExample: Distribution;
  trainableTokensPerExample: Distribution;
  messagesPerExample: Distribution;
  /** Epochs for the estimate: the cookbook's default heuristic unless given. */
  epochs: number;
  epochsSource: "heuristic" | "option";
  /** epochs × billed tokens. */
  chargedTokens: number;
  /** Cost estimate (K05), absent when no price is known for the model. */
  cost?: { usd: number; pricePerMillionTokens: number; priceSource: "table" | "option"; note: string };
  /** DPO pair report (P06). */
  pairs?: { count: number; preferredLonger: number; preferredLongerShare: number };
}

/** Accumulates per-example counts in constant memory and produces the `TokenReport`. */
export class TokenTally {
  private readonly tokens = new TokenHistogram();
  private readonly trainable = new TokenHistogram();
  private readonly messages = new TokenHistogram(4096, 1000);
  private totalTokens = 0;
  private trainableTokens = 0;
  private billedTokens = 0;
  private overLimit = 0;
  private approximate = 0;
  private pairs = 0;
  private preferredLonger = 0;

  constructor(private readonly contextLimit: number) {}

  add(tokens: ExampleTokens, messageCount: number): boolean {
    this.tokens.add(tokens.total);
    this.trainable.add(tokens.trainable);
    this.messages.add(messageCount);
    this.totalTokens += tokens.total;
    this.trainableTokens += tokens.trainable;
    this.billedTokens += Math.min(tokens.total, this.contextLimit);
    if (tokens.approximate) this.approximate += 1;
    const over = tokens.fit > this.contextLimit;
    if (over) this.overLimit += 1;
    return over;
  }

  addPair(preferredLength: number, nonPreferredLength: number): void {
    this.pairs += 1;
    if (preferredLength > nonPreferredLength) this.preferredLonger += 1;
  }

  report(fields: { model: string; encoding: EncodingName; encodingAssumed: boolean; epochs?: number; price?: { perMillion: number; source: "table" | "option"; note: string } }): TokenReport {
    const examples = this.tokens.count;
    const epochs = fields.epochs ?? defaultEpochs(examples);
    const chargedTokens = epochs * this.billedTokens;
    return {
      model: fields.model,
      encoding: fields.encoding,
      encodingAssumed: fields.encodingAssumed,
      contextLimit: this.contextLimit,
      examples,
      totalTokens: this.totalTokens,
      trainableTokens: this.trainableTokens,
      billedTokens: this.billedTokens,
      overLimit: this.overLimit,
      approximateExamples: this.approximate,
      tokensPerExample: distribution(this.tokens),
      trainableTokensPerExample: distribution(this.trainable),
      messagesPerExample: distribution(this.messages),
      epochs,
      epochsSource: fields.epochs === undefined ? "heuristic" : "option",
      chargedTokens,
      ...(fields.price
        ? { cost: { usd: (chargedTokens / 1_000_000) * fields.price.perMillion, pricePerMillionTokens: fields.price.perMillion, priceSource: fields.price.source, note: fields.price.note } }
        : {}),
      ...(this.pairs > 0 ? { pairs: { count: this.pairs, preferredLonger: this.preferredLonger, preferredLongerShare: this.preferredLonger / this.pairs } } : {}),
    };
  }
}

function distribution(histogram: TokenHistogram): Distribution {
  return {
    min: histogram.count === 0 ? 0 : histogram.min,
    mean: histogram.mean,
    p10: histogram.percentile(10),
    p50: histogram.percentile(50),
    p90: histogram.percentile(90),
    p95: histogram.percentile(95),
    p99: histogram.percentile(99),
    max: histogram.max,
  };
}
