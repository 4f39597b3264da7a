import { type Route, routes } from "@tandem/core";
import { type RoutingReport, routingMetrics } from "./routing-metrics";

/** The cost order used to pick the cheapest correct route: tuned (one call) < rag (retrieval + reader) < both. */
export const defaultCostOrder: readonly Route[] = ["tuned", "rag", "both"];

/**
 * Normalises an answer for containment checks (SQuAD-style, keeping numbers intact): accents and case folded,
 * citation markers dropped, `1,000` → `1000`, punctuation to spaces except `$`, `%` and decimal points,
 * articles removed, whitespace collapsed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\[\d+\]/g, " ")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[^\p{L}\p{N}$%.]+/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/\b(?:a|an|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the normalised expected answer occurs in the normalised text as whole words. */
export function answerContains(text: string, expected: string): boolean {
  const wanted = normalizeAnswer(expected);
  return wanted.length > 0 && ` ${normalizeAnswer(text)} `.includes(` ${wanted} `);
}

/** One QA item after running every route on it. */
export interface AnswerOutcome {
  question: string;
  expected: string;
  /** Line of the item in its file. */
  line: number;
  /** The route the dataset labels it with, if any. */
  datasetRoute?: Route;
  /** Per route: answered correctly, or the error that stopped it. */
  results: Record<Route, { correct: boolean; error?: string }>;
  /** The route the router picks for the question. */
  predicted: Route;
}

/** The cheapest route (in `costOrder`) that answered correctly, or null when none did. */
export function silverLabel(results: AnswerOutcome["results"], costOrder: readonly Route[] = defaultCostOrder): Route | null {
  return costOrder.find((route) => results[route].correct) ?? null;
}

export interface AnswerReport {
  count: number;
  costOrder: Route[];
  /** Share of the items each route answers correctly (= the "always route" end-to-end baseline). */
  correctness: Record<Route, number>;
  /** Items whose target failed with an error, per route. */
  errors: Record<Route, number>;
  /** Share answerable by some route: the ceiling of any router. */
  oracle: number;
  /** End-to-end correctness when the router picks the route. */
  routerCorrectness: number;
  /** How many items each silver label got; `none` = no route answered. */
  labels: Record<Route | "none", number>;
  /** The router's decisions scored against the silver labels (items with a label only). */
  routerVsSilver: RoutingReport;
  /** Share of labelled items whose silver label equals the dataset's own route label. */
  datasetAgreement: number | null;
}

/**
 * Adaptive-RAG style silver labels and what they say: per-route correctness, the oracle ceiling, the router's
 * own end-to-end correctness and its accuracy against the labels (with per-class metrics and always-X baselines).
 */
export function answerReport(outcomes: readonly AnswerOutcome[], costOrder: readonly Route[] = defaultCostOrder): AnswerReport {
  const count = outcomes.length;
  const share = (value: number) => (count === 0 ? 0 : value / count);
  const labelled = outcomes.map((outcome) => ({ outcome, label: silverLabel(outcome.results, costOrder) }));
  const withLabel = labelled.filter((entry): entry is { outcome: AnswerOutcome; label: Route } => entry.label !== null);
  const fromDataset = withLabel.filter((entry) => entry.outcome.datasetRoute !== undefined);
  return {
    count,
    costOrder: [...costOrder],
    correctness: Object.fromEntries(routes.map((route) => [route, share(outcomes.filter((outcome) => outcome.results[route].correct).length)])) as Record<Route, number>,
    errors: Object.fromEntries(routes.map((route) => [route, outcomes.filter((outcome) => outcome.results[route].error !== undefined).length])) as Record<Route, number>,
    oracle: share(withLabel.length),
    routerCorrectness: share(outcomes.filter((outcome) => outcome.results[outcome.predicted].correct).length),
    labels: {
      ...(Object.fromEntries(routes.map((route) => [route, withLabel.filter((entry) => entry.label === route).length])) as Record<Route, number>),
      none: count - withLabel.length,
    },
    routerVsSilver: routingMetrics(
      withLabel.map((entry) => entry.label),
      withLabel.map((entry) => entry.outcome.predicted),
    ),
    datasetAgreement: fromDataset.length === 0 ? null : fromDataset.filter((entry) => entry.label === entry.outcome.datasetRoute).length / fromDataset.length,
  };
}
