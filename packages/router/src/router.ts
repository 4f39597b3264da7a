import { type Route, type RouteDecision, type RouteScores, type RouteSignal, TandemError } from "@tandem/core";
import { type RouterConfig, type RouterConfigInput, routerConfigSchema, routerConfigVersion } from "./config/router-config";
import { type BudgetCalibration, calibrateBudget, type RouteBudget } from "./policy/budget";
import { expectedUtility } from "./policy/expected-utility";
import { type LogisticModel, predictLogistic } from "./policy/logistic-model";
import { thresholdPolicy } from "./policy/threshold-policy";
import { chooseByUtility, routeWords } from "./policy/utility-policy";
import type { RouterCalibration } from "./signals/auto-calibration";
import { CoverageIndex, round, truncate } from "./signals/coverage";
import { DeploymentProfile } from "./signals/deployment-profile";
import { type EvidenceMeasure, type EvidenceProbe, HitTermsCache, measureEvidence } from "./signals/evidence";
import { type FreshnessMeasure, FreshnessIndex } from "./signals/freshness";
import { computeFeatures, featureRow, type RouteFeatures, routeFeatureNames } from "./signals/route-features";
import { RuleSet } from "./signals/rules";
import { type SignalInput, skippedSignal } from "./signals/signal";

export interface RouterOptions {
  config?: RouterConfigInput;
  /** The tuned model's training prompts (the last user message of each example). */
  trainingPrompts?: readonly string[];
  /** Retrieval probe over the RAG index. Without it, no query counts as evidenced. */
  evidence?: EvidenceProbe;
  /** What `calibrateRouter` learned from this deployment. Without it, only threshold defaults apply. */
  calibration?: RouterCalibration;
  /** Which targets exist. A deployment with only one routes everything there. Default: both. */
  available?: { tuned: boolean; rag: boolean };
  /**
   * The tuned model's training cutoff (YYYY-MM-DD) for the freshness signal, when there is no calibration (a
   * calibration carries its own). Default: the latest date written in the training prompts, if any.
   */
  cutoff?: string;
}

export interface Router {
  readonly config: RouterConfig;
  readonly configVersion: string;
  /** The budget in force (`router.budget`), with where its threshold came from. */
  readonly budget?: ResolvedBudget;
  decide(input: SignalInput): Promise<RouteDecision>;
  /** The signal values the policy would see for a query (runs the retrieval probe; no early exit). */
  features(query: string): Promise<RouteFeatures>;
}

/** Thresholds used when the config says "auto" but nothing was calibrated (no corpus): documented, not tuned. */
const uncalibrated = { coverage: 0.3, evidence: 0.5, scale: 0.05 };

export function createRouter(options: RouterOptions = {}): Router {
  const config = routerConfigSchema.parse(options.config ?? {});
  const configVersion = routerConfigVersion(config);
  const rules = new RuleSet(config.rules);
  const available = options.available ?? { tuned: true, rag: true };
  const prompts = options.trainingPrompts ?? [];
  const calibration = options.calibration;
  const profile = calibration ? DeploymentProfile.fromData(calibration.profile) : DeploymentProfile.build(prompts, []);
  const coverage = prompts.length > 0 ? new CoverageIndex(prompts, profile) : undefined;
  const freshness = calibration
    ? new FreshnessIndex(calibration.freshness)
    : FreshnessIndex.build({ trainingPrompts: prompts, corpusTexts: [], ...(options.cutoff ? { cutoff: options.cutoff } : {}) });
  const freshnessCut = config.freshness.threshold;
  const coverageCut = {
    threshold: typeof config.coverage.threshold === "number" ? config.coverage.threshold : (calibration?.thresholds.coverage.threshold ?? uncalibrated.coverage),
    scale: calibration?.thresholds.coverage.scale ?? uncalibrated.scale,
  };
  const evidenceCut = {
    threshold: typeof config.evidence.threshold === "number" ? config.evidence.threshold : (calibration?.thresholds.evidence.threshold ?? uncalibrated.evidence),
    scale: calibration?.thresholds.evidence.scale ?? uncalibrated.scale,
  };
  const model = config.policy === "auto" ? (config.model ?? calibration?.model) : undefined;
  if (model) checkModelFeatures(model);
  const budget = resolveBudget(config, model, calibration);
  const hitTerms = new HitTermsCache();

  async function decide(input: SignalInput): Promise<RouteDecision> {
    const started = performance.now();
    const signals: RouteSignal[] = [];
    const timings: Record<string, number> = {};
    const finish = (route: Route, reasons: string[], extra: { scores?: RouteScores; confidence?: number; defaulted?: boolean } = {}): RouteDecision => {
      const totalMs = performance.now() - started;
      return {
        route,
        confidence: extra.confidence ?? 1,
        scores: extra.scores ?? { tuned: route === "tuned" ? 1 : 0, rag: route === "rag" ? 1 : 0, both: route === "both" ? 1 : 0 },
        signals,
        reasons,
        defaulted: extra.defaulted ?? false,
        configVersion,
        // localMs: the local signals (rules, coverage, freshness, policy) — everything but the retrieval probe.
        timings: { totalMs, localMs: (timings.rulesMs ?? 0) + (timings.coverageMs ?? 0) + (timings.freshnessMs ?? 0) + (timings.policyMs ?? 0), ...timings },
      };
    };

    // 1. Rules: data from config, cheapest, decisive.
    const ruleStarted = performance.now();
    const match = rules.match(input);
    timings.rulesMs = performance.now() - ruleStarted;
    signals.push({ name: "rules", ...rules.outcome(match), ms: timings.rulesMs });
    if (match) {
      const route = clampToAvailable(match.route, available);
      const reasons = [`rule "${match.name}" matched (${match.matched})`];
      if (route !== match.route) reasons.push(`"${match.route}" is not configured here, so ${routeWords[route]} answers`);
      signals.push(skippedSignal("coverage", "a rule decided"), skippedSignal("freshness", "a rule decided"), skippedSignal("evidence", "a rule decided"));
      return finish(route, reasons);
    }

    // 2. Deployments with a single target route everything there.
    if (!available.tuned || !available.rag) {
      const route: Route = available.tuned ? "tuned" : "rag";
      signals.push(
        skippedSignal("coverage", "single-target deployment"),
        skippedSignal("freshness", "single-target deployment"),
        skippedSignal("evidence", "single-target deployment"),
      );
      return finish(route, [`only ${route === "tuned" ? "the tuned model" : "the RAG index"} is configured, so it answers every query`]);
    }

    // 3. The retrieval probe starts speculatively while the local signals are computed.
    const abort = new AbortController();
    const onOuterAbort = () => abort.abort(input.signal?.reason);
    input.signal?.addEventListener("abort", onOuterAbort, { once: true });
    const probeStarted = performance.now();
    const probe = options.evidence
      ? options.evidence(input.query, { k: config.evidence.k, signal: abort.signal }).then(
          (hits) => ({ hits, ms: performance.now() - probeStarted }),
          (error: unknown) => ({ error, ms: performance.now() - probeStarted }),
        )
      : undefined;
    try {
      const localStarted = performance.now();
      const query = profile.analyze(input.query);
      const covered = coverage ? coverage.measure(query, config.coverage.k) : { max: 0, meanTopK: 0, neighbours: [] };
      timings.coverageMs = performance.now() - localStarted;
      signals.push({
        name: "coverage",
        value: round(covered.max),
        threshold: round(coverageCut.threshold),
        verdict: coverage ? (covered.max >= coverageCut.threshold ? "pass" : "fail") : "skipped",
        supports: "tuned",
        ms: timings.coverageMs,
        detail: {
          framingTerms: query.framingTerms,
          framingMass: round(query.framingMass),
          meanTopK: round(covered.meanTopK),
          nearest: covered.neighbours.slice(0, 3).map((entry) => ({ similarity: round(entry.similarity), prompt: truncate(entry.prompt, 120) })),
          novelty: round(query.novelty),
        },
      });

      const freshStarted = performance.now();
      const fresh = freshness.measure(query, profile);
      timings.freshnessMs = performance.now() - freshStarted;
      signals.push({
        name: "freshness",
        value: round(fresh.value),
        threshold: round(freshnessCut),
        verdict: fresh.value >= freshnessCut ? "pass" : "fail",
        supports: "rag",
        ms: timings.freshnessMs,
        detail: {
          cutoff: freshness.data.cutoff,
          cutoffSource: freshness.data.cutoffSource,
          cues: fresh.cues,
          laterDates: fresh.laterDates,
          freshTerms: fresh.freshTerms.slice(0, 8),
        },
      });

      // Early exit: a query with none of the trained tasks' wording is not for the tuned model.
      if (coverage && query.framingMass === 0 && probe) {
        abort.abort(new Error("not needed"));
        signals.push(skippedSignal("evidence", "cancelled: the query uses none of the tuned model's task wording"));
        return finish("rag", ["the query uses none of the wording of the tasks the tuned model learned", "so the RAG chain answers it (retrieval probe cancelled)"]);
      }

      let evidence: EvidenceMeasure | null = null;
      if (probe) {
        const result = await probe;
        timings.evidenceMs = result.ms;
        if ("error" in result) {
          signals.push({ ...skippedSignal("evidence", `retrieval probe failed: ${(result.error as Error)?.message ?? String(result.error)}`), ms: result.ms });
        } else {
          const measureStarted = performance.now();
          evidence = measureEvidence(query, result.hits, profile, hitTerms);
          timings.evidenceMeasureMs = performance.now() - measureStarted;
          signals.push({
            name: "evidence",
            value: round(evidence.answerability),
            threshold: round(evidenceCut.threshold),
            verdict: evidence.answerability >= evidenceCut.threshold ? "pass" : "fail",
            supports: "rag",
            ms: result.ms,
            detail: {
              top: round(evidence.top),
              margin: round(evidence.margin),
              supporting: evidence.supporting,
              hits: evidence.hits.slice(0, 3).map((hit) => ({ source: hit.source, score: round(hit.score), text: truncate(hit.text, 100) })),
            },
          });
        }
      } else {
        signals.push(skippedSignal("evidence", "no retrieval index to probe"));
      }

      const reasons = describeSignals(covered.max, coverageCut.threshold, evidence, evidenceCut.threshold, query.framingTerms);
      if (fresh.value >= freshnessCut) reasons.push(describeFreshness(fresh, freshness.data.cutoff));
      if (model) {
        const policyStarted = performance.now();
        const scores = predictLogistic(model, featureRow(computeFeatures(query, covered, evidence, fresh.value)));
        const choice = chooseByUtility(scores, { costs: config.costs, ...(budget ? { budget } : {}), minConfidence: config.minConfidence, defaultRoute: config.defaultRoute });
        timings.policyMs = performance.now() - policyStarted;
        return finish(choice.route, [...reasons, ...choice.reasons], { scores, confidence: choice.confidence, defaulted: choice.defaulted });
      }
      const policy = thresholdPolicy({
        coverage: coverage ? { value: covered.max, ...coverageCut } : null,
        evidence: evidence ? { value: evidence.answerability, ...evidenceCut } : null,
        defaultRoute: config.defaultRoute,
      });
      return finish(policy.route, policy.reasons, policy);
    } finally {
      input.signal?.removeEventListener("abort", onOuterAbort);
    }
  }

  async function features(query: string): Promise<RouteFeatures> {
    const terms = profile.analyze(query);
    const covered = coverage ? coverage.measure(terms, config.coverage.k) : { max: 0, meanTopK: 0, neighbours: [] };
    const hits = options.evidence ? await options.evidence(query, { k: config.evidence.k }) : undefined;
    return computeFeatures(terms, covered, hits ? measureEvidence(terms, hits, profile, hitTerms) : null, freshness.measure(terms, profile).value);
  }

  return { config, configVersion, ...(budget ? { budget } : {}), decide, features };
}

/** A budget with its threshold and where it came from. */
export type ResolvedBudget = RouteBudget & { source: "config" | "synthetic" | "uncalibrated"; calibration?: BudgetCalibration };

/** `router.budget` with its threshold: from config, else calibrated on the synthetic queries of the calibration. */
function resolveBudget(config: RouterConfig, model: LogisticModel | undefined, calibration: RouterCalibration | undefined): ResolvedBudget | undefined {
  if (!config.budget) return undefined;
  const { route, maxShare, threshold } = config.budget;
  if (threshold !== undefined) return { route, maxShare, threshold, source: "config" };
  const rows = calibration?.synthetic.rows;
  if (!model || !rows || rows.length === 0) return { route, maxShare, threshold: 0, source: "uncalibrated" };
  const sample = rows.map((row) => expectedUtility(predictLogistic(model, row), config.costs));
  const calibrated = calibrateBudget(sample, route, maxShare);
  return { route, maxShare, threshold: calibrated.threshold, source: "synthetic", calibration: calibrated };
}

/** A fitted model must use the features this version computes, in the same order. */
function checkModelFeatures(model: LogisticModel): void {
  if (model.features.length === routeFeatureNames.length && model.features.every((name, index) => name === routeFeatureNames[index])) return;
  throw new TandemError({
    code: "CONFIG_INVALID",
    path: "router.model",
    message: `router.model was fitted on the features [${model.features.join(", ")}], but this version computes [${routeFeatureNames.join(", ")}]`,
    hint: "refit it with `tandem router fit FILE --write`, or remove router.model to use the self-calibrated policy",
  });
}

function describeSignals(coverage: number, coverageThreshold: number, evidence: EvidenceMeasure | null, evidenceThreshold: number, framingTerms: string[]): string[] {
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

function describeFreshness(fresh: FreshnessMeasure, cutoff: string | null): string {
  const parts = [
    ...(fresh.cues.length > 0 ? [`asks about the present ("${fresh.cues.join('", "')}")`] : []),
    ...(fresh.laterDates.length > 0 ? [`names dates after the tuned model's cutoff ${cutoff} (${fresh.laterDates.join(", ")})`] : []),
    ...(fresh.freshTerms.length > 0 ? [`is about things the corpus first mentions after ${cutoff ?? "the cutoff"} (${fresh.freshTerms.slice(0, 4).join(", ")})`] : []),
  ];
  return `it ${parts.join("; ") || "is fresh"}: the tuned model cannot know this`;
}

function clampToAvailable(route: Route, available: { tuned: boolean; rag: boolean }): Route {
  if (route === "both" && !(available.tuned && available.rag)) return available.tuned ? "tuned" : "rag";
  if (route === "tuned" && !available.tuned) return "rag";
  if (route === "rag" && !available.rag) return "tuned";
  return route;
}
