import { modelToEncodingMap } from "gpt-tokenizer/mapping";
import { baseModel } from "../profiles/resolve-profile";

/** The two OpenAI encodings Tandem counts with (K02). */
export type EncodingName = "o200k_base" | "cl100k_base";

/** Counts tokens of plain text. Special-token text (`<|endoftext|>`, `<|im_start|>`) counts as ordinary text. */
export interface TextTokenizer {
  readonly encoding: EncodingName;
  count(text: string): number;
  /** How many texts were counted approximately (runs too long for exact BPE in reasonable time, see below). */
  readonly approximations: number;
}

/** The encoding for a model id (`ft:` ids use their base), and whether the model is known or the encoding assumed. */
export function encodingForModel(model: string): { encoding: EncodingName; known: boolean } {
  const base = baseModel(model);
  const mapped = (modelToEncodingMap as Record<string, string | undefined>)[base];
  if (mapped === "cl100k_base") return { encoding: "cl100k_base", known: true };
  if (mapped === "o200k_base" || mapped === "o200k_harmony") return { encoding: "o200k_base", known: true };
  if (/^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o[1-9]|chatgpt-4o)/.test(base)) return { encoding: "o200k_base", known: true };
  if (/^(gpt-3\.5|gpt-4($|-))/.test(base)) return { encoding: "cl100k_base", known: true };
  return { encoding: "o200k_base", known: false };
}

/** Neither allowed nor disallowed: special-token text is encoded as the plain text it is, and never throws. */
const plainText = { disallowedSpecial: new Set<string>() };

/**
 * BPE on one unbroken run (a letter run with no space — a pasted blob, unspaced CJK — or a long run of
 * punctuation or whitespace) is quadratic in gpt-tokenizer: 40,000 × "a" takes seconds, 1 MB would take most of
 * an hour. Runs at least this long are counted in slices of `sliceLength` characters instead: a few tokens off at
 * each cut, reported as approximate, and never a hang.
 */
export const longRunLength = 4000;
const sliceLength = 1000;
const longRun = /\p{L}{4000,}|[^\s\p{L}\p{N}]{4000,}|\s{4000,}/gu;

/** Loads an encoding's tables once (gpt-tokenizer, pure JS) and returns a plain-text counter. */
export async function loadTokenizer(encoding: EncodingName): Promise<TextTokenizer> {
  const module = encoding === "cl100k_base" ? await import("gpt-tokenizer/encoding/cl100k_base") : await import("gpt-tokenizer/encoding/o200k_base");
  const exact = (text: string) => (text.length === 0 ? 0 : module.countTokens(text, plainText));
  let approximations = 0;
  return {
    encoding,
    get approximations() {
      return approximations;
    },
    count(text) {
      if (text.length < longRunLength) return exact(text);
      longRun.lastIndex = 0;
      if (!longRun.test(text)) return exact(text);
      approximations += 1;
      return countInSlices(text, exact);
    },
  };
}

function countInSlices(text: string, exact: (text: string) => number): number {
  let tokens = 0;
  let previous = 0;
  longRun.lastIndex = 0;
  for (let match = longRun.exec(text); match; match = longRun.exec(text)) {
    tokens += exact(text.slice(previous, match.index));
    const end = match.index + match[0].length;
    for (let start = match.index; start < end; ) {
      let cut = Math.min(start + sliceLength, end);
      const code = text.charCodeAt(cut - 1);
      if (cut < end && code >= 0xd800 && code <= 0xdbff) cut -= 1;
      tokens += exact(text.slice(start, cut));
      start = cut;
    }
    previous = end;
  }
  return tokens + exact(text.slice(previous));
}
