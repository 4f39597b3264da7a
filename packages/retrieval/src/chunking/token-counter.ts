import { countTokens as countO200k } from "gpt-tokenizer/encoding/o200k_base";

/** Name of the tokenizer chunk sizes are measured with. */
export const tokenizerName = "o200k_base";

/** Tokens of a text with the o200k_base encoding (GPT-4o and later), via gpt-tokenizer. */
export function countTokens(text: string): number {
  return countO200k(text);
}
