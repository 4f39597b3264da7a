import { TfIdfIndex } from "@tandem/text";
import type { DeploymentProfile, QueryTerms } from "./deployment-profile";

export interface CoverageMeasure {
  /** Similarity of the nearest training prompt. */
  max: number;
  /** Mean similarity of the k nearest. */
  meanTopK: number;
  neighbours: { index: number; similarity: number; prompt: string }[];
}

/**
 * How well a query is covered by what the tuned model learned: nearest neighbours of the query among the
 * training prompts (TF-IDF cosine). With a deployment profile, only the prompts' framing terms — the trained
 * tasks' wording — are compared, so a prompt's one-off payload (the customer message, the SQL) does not drown
 * the task it asks for.
 */
export class CoverageIndex {
  private readonly index: TfIdfIndex;
  private readonly promptTerms: string[][];

  constructor(
    readonly prompts: readonly string[],
    private readonly profile: DeploymentProfile,
  ) {
    this.promptTerms = prompts.map((prompt) => profile.analyze(prompt).framingTerms);
    this.index = new TfIdfIndex(this.promptTerms);
  }

  get size(): number {
    return this.prompts.length;
  }

  /** Terms of training prompt `index` (for leave-one-out measures). */
  termsOf(index: number): ReadonlySet<string> {
    return new Set(this.promptTerms[index] ?? []);
  }

  measure(query: QueryTerms, k = 5, exclude = -1): CoverageMeasure {
    const neighbours = this.index.nearest(query.framingTerms, k, exclude);
    const max = neighbours[0]?.similarity ?? 0;
    const meanTopK = neighbours.length === 0 ? 0 : neighbours.reduce((sum, entry) => sum + entry.similarity, 0) / k;
    return { max, meanTopK, neighbours: neighbours.map((entry) => ({ ...entry, prompt: this.prompts[entry.index] ?? "" })) };
  }
}

export function truncate(text: string, length: number): string {
  const flat = text.slice(0, length * 2).replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
