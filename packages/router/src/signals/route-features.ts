import type { CoverageMeasure } from "./coverage";
import type { EvidenceMeasure } from "./evidence";
import type { RequestAnalysis } from "./request-analysis";

/** The signal values the policy combines. */
export interface RouteFeatures {
  /** Sum of the framing weights of the query's terms (how much it speaks the trained tasks' wording). */
  framingMass: number;
  /** Framing mass over framing + content mass. */
  framingShare: number;
  /** Similarity to the nearest training prompt (framing terms). */
  coverage: number;
  /** Share of the query's corpus-known content the best one or two retrieved chunks contain. */
  answerability: number;
  /** Share of the query's content unknown to both corpus and training prompts (a payload it brings along). */
  novelty: number;
  /** Number of content terms. */
  contentTerms: number;
  /** The retriever's top score. */
  retrievalTop: number;
  /** Share of the query's terms in the material it brings along (after "…:", in quotes, after a line break). */
  payloadShare: number;
  /** Content terms outside that material: what the request asks about beyond its task and its own material. */
  instructionContent: number;
  /** Whether the request asks about something newer than the tuned model (see `FreshnessIndex`), 0..1. */
  freshness: number;
  /** Framing weight of the request's opening (its first two instruction terms): does it open like a trained task? */
  headFraming: number;
  /**
   * Share of its content the corpus holds and no training prompt uses. Shown, not weighed: a request for a trained
   * task about the deployment's own subjects uses the corpus's names whether or not it brings its material.
   */
  corpusSpecificShare: number;
  /** Such corpus-only terms in the instruction (outside the material it brings): a corpus subject it names. */
  instructionCorpusTerms: number;
  /** A question the index can answer: the answerability of a request phrased as a question, else 0. */
  question: number;
  /** Information it asks the writer to put in without giving it ("mention which release…", "(name it)"). */
  factRequests: number;
  /** Questions it passes on ("a customer asking which regions …"): answered from its notes, or from the corpus. */
  relayedQuestions: number;
  /** Corpus subjects (document titles and their parts) it names. */
  namedSubjects: number;
  /** Figures it supplies itself (amounts, times, versions, ids). */
  suppliedFacts: number;
  /** Share of it in quotation marks or code fences: text handed over to be worked on. */
  quotedShare: number;
  /** 1 when it asks about a general notion rather than a particular fact. */
  generalQuestion: number;
}

export const routeFeatureNames = [
  "framingMass",
  "framingShare",
  "coverage",
  "answerability",
  "novelty",
  "contentTerms",
  "retrievalTop",
  "payloadShare",
  "instructionContent",
  "freshness",
  "headFraming",
  "instructionCorpusTerms",
  "question",
  "factRequests",
  "relayedQuestions",
  "namedSubjects",
  "suppliedFacts",
  "quotedShare",
  "generalQuestion",
] as const;

export function computeFeatures(analysis: RequestAnalysis, coverage: CoverageMeasure, evidence: EvidenceMeasure | null, freshness = 0): RouteFeatures {
  const query = analysis.terms;
  const requests = analysis.informationRequests;
  return {
    framingMass: query.framingMass,
    framingShare: query.framingMass / (query.framingMass + query.contentMass || 1),
    coverage: coverage.max,
    answerability: evidence?.answerability ?? 0,
    novelty: query.novelty,
    contentTerms: query.contentTerms.length,
    retrievalTop: evidence?.top ?? 0,
    payloadShare: query.payloadShare,
    instructionContent: query.instructionContentTerms.length,
    freshness,
    headFraming: query.headFraming,
    corpusSpecificShare: query.corpusSpecificShare,
    instructionCorpusTerms: query.instructionCorpusTerms.length,
    question: requests.some((request) => request.kind === "question") ? (evidence?.answerability ?? 0) : 0,
    factRequests: requests.filter((request) => request.kind === "include" || request.kind === "open-value").length,
    relayedQuestions: requests.filter((request) => request.kind === "relayed").length,
    namedSubjects: analysis.subjects.length,
    suppliedFacts: analysis.suppliedFacts,
    quotedShare: analysis.quotedShare,
    generalQuestion: analysis.general ? 1 : 0,
  };
}

/** The model's input row: counts and masses on a log scale. */
export function featureRow(features: RouteFeatures): number[] {
  return [
    Math.log1p(features.framingMass),
    features.framingShare,
    features.coverage,
    features.answerability,
    features.novelty,
    Math.log1p(features.contentTerms),
    features.retrievalTop,
    features.payloadShare,
    Math.log1p(features.instructionContent),
    features.freshness,
    Math.log1p(features.headFraming),
    Math.log1p(features.instructionCorpusTerms),
    features.question,
    Math.log1p(features.factRequests),
    Math.log1p(features.relayedQuestions),
    Math.log1p(features.namedSubjects),
    Math.log1p(features.suppliedFacts),
    features.quotedShare,
    features.generalQuestion,
  ];
}
