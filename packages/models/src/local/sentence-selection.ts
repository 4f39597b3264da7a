import type { ContextBlock } from "../grounded/grounded-prompt";
import { analyzeText } from "../text/analyze-text";
import { splitSentences } from "../text/split-sentences";

/** A sentence chosen from a context block, with its offsets in the block text. */
export interface SelectedSentence {
  marker: number;
  text: string;
  start: number;
  end: number;
  score: number;
  /** Share (IDF-weighted) of the question's terms the sentence contains. */
  coverage: number;
}

export interface SelectionOptions {
  /** Most sentences to return. Default 2. */
  maxSentences?: number;
  /** Least IDF-weighted share of the question's terms found in the sources that a sentence must contain. Default 0.5. */
  minCoverage?: number;
  /** Least IDF-weighted share of the question's terms that must occur anywhere in the sources. Default 0.3. */
  minPresence?: number;
}

const headingLine = /^\s*#{1,6}\s/;
/** Table rows without a digit are headers or separators, not answers. */
const tableRowWithoutData = /^\s*\|(?!.*\d).*\|\s*$/;
const k1 = 1.2;
const b = 0.75;

/**
 * Picks the sentences of the blocks that best answer a question: BM25 over the blocks' sentences (IDF from
 * those sentences), a bonus for matched numbers and identifiers, and a light preference for earlier blocks.
 * A sentence must contain a minimum share of the question's informative terms; otherwise nothing is returned
 * (the caller then says the sources do not answer). Deterministic.
 */
export function selectSentences(question: string, blocks: readonly ContextBlock[], options: SelectionOptions = {}): SelectedSentence[] {
  const maxSentences = options.maxSentences ?? 2;
  const minCoverage = options.minCoverage ?? 0.5;
  const minPresence = options.minPresence ?? 0.3;
  const questionTerms = [...new Set(analyzeText(question))];
  if (questionTerms.length === 0) return [];

  const candidates = blocks.flatMap((block, blockIndex) =>
    splitSentences(block.text)
      .filter((sentence) => !headingLine.test(sentence.text) && !tableRowWithoutData.test(sentence.text))
      .map((sentence) => ({ block, blockIndex, sentence, terms: analyzeText(sentence.text) }))
      .filter((candidate) => candidate.terms.length > 0),
  );
  if (candidates.length === 0) return [];
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates) for (const term of new Set(candidate.terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const count = candidates.length;
  const idf = (term: string) => {
    const frequency = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
  };
  const averageLength = candidates.reduce((sum, candidate) => sum + candidate.terms.length, 0) / count;
  // Coverage counts the question terms the sources contain (phrasing words like "much" or "last" rarely occur);
  // but when the sources contain too little of the question overall, nothing is selected: they do not answer it.
  const present = questionTerms.filter((term) => documentFrequency.has(term));
  const questionWeight = present.reduce((sum, term) => sum + idf(term), 0);
  const totalWeight = questionTerms.reduce((sum, term) => sum + idf(term), 0);
  if (totalWeight === 0 || questionWeight / totalWeight < minPresence) return [];

  const scored = candidates.map((candidate) => {
    const frequencies = new Map<string, number>();
    for (const term of candidate.terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    let score = 0;
    let matchedWeight = 0;
    for (const term of questionTerms) {
      const frequency = frequencies.get(term);
      if (!frequency) continue;
      const weight = idf(term);
      matchedWeight += weight;
      score += (weight * frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * candidate.terms.length) / averageLength));
      if (/\d/.test(term)) score += weight * 0.5;
    }
    score *= 1 - Math.min(candidate.blockIndex, 9) * 0.01;
    return { candidate, score, coverage: questionWeight === 0 ? 0 : matchedWeight / questionWeight };
  });

  const ranked = scored
    .filter((entry) => entry.coverage >= minCoverage && entry.score > 0)
    .sort((left, right) => right.score - left.score || left.candidate.blockIndex - right.candidate.blockIndex || left.candidate.sentence.start - right.candidate.sentence.start);
  const best = ranked[0];
  if (!best) return [];
  return ranked
    .filter((entry, position) => position === 0 || entry.score >= best.score * 0.75)
    .slice(0, maxSentences)
    .map((entry) => ({
      marker: entry.candidate.block.marker,
      text: entry.candidate.sentence.text,
      start: entry.candidate.sentence.start,
      end: entry.candidate.sentence.end,
      score: entry.score,
      coverage: entry.coverage,
    }));
}

/** Sentences as cited answer text: each verbatim, followed by its marker. */
export function citeSentences(sentences: readonly SelectedSentence[]): string {
  return sentences.map((sentence) => `${sentence.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")} [${sentence.marker}]`).join(" ");
}
