import type { SearchHit } from "@tandem/core";
import { round, truncate } from "./coverage";
import type { SignalOutcome } from "./signal";

/** Runs retrieval for a query (the app wires it to the index). Must honour the abort signal. */
export type EvidenceProbe = (query: string, options: { k: number; signal?: AbortSignal }) => Promise<SearchHit[]>;

export interface EvidenceMeasure {
  top: number;
  margin: number;
  hits: SearchHit[];
}

/** Strength of retrieval: the top hit's score, and its margin over the runner-up. */
export function measureEvidence(hits: readonly SearchHit[]): EvidenceMeasure {
  const top = hits[0]?.score ?? 0;
  const second = hits[1]?.score ?? 0;
  return { top, margin: top - second, hits: [...hits] };
}

export function evidenceOutcome(measure: EvidenceMeasure, threshold: number): SignalOutcome {
  return {
    value: round(measure.top),
    threshold: round(threshold),
    verdict: measure.top >= threshold ? "pass" : "fail",
    supports: "rag",
    detail: {
      margin: round(measure.margin),
      top: measure.hits.slice(0, 3).map((hit) => ({ source: hit.source, score: round(hit.score), text: truncate(hit.text, 100) })),
    },
  };
}
