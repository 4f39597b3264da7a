import { analyzeText } from "@tandem/text";
import type { TargetSource } from "./target";

export interface Groundedness {
  /** Share of the answer's distinct content words that occur in the sources (0..1; 0 for an empty answer). */
  share: number;
  supported: number;
  total: number;
  /** Up to 8 content words of the answer that no source contains. */
  unsupported: string[];
}

/**
 * How much of an answer the retrieved sources support: the share of its distinct content words (stemmed,
 * stopwords removed, citation markers ignored) that occur in at least one source. Deterministic and cheap; it
 * cannot tell a faithful paraphrase from a contradiction that reuses the sources' words.
 */
export function groundedness(answer: string, sources: readonly TargetSource[]): Groundedness {
  const answerTerms = [...new Set(analyzeText(answer.replace(/\[\d+\]/g, " ")))];
  const sourceTerms = new Set(sources.flatMap((source) => analyzeText(source.text)));
  const unsupported = answerTerms.filter((term) => !sourceTerms.has(term));
  const supported = answerTerms.length - unsupported.length;
  return { share: answerTerms.length === 0 ? 0 : supported / answerTerms.length, supported, total: answerTerms.length, unsupported: unsupported.slice(0, 8) };
}
