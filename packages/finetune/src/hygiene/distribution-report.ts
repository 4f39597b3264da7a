import { type CanonicalExample, type CanonicalMessage, isPreferenceExample } from "../dataset/canonical-example";
import { allMessages, messageTextWithToolCalls } from "../dataset/example-text";
import type { Finding } from "../dataset/finding";

export interface Percentiles {
  min: number;
  p10: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export interface DistributionOptions {
  /** Token counter (the validator's exact tokenizer). Without it, lengths are reported in characters only. */
  countTokens?: (text: string) => number;
  /** What counts as a refusal in an assistant answer. Default: common English refusal openings. */
  refusalPattern?: RegExp;
  /** Refusal share above which Q05 warns. Default 0.5 (OpenAI's guide warns about "an overabundance of refusals"). */
  refusalWarnShare?: number;
}

export interface DistributionReport {
  examples: number;
  messagesPerExample: Percentiles;
  /** Length of each example and of its assistant messages. */
  characters: { example: Percentiles; assistant: Percentiles };
  tokens?: { example: Percentiles; assistant: Percentiles };
  missingSystem: number;
  missingUser: number;
  refusals: { count: number; share: number };
  systemPrompts: { distinct: number; top: { prompt: string; count: number }[] };
  findings: Finding[];
}

const defaultRefusal =
  /^\s*(?:i(?:'|’)?m sorry,? but i (?:can(?:no|')t|am unable)|i (?:can(?:no|'|’)t|am unable to|am not able to) (?:help|assist|answer|provide|do that|comply)|sorry,? (?:but )?i can(?:no|'|’)t|as an ai\b)/i;

/** Nearest-rank percentiles (and mean) of a list of numbers; all zero for an empty list. */
export function percentiles(values: readonly number[]): Percentiles {
  if (values.length === 0) return { min: 0, p10: 0, p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((left, right) => left - right);
  const rank = (share: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number;
  return {
    min: sorted[0] as number,
    p10: rank(0.1),
    p50: rank(0.5),
    p90: rank(0.9),
    p99: rank(0.99),
    max: sorted.at(-1) as number,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

/**
 * The distribution report (rule Q05): messages per example, example and assistant lengths (characters, and
 * tokens when a counter is given — exact token accounting is the validator's), missing system / user messages,
 * the share of refusals, and how many different system prompts there are (OpenAI recommends one, the best one,
 * in every example).
 */
export function distributionReport(examples: readonly CanonicalExample[], options: DistributionOptions = {}): DistributionReport {
  const refusalPattern = options.refusalPattern ?? defaultRefusal;
  const messageCounts: number[] = [];
  const exampleCharacters: number[] = [];
  const assistantCharacters: number[] = [];
  const exampleTokens: number[] = [];
  const assistantTokens: number[] = [];
  const systemPrompts = new Map<string, number>();
  let missingSystem = 0;
  let missingUser = 0;
  let refusals = 0;
  const measure = (messages: readonly CanonicalMessage[], characters: number[], tokens: number[]) => {
    const text = messages.map(messageTextWithToolCalls).join("\n");
    characters.push(text.length);
    if (options.countTokens) tokens.push(options.countTokens(text));
  };
  for (const example of examples) {
    const messages = allMessages(example);
    messageCounts.push(messages.length);
    measure(messages, exampleCharacters, exampleTokens);
    const answers = isPreferenceExample(example) ? example.preferred_output : messages.filter((message) => message.role === "assistant");
    measure(answers, assistantCharacters, assistantTokens);
    const system = messages.find((message) => message.role === "system");
    if (system) {
      const prompt = messageTextWithToolCalls(system);
      systemPrompts.set(prompt, (systemPrompts.get(prompt) ?? 0) + 1);
    } else missingSystem += 1;
    if (!messages.some((message) => message.role === "user")) missingUser += 1;
    const last = answers.at(-1);
    if (last && ((typeof last.refusal === "string" && last.refusal.length > 0) || refusalPattern.test(messageTextWithToolCalls(last)))) refusals += 1;
  }
  const share = examples.length === 0 ? 0 : refusals / examples.length;
  const findings: Finding[] = [];
  if (share > (options.refusalWarnShare ?? 0.5)) {
    findings.push({ ruleId: "Q05", severity: "warn", message: `${(share * 100).toFixed(0)}% of the answers are refusals`, hint: "an overabundance of refusals teaches the model to refuse; rebalance the data" });
  }
  if (missingUser > 0) findings.push({ ruleId: "Q05", severity: "warn", message: `${missingUser} example(s) have no user message` });
  if (systemPrompts.size > 1) {
    findings.push({ ruleId: "Q05", severity: "info", message: `${systemPrompts.size} different system prompts`, hint: "OpenAI recommends using the same (best) system prompt in every example, and at inference" });
  }
  if (missingSystem > 0 && systemPrompts.size > 0) findings.push({ ruleId: "Q05", severity: "info", message: `${missingSystem} example(s) have no system message while others do` });
  return {
    examples: examples.length,
    messagesPerExample: percentiles(messageCounts),
    characters: { example: percentiles(exampleCharacters), assistant: percentiles(assistantCharacters) },
    ...(options.countTokens ? { tokens: { example: percentiles(exampleTokens), assistant: percentiles(assistantTokens) } } : {}),
    missingSystem,
    missingUser,
    refusals: { count: refusals, share },
    systemPrompts: {
      distinct: systemPrompts.size,
      top: [...systemPrompts]
        .sort((left, right) => right[1] - left[1])
        .slice(0, 5)
        .map(([prompt, count]) => ({ prompt: prompt.length > 120 ? `${prompt.slice(0, 119)}…` : prompt, count })),
    },
    findings,
  };
}
