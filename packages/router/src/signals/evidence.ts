import type { SearchHit } from "@tandem/core";
import { analyzeText } from "@tandem/text";
import type { DeploymentProfile, QueryTerms } from "./deployment-profile";

/** Runs retrieval for a query (the app wires it to the index). Must honour the abort signal. */
export type EvidenceProbe = (query: string, options: { k: number; signal?: AbortSignal }) => Promise<SearchHit[]>;

export interface EvidenceMeasure {
  /**
   * Answerability: the IDF-weighted share of the query's corpus-known content terms that the best one or two
   * retrieved chunks contain — does the index hold the facts this query is about?
   */
  answerability: number;
  /** Score of the top hit (the retriever's own scale). */
  top: number;
  /** Top score minus the runner-up's. */
  margin: number;
  /** Ids of the chunks that carried the answerability. */
  supporting: string[];
  hits: SearchHit[];
}

/**
 * Analysed terms of retrieved chunks by id, so a chunk that comes back again is not analysed again. Bounded: the
 * oldest entry goes when it is full.
 */
export class HitTermsCache {
  private readonly entries = new Map<string, Set<string>>();

  constructor(private readonly capacity = 20_000) {}

  termsOf(hit: SearchHit): Set<string> {
    const known = this.entries.get(hit.id);
    if (known) return known;
    const terms = new Set(analyzeText(hit.text));
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(hit.id, terms);
    return terms;
  }
}

/** Evidence from retrieved hits for a query, greedily covering its content terms with at most two chunks. */
export function measureEvidence(query: QueryTerms, hits: readonly SearchHit[], profile: DeploymentProfile, cache?: HitTermsCache): EvidenceMeasure {
  const top = hits[0]?.score ?? 0;
  const margin = top - (hits[1]?.score ?? 0);
  const content = query.contentTerms.filter((term) => profile.inCorpus(term));
  // A terse request in the trained tasks' own words ("min height of a pool barrier") has no content terms left:
  // measure its evidence on all its corpus-known terms rather than call it unanswerable.
  const wanted = content.length > 0 ? content : [...new Set(query.terms)].filter((term) => profile.inCorpus(term));
  const total = wanted.reduce((sum, term) => sum + profile.corpusIdf(term), 0);
  const supporting: string[] = [];
  let covered = 0;
  if (total > 0) {
    const hitTerms = hits.map((hit) => cache?.termsOf(hit) ?? new Set(analyzeText(hit.text)));
    let remaining = wanted;
    for (let round = 0; round < 2 && remaining.length > 0; round += 1) {
      let best = { index: -1, mass: 0 };
      hitTerms.forEach((terms, index) => {
        const mass = remaining.reduce((sum, term) => sum + (terms.has(term) ? profile.corpusIdf(term) : 0), 0);
        if (mass > best.mass) best = { index, mass };
      });
      if (best.index < 0) break;
      covered += best.mass;
      supporting.push(hits[best.index]?.id ?? "");
      const chosen = hitTerms[best.index] as Set<string>;
      remaining = remaining.filter((term) => !chosen.has(term));
    }
  }
  return { answerability: total === 0 ? 0 : covered / total, top, margin, supporting, hits: [...hits] };
}
