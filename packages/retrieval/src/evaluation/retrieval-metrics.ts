/**
 * Retrieval metrics over one ranked list of ids. `relevant` maps each relevant id to its gain (1 for binary
 * judgements; graded judgements give higher gains to more relevant documents).
 */
export type Judgements = ReadonlyMap<string, number>;

/** Share of the relevant ids found in the top k. */
export function recallAtK(ranked: readonly string[], relevant: Judgements, k: number): number {
  if (relevant.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/** 1 when every relevant id is in the top k, else 0. */
export function allGoldAtK(ranked: readonly string[], relevant: Judgements, k: number): number {
  return relevant.size > 0 && recallAtK(ranked, relevant, k) === 1 ? 1 : 0;
}

/** 1 / rank of the first relevant id (1-based), 0 when none is retrieved. */
export function reciprocalRank(ranked: readonly string[], relevant: Judgements): number {
  const position = ranked.findIndex((id) => relevant.has(id));
  return position < 0 ? 0 : 1 / (position + 1);
}

/** nDCG@k with linear gains and log2 discounts: DCG of the ranking over DCG of the ideal ranking. */
export function ndcgAtK(ranked: readonly string[], relevant: Judgements, k: number): number {
  const dcg = (gains: readonly number[]) => gains.slice(0, k).reduce((sum, gain, index) => sum + gain / Math.log2(index + 2), 0);
  const ideal = dcg([...relevant.values()].sort((left, right) => right - left));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => relevant.get(id) ?? 0)) / ideal;
}

export interface MetricSummary {
  queries: number;
  recallAt5: number;
  recallAt10: number;
  allGoldAt5: number;
  mrr: number;
  ndcgAt10: number;
}

/** Mean of each metric over queries. */
export function summarizeRetrieval(runs: readonly { ranked: readonly string[]; relevant: Judgements }[]): MetricSummary {
  const mean = (metric: (run: (typeof runs)[number]) => number) => (runs.length === 0 ? 0 : runs.reduce((sum, run) => sum + metric(run), 0) / runs.length);
  return {
    queries: runs.length,
    recallAt5: mean((run) => recallAtK(run.ranked, run.relevant, 5)),
    recallAt10: mean((run) => recallAtK(run.ranked, run.relevant, 10)),
    allGoldAt5: mean((run) => allGoldAtK(run.ranked, run.relevant, 5)),
    mrr: mean((run) => reciprocalRank(run.ranked, run.relevant)),
    ndcgAt10: mean((run) => ndcgAtK(run.ranked, run.relevant, 10)),
  };
}
