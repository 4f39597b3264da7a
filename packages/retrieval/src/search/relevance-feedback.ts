import type { Bm25Hit, Bm25Index, WeightedTerms } from "./bm25-index";

/** Lexical pseudo-relevance feedback (RM3): the query is re-weighted and expanded from its best first hits. */
export interface RelevanceFeedbackOptions {
  /** Top first-pass hits the expansion terms come from. Default 10. */
  documents?: number;
  /** Expansion terms (the query's own terms can be among them). Default 10. */
  terms?: number;
  /** Share of the original query in the expanded one (RM3's λ). Default 0.5. */
  originalWeight?: number;
  /**
   * Share of the first pass's score in a chunk's final score, the expanded query's score making up the rest
   * (CombSUM of the two passes): feedback adds evidence instead of replacing the query. 0 = classic RM3 (the
   * expanded pass alone). Default 0.5.
   */
  firstPassWeight?: number;
  /**
   * Skip the feedback for a query whose best first hits name other documents by title (see `LinkedDocumentOptions`):
   * such a query is about named entities, where term feedback drifts away from them and the linked-document hop
   * follows the names instead. Default true.
   */
  guard?: boolean;
}

/** RM3 with Anserini's defaults (10 documents, 10 terms, original weight 0.5), averaged with the first pass, guarded. */
export const defaultFeedback = { documents: 10, terms: 10, originalWeight: 0.5, firstPassWeight: 0.5, guard: true } as const satisfies Required<RelevanceFeedbackOptions>;

/**
 * RM3 query expansion (Lavrenko & Croft's relevance model, interpolated with the query — Abdul-Jaleel et al.
 * 2004): P(t | R) = Σ over the top documents of P(t | d) × the document's share of their scores, with P(t | d) =
 * tf / length of its text. The `terms` most likely terms, normalised, get (1 − originalWeight) of the mass; the
 * query's own terms share `originalWeight` equally. Returns the expanded weighted query (the original unchanged
 * when no hit has a positive score).
 */
export function expandQuery(index: Bm25Index, query: WeightedTerms, hits: readonly Bm25Hit[], options: RelevanceFeedbackOptions = {}): Map<string, number> {
  const documents = hits.slice(0, options.documents ?? defaultFeedback.documents).filter((hit) => hit.score > 0);
  const total = documents.reduce((sum, hit) => sum + hit.score, 0);
  if (documents.length === 0 || total === 0 || query.size === 0) return new Map(query);
  const model = new Map<string, number>();
  for (const hit of documents) {
    const terms = index.termsOf(hit.id);
    const length = index.lengthOf(hit.id);
    if (!terms || length === 0) continue;
    const share = hit.score / total / length;
    for (const [term, count] of terms) model.set(term, (model.get(term) ?? 0) + share * count);
  }
  const expansion = [...model].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1)).slice(0, options.terms ?? defaultFeedback.terms);
  const mass = expansion.reduce((sum, [, weight]) => sum + weight, 0) || 1;
  const original = options.originalWeight ?? defaultFeedback.originalWeight;
  const originalMass = [...query.values()].reduce((sum, weight) => sum + weight, 0);
  const expanded = new Map<string, number>();
  for (const [term, weight] of query) expanded.set(term, (original * weight) / originalMass);
  for (const [term, weight] of expansion) expanded.set(term, (expanded.get(term) ?? 0) + ((1 - original) * weight) / mass);
  return expanded;
}
