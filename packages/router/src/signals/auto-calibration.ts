import { analyzeText, splitSentences } from "@tandem/models";
import { type ThresholdCalibration, separatingThreshold } from "./calibration";
import type { CoverageIndex } from "./coverage";
import type { EvidenceProbe } from "./evidence";

export interface AutoCalibrationInput {
  /** The tuned model's training prompts, indexed. */
  coverage?: CoverageIndex;
  /** Retrieval over the deployment's index. */
  evidence?: EvidenceProbe;
  /** Texts of chunks from the index (a sample is enough), used to make corpus-style probe queries. */
  corpusTexts: readonly string[];
  /** Probe queries per side. Default 120. */
  samples?: number;
  /** Hits per probe. Default 5. */
  k?: number;
}

export interface AutoCalibration {
  coverage?: ThresholdCalibration;
  evidence?: ThresholdCalibration;
  /** The corpus-style probe queries used (for the record). */
  corpusQueries: string[];
}

/**
 * Calibrates the router's "auto" thresholds from the deployment's own data — no constants tuned on any dataset.
 * The two sources are each other's negatives:
 * - coverage: training prompts covered by the other training prompts (leave-one-out) should pass;
 *   questions made from the corpus should not.
 * - evidence: questions made from the corpus should find strong evidence in the index; the training prompts
 *   (tasks the tuned model learned, which carry their own content) should not.
 * Each threshold is the exact balanced-accuracy-maximising cut between the two samples.
 */
export async function calibrateRouter(input: AutoCalibrationInput): Promise<AutoCalibration> {
  const samples = input.samples ?? 120;
  const k = input.k ?? 5;
  const corpusQueries = corpusProbeQueries(input.corpusTexts, samples);
  const result: AutoCalibration = { corpusQueries };

  if (input.coverage && input.coverage.size > 1 && corpusQueries.length > 0) {
    const coverage = input.coverage;
    const positives = coverage.selfCoverage(k, samples * 4);
    const negatives = corpusQueries.map((query) => coverage.measure(query, k).max);
    result.coverage = separatingThreshold(positives, negatives);
  }

  if (input.evidence && corpusQueries.length > 0 && input.coverage && input.coverage.size > 0) {
    const probe = input.evidence;
    const prompts = evenlySpaced(input.coverage.prompts, samples);
    const top = async (query: string) => (await probe(query, { k }))[0]?.score ?? 0;
    const positives: number[] = [];
    for (const query of corpusQueries) positives.push(await top(query));
    const negatives: number[] = [];
    for (const prompt of prompts) negatives.push(await top(prompt));
    result.evidence = separatingThreshold(positives, negatives);
  }
  return result;
}

/**
 * Question-like probes made from corpus text: from evenly spaced chunks, the most informative sentence's
 * rarest words (by document frequency across the sample), in their original order — the shape of a user's
 * short factual question about that passage.
 */
export function corpusProbeQueries(texts: readonly string[], count: number, wordsPerQuery = 6): string[] {
  const chosen = evenlySpaced(texts, count);
  const documentFrequency = new Map<string, number>();
  for (const text of texts) for (const term of new Set(analyzeText(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((texts.length + 1) / ((documentFrequency.get(term) ?? 0) + 1));
  const queries: string[] = [];
  for (const text of chosen) {
    const sentences = splitSentences(text).filter((sentence) => analyzeText(sentence.text).length >= 4);
    const best = sentences
      .map((sentence) => ({ sentence, weight: analyzeText(sentence.text).reduce((sum, term) => sum + idf(term), 0) }))
      .sort((left, right) => right.weight - left.weight)[0];
    if (!best) continue;
    const words = best.sentence.text.split(/\s+/).filter((word) => analyzeText(word).length > 0);
    const ranked = words
      .map((word, position) => ({ word, position, weight: Math.max(...analyzeText(word).map(idf)) }))
      .sort((left, right) => right.weight - left.weight || left.position - right.position)
      .slice(0, wordsPerQuery)
      .sort((left, right) => left.position - right.position);
    const query = ranked.map((entry) => entry.word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, "")).filter(Boolean).join(" ");
    if (query) queries.push(query);
  }
  return queries;
}

function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)] as T);
}
