// How each measured signal appears in a decision: value, threshold, verdict, the evidence behind it, and the
// sentence it adds to the reasons.
import { type RequestAnalysisSummary, type RouteSignal, round } from "@tandem/core";
import { type CoverageMeasure, truncate } from "./coverage";
import type { QueryTerms } from "./deployment-profile";
import type { EvidenceMeasure } from "./evidence";
import type { ExemplarMatch } from "./exemplars";
import type { FreshnessData, FreshnessMeasure } from "./freshness";
import type { RequestAnalysis } from "./request-analysis";

export function coverageRecord(covered: CoverageMeasure, query: QueryTerms, threshold: number, ms: number, measured: boolean): RouteSignal {
  return {
    name: "coverage",
    value: round(covered.max),
    threshold: round(threshold),
    verdict: measured ? (covered.max >= threshold ? "pass" : "fail") : "skipped",
    supports: "tuned",
    ms,
    detail: {
      framingTerms: query.framingTerms,
      framingMass: round(query.framingMass),
      meanTopK: round(covered.meanTopK),
      nearest: covered.neighbours.slice(0, 3).map((entry) => ({ similarity: round(entry.similarity), prompt: truncate(entry.prompt, 120) })),
      novelty: round(query.novelty),
      payloadShare: round(query.payloadShare),
    },
  };
}

export function freshnessRecord(fresh: FreshnessMeasure, data: FreshnessData, threshold: number, ms: number): RouteSignal {
  return {
    name: "freshness",
    value: round(fresh.value),
    threshold: round(threshold),
    verdict: fresh.value >= threshold ? "pass" : "fail",
    supports: "rag",
    ms,
    detail: { cutoff: data.cutoff, cutoffSource: data.cutoffSource, cues: fresh.cues, laterDates: fresh.laterDates, freshTerms: fresh.freshTerms.slice(0, 8) },
  };
}

export function evidenceRecord(evidence: EvidenceMeasure, threshold: number, ms: number): RouteSignal {
  return {
    name: "evidence",
    value: round(evidence.answerability),
    threshold: round(threshold),
    verdict: evidence.answerability >= threshold ? "pass" : "fail",
    supports: "rag",
    ms,
    detail: {
      top: round(evidence.top),
      margin: round(evidence.margin),
      supporting: evidence.supporting,
      hits: evidence.hits.slice(0, 3).map((hit) => ({ source: hit.source, score: round(hit.score), text: truncate(hit.text, 100) })),
    },
  };
}

export function exemplarRecord(match: ExemplarMatch | undefined, threshold: number, thresholdSource: string, ms: number): RouteSignal {
  return {
    name: "exemplars",
    value: match ? round(match.similarity) : null,
    threshold: round(threshold),
    verdict: match && match.similarity >= threshold ? "pass" : "fail",
    ...(match ? { supports: match.route } : {}),
    ms,
    detail: match
      ? { nearest: truncate(match.exemplar, 120), route: match.route, perRoute: { tuned: round(match.perRoute.tuned), rag: round(match.perRoute.rag), both: round(match.perRoute.both) }, thresholdSource }
      : { thresholdSource },
  };
}

/** The reasons coverage and evidence give. */
export function describeSignals(coverage: number, coverageThreshold: number, evidence: EvidenceMeasure | null, evidenceThreshold: number, framingTerms: string[]): string[] {
  const reasons = [
    coverage >= coverageThreshold
      ? `it asks for a task the tuned model learned (nearest training prompt ${coverage.toFixed(2)} ≥ ${coverageThreshold.toFixed(2)}; task words: ${framingTerms.slice(0, 6).join(", ")})`
      : `it is not close to the tuned model's training prompts (${coverage.toFixed(2)} < ${coverageThreshold.toFixed(2)})`,
  ];
  if (evidence) {
    reasons.push(
      evidence.answerability >= evidenceThreshold
        ? `the index holds what it is about (answerability ${evidence.answerability.toFixed(2)} ≥ ${evidenceThreshold.toFixed(2)}, top hit ${evidence.hits[0]?.source ?? "-"})`
        : `the index holds little of what it is about (answerability ${evidence.answerability.toFixed(2)} < ${evidenceThreshold.toFixed(2)})`,
    );
  }
  return reasons;
}

/** The reason a fresh query gives. */
export function describeFreshness(fresh: FreshnessMeasure, cutoff: string | null): string {
  const parts = [
    ...(fresh.cues.length > 0 ? [`asks about the present ("${fresh.cues.join('", "')}")`] : []),
    ...(fresh.laterDates.length > 0 ? [`names dates after the tuned model's cutoff ${cutoff} (${fresh.laterDates.join(", ")})`] : []),
    ...(fresh.freshTerms.length > 0 ? [`is about things the corpus first mentions after ${cutoff ?? "the cutoff"} (${fresh.freshTerms.slice(0, 4).join(", ")})`] : []),
  ];
  return `it ${parts.join("; ") || "is fresh"}: the tuned model cannot know this`;
}

/** The analysis as the decision shows it. */
export function analysisSummary(analysis: RequestAnalysis): RequestAnalysisSummary {
  return {
    instruction: truncate(analysis.instruction, 200),
    payload: truncate(analysis.payload, 200),
    taskWords: analysis.terms.framingTerms.slice(0, 12),
    subjects: [...new Set(analysis.subjects.map((subject) => subject.name))],
    informationRequests: analysis.informationRequests.map((request) => ({ text: request.text, kind: request.kind })),
    dates: [...new Set(analysis.dates.map((found) => found.iso))],
    suppliedFacts: analysis.suppliedFacts,
  };
}

/** The reasons the analysis gives: the facts it asks for and the corpus subjects it names. */
export function describeRequest(analysis: RequestAnalysis): string[] {
  const reasons: string[] = [];
  const asks = analysis.informationRequests.filter((request) => request.kind === "include" || request.kind === "open-value");
  if (asks.length > 0) reasons.push(`it asks for facts it does not give ("${asks.map((request) => request.text).join('", "')}")`);
  const names = [...new Set(analysis.subjects.map((subject) => subject.name))];
  if (names.length > 0) reasons.push(`it names ${names.length === 1 ? "a subject" : "subjects"} the corpus describes (${names.slice(0, 3).join(", ")})`);
  return reasons;
}
