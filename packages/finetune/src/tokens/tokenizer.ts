import { modelToEncodingMap } from "gpt-tokenizer/mapping";
import { baseModel } from "../profiles/resolve-profile";

/** The two OpenAI encodings Tandem counts with (K02). */
export type EncodingName = "o200k_base" | "cl100k_base";

/** Counts tokens of plain text. Special-token text (`<|endoftext|>`, `<|im_start|>`) counts as ordinary text. */
export interface TextTokenizer {
  readonly encoding: EncodingName;
  count(text: string): number;
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

const loaded = new Map<EncodingName, Promise<TextTokenizer>>();
/** Neither allowed nor disallowed: special-token text is encoded as the plain text it is, and never throws. */
const plainText = { disallowedSpecial: new Set<string>() };

/** Loads an encoding's tables once (gpt-tokenizer, pure JS) and returns a plain-text counter. */
export function loadTokenizer(encoding: EncodingName): Promise<TextTokenizer> {
  let tokenizer = loaded.get(encoding);
  if (!tokenizer) {
    tokenizer = (encoding === "cl100k_base" ? import("gpt-tokenizer/encoding/cl100k_base") : import("gpt-tokenizer/encoding/o200k_base")).then(
      (module) => ({ encoding, count: (text: string) => (text.length === 0 ? 0 : module.countTokens(text, plainText)) }),
    );
    loaded.set(encoding, tokenizer);
  }
  return tokenizer;
}
