import type { LexicalDocument, WeightedTerms } from "./bm25-index";
import type { LexicalIndex } from "./lexical-index";
import { type LinkedDocumentOptions, linkedDocuments, MentionCache, namesOtherDocuments } from "./linked-documents";
import { defaultFeedback, expandQuery, type RelevanceFeedbackOptions } from "./relevance-feedback";
import { byScoreThenId } from "./top-k";

/** The lexical side's stages; each can be switched off. */
export interface LexicalRankingOptions {
  /** Weight of the title field (`metadata.title`) beside the text, BM25F-style; 0 = text only. Default 2. */
  titleWeight?: number;
  /** RM3 pseudo-relevance feedback, with its per-query guard; false = off. Default on (see `defaultFeedback`). */
  feedback?: RelevanceFeedbackOptions | false;
  /** The linked-document hop; false = off. Default on (see `defaultHop`). */
  hop?: LinkedDocumentOptions | false;
}

export const defaultTitleWeight = 2;

/** A candidate of the lexical ranking. */
export interface LexicalCandidate {
  id: string;
  /** Final lexical score in [0, 1] (see `rankLexical`). */
  score: number;
  /** First-pass BM25 score for the query as typed (0 when the chunk did not match it). */
  bm25: number;
  /** Rank in the first pass (absent when the chunk was not among its candidates). */
  bm25Rank?: number;
  /** Bonus from the hop (the share of the score that came from being named by a better hit). */
  hop?: number;
}

export interface LexicalRanking {
  candidates: LexicalCandidate[];
  /** Whether feedback expanded the query (false when off, guarded or without hits). */
  expanded: boolean;
  /** The score in [0, 1] the ranking gives any chunk before the hop (for chunks found by another side). */
  scoreOf(id: string): number;
}

/**
 * The lexical ranking of the default search, in three stages over the BM25 index:
 * 1. BM25F: chunk text plus its title field (section headings and document title, weight `titleWeight`).
 * 2. RM3 feedback from the first pass's best hits, averaged with the first pass — unless its guard sees the best
 *    hits name other documents by title (an entity query, where term feedback drifts and the hop does better).
 * 3. The linked-document hop: chunks of documents the best hits name get a bonus.
 * A pass's score is BM25 over its bound for that pass's query (`Bm25Index.maxScore`), in [0, 1): it compares
 * across queries and says how much of the query's weight a chunk matches and how strongly; with feedback a chunk
 * scores firstPassWeight × its first-pass score + the rest × its expanded-pass score; the hop combines a chunk's
 * score s with its bonus b as 1 − (1 − s)(1 − b). All stay in [0, 1].
 */
export function rankLexical(
  lexical: LexicalIndex,
  query: string,
  depth: number,
  options: LexicalRankingOptions & { accepts?: (document: LexicalDocument) => boolean } = {},
): LexicalRanking {
  const { bm25 } = lexical;
  const titleWeight = options.titleWeight ?? defaultTitleWeight;
  const search = { titleWeight, ...(options.accepts ? { filter: options.accepts } : {}) };
  const original = bm25.queryTerms(query);
  const originalBound = bm25.maxScore(original, { titleWeight });
  const first = bm25.searchTerms(original, depth, search);
  const firstRanks = new Map(first.map((hit, rank) => [hit.id, { rank, score: hit.score }]));
  const mentions = new MentionCache(lexical);
  const hop = options.hop === false ? undefined : (options.hop ?? {});
  const feedback = options.feedback === false ? undefined : { ...defaultFeedback, ...options.feedback };

  /** A chunk's score for weighted terms, over their bound. */
  const scorer = (terms: WeightedTerms) => {
    const bound = bm25.maxScore(terms, { titleWeight });
    return (id: string) => (bound > 0 ? bm25.scoreOf(id, terms, { titleWeight }) / bound : 0);
  };
  let scoreOf = scorer(original);
  let ranked = first.map((hit) => ({ id: hit.id, score: originalBound > 0 ? hit.score / originalBound : 0 }));
  let expanded = false;
  if (feedback && first.length > 0 && !(feedback.guard && namesOtherDocuments(ranked, { ...hop, mentions }))) {
    // The expanded pass is averaged with the first (firstPassWeight): feedback adds evidence, it does not replace the query.
    const terms = expandQuery(bm25, original, first, feedback);
    const firstPass = scoreOf;
    const expandedPass = scorer(terms);
    scoreOf = (id) => feedback.firstPassWeight * firstPass(id) + (1 - feedback.firstPassWeight) * expandedPass(id);
    const pool = new Set([...first, ...bm25.searchTerms(terms, depth, search)].map((hit) => hit.id));
    ranked = [...pool].map((id) => ({ id, score: scoreOf(id) })).sort(byScoreThenId).slice(0, depth);
    expanded = true;
  }

  const firstScore = (id: string) => firstRanks.get(id)?.score ?? bm25.scoreOf(id, original, { titleWeight });
  const candidates: LexicalCandidate[] = ranked.map((hit) => ({ ...hit, bm25: firstScore(hit.id), ...rankOf(firstRanks, hit.id) }));
  if (hop) {
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    for (const link of linkedDocuments(lexical, ranked, { ...hop, mentions, ...(options.accepts ? { accepts: options.accepts } : {}) })) {
      let candidate = byId.get(link.id);
      if (!candidate) {
        candidate = { id: link.id, score: scoreOf(link.id), bm25: firstScore(link.id), ...rankOf(firstRanks, link.id) };
        byId.set(link.id, candidate);
        candidates.push(candidate);
      }
      const score = 1 - (1 - candidate.score) * (1 - link.bonus);
      candidate.hop = score - candidate.score;
      candidate.score = score;
    }
    candidates.sort(byScoreThenId);
  }
  return { candidates: candidates.slice(0, depth), expanded, scoreOf };
}

function rankOf(ranks: ReadonlyMap<string, { rank: number }>, id: string): { bm25Rank?: number } {
  const known = ranks.get(id);
  return known ? { bm25Rank: known.rank } : {};
}
