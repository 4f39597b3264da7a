import { analyzeText } from "@tandem/models";
import type { SignalOutcome } from "./signal";
import { TfIdfIndex } from "@tandem/models";

export interface CoverageMeasure {
  /** Similarity of the nearest training prompt. */
  max: number;
  /** Mean similarity of the k nearest. */
  meanTopK: number;
  neighbours: { index: number; similarity: number; prompt: string }[];
}

/**
 * How well a query is covered by what the tuned model learned: nearest neighbours of the query among the
 * training prompts (lexical TF-IDF cosine over analysed terms).
 */
export class CoverageIndex {
  private readonly index: TfIdfIndex;

  constructor(readonly prompts: readonly string[]) {
    this.index = new TfIdfIndex(prompts.map((prompt) => analyzeText(prompt)));
  }

  get size(): number {
    return this.prompts.length;
  }

  measure(query: string, k = 5, exclude = -1): CoverageMeasure {
    const neighbours = this.index.nearest(analyzeText(query), k, exclude);
    const max = neighbours[0]?.similarity ?? 0;
    const meanTopK = neighbours.length === 0 ? 0 : neighbours.reduce((sum, entry) => sum + entry.similarity, 0) / k;
    return {
      max,
      meanTopK,
      neighbours: neighbours.map((entry) => ({ ...entry, prompt: this.prompts[entry.index] ?? "" })),
    };
  }

  /** Leave-one-out: how strongly each training prompt is covered by the others (for calibration). */
  selfCoverage(k = 5, limit = 2000): number[] {
    const step = Math.max(1, Math.floor(this.size / limit));
    const values: number[] = [];
    for (let index = 0; index < this.size; index += step) values.push(this.measure(this.prompts[index] ?? "", k, index).max);
    return values;
  }

  /** As a router signal. */
  evaluate(query: string, threshold: number, k: number): SignalOutcome & { measure: CoverageMeasure } {
    const measure = this.measure(query, k);
    return {
      measure,
      value: round(measure.max),
      threshold: round(threshold),
      verdict: measure.max >= threshold ? "pass" : "fail",
      supports: "tuned",
      detail: {
        meanTopK: round(measure.meanTopK),
        nearest: measure.neighbours.slice(0, 3).map((entry) => ({
          similarity: round(entry.similarity),
          prompt: truncate(entry.prompt, 120),
        })),
      },
    };
  }
}

export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
