import type { SearchHit } from "@tandem/core";
import { allGoldAtK, type Judgements, ndcgAtK, recallAtK, reciprocalRank } from "./retrieval-metrics";
import type { RetrievalJudgement } from "./retrieval-judgements";

/** Runs one query on one method, returning ranked chunk hits. */
export type EvaluatedSearch = (query: string, options: { k: number; where?: Record<string, unknown> }) => Promise<SearchHit[]>;

export interface EvaluateRetrievalOptions {
  queries: readonly RetrievalJudgement[];
  /** The methods compared, e.g. `{ dense, bm25, hybrid }`; each is asked for `k × chunksPerSource` chunks. */
  methods: Readonly<Record<string, EvaluatedSearch>>;
  /** Cut-off of recall@k, all-gold@k and nDCG@k. Default 5. */
  k?: number;
  /** Sources of the index, to report judged sources that match none. */
  indexedSources?: readonly string[];
  /** Chunks retrieved per source kept in the ranking (chunks of one source fold into its first rank). Default 4. */
  chunksPerSource?: number;
}

export interface MethodScores {
  recall: number;
  allGold: number;
  mrr: number;
  ndcg: number;
}

export interface QueryOutcome {
  line: number;
  query: string;
  relevant: string[];
  /** Per method: the ranked sources (top k) and the relevant ones missing from them. */
  methods: Record<string, { ranked: string[]; missing: string[]; scores: MethodScores }>;
}

export interface RetrievalEvaluation {
  k: number;
  queries: number;
  methods: Record<string, MetricTotals>;
  outcomes: QueryOutcome[];
  /** Judged sources that match no source of the index (their queries can never reach full recall). */
  unknownSources: string[];
}

type MetricTotals = MethodScores;

/**
 * Whether an indexed source is a judged one: the same path, or the judged path as a trailing part of it
 * (`corpus/pricing.md` matches `datasets/kestrel/corpus/pricing.md`), so files written relative to a dataset
 * match an index built from the repository root.
 */
export function sourceMatches(indexed: string, judged: string): boolean {
  return indexed === judged || indexed.endsWith(`/${judged.replace(/^\.\//, "")}`);
}

/** Distinct sources in hit order, judged names substituted for matching indexed sources. */
function rankedSources(hits: readonly SearchHit[], relevant: Judgements): string[] {
  const ranked: string[] = [];
  for (const hit of hits) {
    const judged = [...relevant.keys()].find((source) => sourceMatches(hit.source, source)) ?? hit.source;
    if (!ranked.includes(judged)) ranked.push(judged);
  }
  return ranked;
}

/**
 * Retrieval quality at the source level for each method side by side: recall@k, all-gold@k (every relevant
 * source in the top k), MRR and nDCG@k (graded gains), with each query's ranked sources and misses. The metrics
 * are those of retrieval-metrics.ts.
 */
export async function evaluateRetrieval(options: EvaluateRetrievalOptions): Promise<RetrievalEvaluation> {
  const k = options.k ?? 5;
  const depth = k * (options.chunksPerSource ?? 4);
  const methodNames = Object.keys(options.methods);
  const outcomes: QueryOutcome[] = [];
  for (const judgement of options.queries) {
    const outcome: QueryOutcome = { line: judgement.line, query: judgement.query, relevant: [...judgement.relevant.keys()], methods: {} };
    for (const name of methodNames) {
      const search = options.methods[name] as EvaluatedSearch;
      const hits = await search(judgement.query, { k: depth, ...(judgement.where ? { where: judgement.where } : {}) });
      const ranked = rankedSources(hits, judgement.relevant);
      const top = ranked.slice(0, k);
      outcome.methods[name] = {
        ranked: top,
        missing: outcome.relevant.filter((source) => !top.includes(source)),
        scores: {
          recall: recallAtK(ranked, judgement.relevant, k),
          allGold: allGoldAtK(ranked, judgement.relevant, k),
          mrr: reciprocalRank(ranked, judgement.relevant),
          ndcg: ndcgAtK(ranked, judgement.relevant, k),
        },
      };
    }
    outcomes.push(outcome);
  }
  const mean = (name: string, metric: keyof MethodScores) =>
    outcomes.length === 0 ? 0 : outcomes.reduce((sum, outcome) => sum + (outcome.methods[name]?.scores[metric] ?? 0), 0) / outcomes.length;
  const methods = Object.fromEntries(
    methodNames.map((name) => [name, { recall: mean(name, "recall"), allGold: mean(name, "allGold"), mrr: mean(name, "mrr"), ndcg: mean(name, "ndcg") }]),
  );
  const judged = [...new Set(options.queries.flatMap((query) => [...query.relevant.keys()]))];
  const unknownSources = options.indexedSources ? judged.filter((source) => !options.indexedSources?.some((indexed) => sourceMatches(indexed, source))).sort() : [];
  return { k, queries: outcomes.length, methods, outcomes, unknownSources };
}
