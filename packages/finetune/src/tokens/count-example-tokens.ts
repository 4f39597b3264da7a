import type { TextTokenizer } from "./tokenizer";

/** Token counts of one example. */
export interface ExampleTokens {
  /** All tokens of the example by the ChatML formula (what the context limit applies to). */
  total: number;
  /** Tokens of trainable assistant messages (weight absent or 1): what the model learns from. */
  trainable: number;
  /** For DPO: input + the longer output (what must fit the context, P07). Equal to `total` for SFT. */
  fit: number;
  /** Part of the count is approximate (tool definitions/calls serialised, images estimated). */
  approximate: boolean;
}

/** ChatML framing per message: `<|im_start|>`, `<|im_sep|>`/newline and `<|im_end|>` (K03). */
const perMessage = 3;
/** `<|im_start|>assistant<|im_sep|>` priming the reply. */
const priming = 3;
/** Image tokens: `detail: low` is 85; other details depend on the size, estimated as a 1024×1024 image. */
const lowDetailImageTokens = 85;
const defaultImageTokens = 765;

/**
 * Counts one message list with the ChatML formula Σ(3 + tokens(role) + tokens(content) [+ tokens(name) + 1]) + 3.
 * Tool calls and legacy function calls count their name and arguments text plus framing (approximate).
 */
export class ExampleTokenCounter {
  private readonly roleTokens = new Map<string, number>();
  /** Counts of text that repeats across examples by design: system prompts and tool definitions. */
  private readonly repeated = new Map<string, number>();

  /**
   * @param options.reuseRepeatedText count a system prompt or tool-definition text once and reuse the count when
   *   the same text comes again (datasets repeat them on every line). Exact either way. Default true.
   */
  constructor(
    readonly tokenizer: TextTokenizer,
    private readonly options: { reuseRepeatedText?: boolean } = {},
  ) {}

  /** Counts an SFT example `{messages, tools?, functions?}`. */
  chat(example: { messages?: unknown; tools?: unknown; functions?: unknown }): ExampleTokens {
    const state = { approximate: false };
    const approximations = this.tokenizer.approximations;
    const messages = this.messages(example.messages, state);
    const definitions = this.definitions(example.tools, state) + this.definitions(example.functions, state);
    const total = messages.total + definitions + priming;
    return { total, trainable: messages.trainable, fit: total, approximate: state.approximate || this.tokenizer.approximations > approximations };
  }

  /** Counts a DPO example: input messages + definitions, and each output. */
  preference(example: { input?: unknown; preferred_output?: unknown; non_preferred_output?: unknown }): ExampleTokens & { input: number; preferred: number; nonPreferred: number } {
    const state = { approximate: false };
    const approximations = this.tokenizer.approximations;
    const input = (example.input ?? {}) as { messages?: unknown; tools?: unknown };
    const inputTokens = this.messages(input.messages, state).total + this.definitions(input.tools, state) + priming;
    const preferred = this.messages(example.preferred_output, state);
    const nonPreferred = this.messages(example.non_preferred_output, state);
    return {
      total: inputTokens + preferred.total + nonPreferred.total,
      trainable: preferred.trainable + nonPreferred.trainable,
      fit: inputTokens + Math.max(preferred.total, nonPreferred.total),
      approximate: state.approximate || this.tokenizer.approximations > approximations,
      input: inputTokens,
      preferred: preferred.total,
      nonPreferred: nonPreferred.total,
    };
  }

  /** Tokens of a content value: text, or the text and image parts of an array. */
  content(content: unknown, state: { approximate: boolean }): number {
    if (typeof content === "string") return this.tokenizer.count(content);
    if (!Array.isArray(content)) return 0;
    let tokens = 0;
    for (const part of content) {
      if (!part || typeof part !== "object") continue;
      const fields = part as { type?: unknown; text?: unknown; image_url?: { detail?: unknown } };
      if (typeof fields.text === "string") tokens += this.tokenizer.count(fields.text);
      else if (fields.type === "image_url") {
        state.approximate = true;
        tokens += fields.image_url?.detail === "low" ? lowDetailImageTokens : defaultImageTokens;
      }
    }
    return tokens;
  }

  private messages(messages: unknown, state: { approximate: boolean }): { total: number; trainable: number } {
    if (!Array.isArray(messages)) return { total: 0, trainable: 0 };
    let total = 0;
    let trainable = 0;
    for (const message of messages) {
      if (!message || typeof message !== "object") continue;
      const fields = message as { role?: unknown; content?: unknown; name?: unknown; weight?: unknown; tool_calls?: unknown; function_call?: unknown };
      const role = typeof fields.role === "string" ? fields.role : "";
      const content = role === "system" && typeof fields.content === "string" ? this.repeatedText(fields.content) : this.content(fields.content, state);
      let body = content + this.calls(fields.tool_calls, fields.function_call, state);
      if (typeof fields.name === "string") body += this.tokenizer.count(fields.name) + 1;
      total += perMessage + this.role(role) + body;
      if (role === "assistant" && (fields.weight === undefined || fields.weight === 1)) trainable += body;
    }
    return { total, trainable };
  }

  private calls(toolCalls: unknown, functionCall: unknown, state: { approximate: boolean }): number {
    let tokens = 0;
    if (Array.isArray(toolCalls)) {
      for (const call of toolCalls) tokens += this.call((call as { function?: unknown } | null)?.function, state);
    }
    return tokens + this.call(functionCall, state);
  }

  private call(target: unknown, state: { approximate: boolean }): number {
    if (!target || typeof target !== "object") return 0;
    state.approximate = true;
    const { name, arguments: argumentsText } = target as { name?: unknown; arguments?: unknown };
    return perMessage + (typeof name === "string" ? this.tokenizer.count(name) : 0) + (typeof argumentsText === "string" ? this.tokenizer.count(argumentsText) : 0);
  }

  private definitions(definitions: unknown, state: { approximate: boolean }): number {
    if (!Array.isArray(definitions) || definitions.length === 0) return 0;
    state.approximate = true;
    return this.repeatedText(JSON.stringify(definitions));
  }

  private repeatedText(text: string): number {
    if (this.options.reuseRepeatedText === false) return this.tokenizer.count(text);
    let tokens = this.repeated.get(text);
    if (tokens === undefined) {
      tokens = this.tokenizer.count(text);
      if (this.repeated.size >= 256) this.repeated.clear();
      this.repeated.set(text, tokens);
    }
    return tokens;
  }

  private role(role: string): number {
    let tokens = this.roleTokens.get(role);
    if (tokens === undefined) {
      tokens = this.tokenizer.count(role);
      if (this.roleTokens.size < 64) this.roleTokens.set(role, tokens);
    }
    return tokens;
  }
}
