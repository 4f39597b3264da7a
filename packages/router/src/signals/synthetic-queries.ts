// The synthetic queries calibration writes from a deployment's own data: corpus questions (rag), trained tasks
// about corpus subjects (both). The tuned examples are the training prompts themselves.
import { analyzeText, splitSentences } from "@tandem/models";
import { splitPayload } from "./payload";

/** The instruction part of a prompt: its text before its material starts (see `splitPayload`), at most 12 words. */
export function instructionOf(prompt: string): string {
  const { instruction } = splitPayload(prompt);
  return instruction.replace(/[:?]$/, "").split(/\s+/).slice(0, 12).join(" ").trim();
}

/**
 * A synthetic `both` request: a trained task about something only the corpus holds. Two in three name their
 * subject instead of bringing material (the prompt's instruction, then the first 2–6 words of a corpus question);
 * one in three keep the prompt's own material and ask for a corpus fact beside it.
 */
export function bothRequest(prompt: string, subject: string, position: number): string {
  const { payload } = splitPayload(prompt);
  if (position % 3 === 2 && payload) return `${instructionOf(prompt)} ${subject}: ${payload}`;
  const reference = subject.split(" ").slice(0, 2 + (position % 5)).join(" ");
  return `${instructionOf(prompt)} ${reference}`.trim();
}

/**
 * Question-like probes made from corpus text: from evenly spaced chunks, the most informative sentences' rarest
 * words (by document frequency across the sample), in their original order. When the corpus has fewer chunks
 * than probes are wanted, each chunk gives several, from its next most informative sentences.
 */
export function corpusProbeQueries(texts: readonly string[], count: number, wordsPerQuery = 6): string[] {
  const chosen = evenlySpaced(texts, count);
  const documentFrequency = new Map<string, number>();
  for (const text of texts) for (const term of new Set(analyzeText(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((texts.length + 1) / ((documentFrequency.get(term) ?? 0) + 1));
  const perChunk = Math.max(1, Math.ceil(count / Math.max(chosen.length, 1)));
  const ranked = chosen.map((text) =>
    splitSentences(text)
      .filter((sentence) => analyzeText(sentence.text).length >= 4)
      .map((sentence) => ({ sentence, weight: analyzeText(sentence.text).reduce((sum, term) => sum + idf(term), 0) }))
      .sort((left, right) => right.weight - left.weight)
      .slice(0, perChunk),
  );
  const queries: string[] = [];
  // Round-robin over chunks: every chunk's best sentence first, then every chunk's second best, ...
  for (let rank = 0; rank < perChunk && queries.length < count; rank += 1) {
    for (const sentences of ranked) {
      const best = sentences[rank];
      if (!best || queries.length >= count) continue;
      const words = best.sentence.text.split(/\s+/).filter((word) => analyzeText(word).length > 0);
      const query = words
        .map((word, position) => ({ word, position, weight: Math.max(...analyzeText(word).map(idf)) }))
        .sort((left, right) => right.weight - left.weight || left.position - right.position)
        .slice(0, wordsPerQuery)
        .sort((left, right) => left.position - right.position)
        .map((entry) => entry.word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ""))
        .filter(Boolean)
        .join(" ");
      if (query) queries.push(query);
    }
  }
  return queries;
}

export function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)] as T);
}
