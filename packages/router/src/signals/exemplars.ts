import { type Route, type RouteScores, routes } from "@tandem/core";
import { separatingThreshold } from "../calibration/separating-threshold";

/** Embeds texts (the app wires the deployment's embedder: the local one, or an OpenAI-compatible one). */
export type EmbedTexts = (texts: string[], signal?: AbortSignal) => Promise<number[][]>;

export interface ExemplarMatch {
  /** The route of the nearest exemplar. */
  route: Route;
  /** Cosine similarity of the nearest exemplar. */
  similarity: number;
  exemplar: string;
  /** Nearest-exemplar similarity per route (routes without exemplars: 0). */
  perRoute: RouteScores;
}

/**
 * Example utterances per route, semantic-router style: a query whose nearest exemplar is similar enough takes
 * that exemplar's route. The threshold is given, or calibrated leave-one-out on the exemplars themselves: the cut
 * that best separates "the nearest other exemplar has my route" from "it has another route".
 */
export class ExemplarIndex {
  private constructor(
    private readonly texts: string[],
    private readonly labels: Route[],
    private readonly vectors: Float64Array[],
    readonly threshold: number,
    readonly thresholdSource: "config" | "leave-one-out",
  ) {}

  get size(): number {
    return this.texts.length;
  }

  static async build(exemplars: Partial<Record<Route, readonly string[]>>, embed: EmbedTexts, threshold?: number): Promise<ExemplarIndex> {
    const entries = routes.flatMap((route) => (exemplars[route] ?? []).map((text) => ({ route, text })));
    const vectors = entries.length === 0 ? [] : (await embed(entries.map((entry) => entry.text))).map(normalized);
    const index = new ExemplarIndex(
      entries.map((entry) => entry.text),
      entries.map((entry) => entry.route),
      vectors,
      threshold ?? 1,
      threshold === undefined ? "leave-one-out" : "config",
    );
    if (threshold !== undefined) return index;
    const same: number[] = [];
    const other: number[] = [];
    vectors.forEach((vector, position) => {
      const nearest = index.nearest(vector, position);
      if (nearest) (entries[nearest.index]?.route === entries[position]?.route ? same : other).push(nearest.similarity);
    });
    const calibrated = same.length === 0 ? 1 : separatingThreshold(same, other).threshold;
    return new ExemplarIndex(index.texts, index.labels, vectors, calibrated, "leave-one-out");
  }

  /** The nearest exemplar of a query vector, with the best similarity per route. */
  match(queryVector: readonly number[]): ExemplarMatch | undefined {
    const vector = normalized(queryVector);
    const perRoute: RouteScores = { tuned: 0, rag: 0, both: 0 };
    let best: { index: number; similarity: number } | undefined;
    this.vectors.forEach((candidate, index) => {
      const similarity = dot(vector, candidate);
      const route = this.labels[index] as Route;
      if (similarity > perRoute[route]) perRoute[route] = similarity;
      if (!best || similarity > best.similarity) best = { index, similarity };
    });
    if (!best) return undefined;
    const found = best as { index: number; similarity: number };
    return { route: this.labels[found.index] as Route, similarity: found.similarity, exemplar: this.texts[found.index] as string, perRoute };
  }

  private nearest(vector: Float64Array, exclude: number): { index: number; similarity: number } | undefined {
    let best: { index: number; similarity: number } | undefined;
    this.vectors.forEach((candidate, index) => {
      if (index === exclude) return;
      const similarity = dot(vector, candidate);
      if (!best || similarity > best.similarity) best = { index, similarity };
    });
    return best;
  }
}

function normalized(vector: readonly number[]): Float64Array {
  const norm = Math.hypot(...vector) || 1;
  return Float64Array.from(vector, (value) => value / norm);
}

function dot(left: ArrayLike<number>, right: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += (left[index] as number) * ((right[index] as number) ?? 0);
  return sum;
}
