import type { Route, RouteScores } from "@tandem/core";

/** A signal value compared with its threshold; `scale` sets how fast confidence grows with the distance. */
export interface ThresholdedValue {
  value: number;
  threshold: number;
  scale: number;
}

export interface PolicyInput {
  /** Coverage of the query by the tuned model's training prompts, if measured. */
  coverage: ThresholdedValue | null;
  /** Strength of retrieval evidence, if measured. */
  evidence: ThresholdedValue | null;
  defaultRoute: Route;
}

export interface PolicyOutcome {
  route: Route;
  scores: RouteScores;
  confidence: number;
  defaulted: boolean;
  reasons: string[];
}

function probability(input: ThresholdedValue): number {
  return 1 / (1 + Math.exp(-(input.value - input.threshold) / input.scale));
}

/**
 * Combines coverage and evidence into per-route scores:
 * covered & evidenced → both; covered only → tuned; evidenced only → rag; neither → the default route.
 * Each side is a probability (logistic of the distance to its threshold); the four outcomes' scores sum to 1,
 * and the "neither" mass goes to the default route.
 */
export function thresholdPolicy(input: PolicyInput): PolicyOutcome {
  const covered = input.coverage ? probability(input.coverage) : 0.5;
  const evidenced = input.evidence ? probability(input.evidence) : 0.5;
  const neither = (1 - covered) * (1 - evidenced);
  const scores: RouteScores = {
    tuned: covered * (1 - evidenced),
    rag: (1 - covered) * evidenced,
    both: covered * evidenced,
  };
  const ranked = (Object.entries(scores) as [Route, number][]).sort((left, right) => right[1] - left[1]);
  const [top, second] = ranked as [[Route, number], [Route, number]];
  const reasons: string[] = [];
  if (input.coverage) {
    reasons.push(
      covered >= 0.5
        ? `covered by the tuned model's training data (nearest prompt similarity ${fixed(input.coverage.value)} ≥ ${fixed(input.coverage.threshold)})`
        : `not covered by the tuned model's training data (nearest prompt similarity ${fixed(input.coverage.value)} < ${fixed(input.coverage.threshold)})`,
    );
  }
  if (input.evidence) {
    reasons.push(
      evidenced >= 0.5
        ? `the index holds strong evidence (top retrieval score ${fixed(input.evidence.value)} ≥ ${fixed(input.evidence.threshold)})`
        : `the index holds no strong evidence (top retrieval score ${fixed(input.evidence.value)} < ${fixed(input.evidence.threshold)})`,
    );
  }
  if (neither > top[1]) {
    const withDefault = { ...scores, [input.defaultRoute]: scores[input.defaultRoute] + neither };
    reasons.push(`no signal was decisive, so the default route "${input.defaultRoute}" applies`);
    return { route: input.defaultRoute, scores: withDefault, confidence: clamp(neither), defaulted: true, reasons };
  }
  const withDefault = { ...scores, [input.defaultRoute]: scores[input.defaultRoute] + neither };
  return {
    route: top[0],
    scores: withDefault,
    confidence: clamp(top[1] / (top[1] + Math.max(second[1], neither))),
    defaulted: false,
    reasons,
  };
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
