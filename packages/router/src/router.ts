import type { Route, RouteDecision, RouteSignal } from "@tandem/core";
import { type RouterConfig, type RouterConfigInput, routerConfigSchema, routerConfigVersion } from "./config/router-config";
import { thresholdPolicy } from "./policy/threshold-policy";
import type { ThresholdCalibration } from "./signals/calibration";
import type { CoverageIndex } from "./signals/coverage";
import { type EvidenceProbe, evidenceOutcome, measureEvidence } from "./signals/evidence";
import { RuleSet } from "./signals/rules";
import { type SignalInput, skippedSignal, timeSignal } from "./signals/signal";

export interface RouterOptions {
  config?: RouterConfigInput;
  /** Nearest-neighbour index over the tuned model's training prompts. Without it, no query counts as covered. */
  coverage?: CoverageIndex;
  /** Retrieval probe over the RAG index. Without it, no query counts as evidenced. */
  evidence?: EvidenceProbe;
  /** Thresholds calibrated from the deployment's own data, used where the config says "auto". */
  calibration?: { coverage?: ThresholdCalibration; evidence?: ThresholdCalibration };
  /** Which targets exist. A deployment with only one routes everything there. Default: both. */
  available?: { tuned: boolean; rag: boolean };
}

export interface Router {
  readonly config: RouterConfig;
  readonly configVersion: string;
  decide(input: SignalInput): Promise<RouteDecision>;
}

/** Fallback thresholds when the config says "auto" but no calibration could be made (documented, not tuned). */
const uncalibrated = { threshold: 0.5, scale: 0.05 };

export function createRouter(options: RouterOptions = {}): Router {
  const config = routerConfigSchema.parse(options.config ?? {});
  const configVersion = routerConfigVersion(config);
  const rules = new RuleSet(config.rules);
  const available = options.available ?? { tuned: true, rag: true };
  const coverageSetting = resolveThreshold(config.coverage.threshold, options.calibration?.coverage);
  const evidenceSetting = resolveThreshold(config.evidence.threshold, options.calibration?.evidence);

  async function decide(input: SignalInput): Promise<RouteDecision> {
    const started = performance.now();
    const signals: RouteSignal[] = [];
    const timings: Record<string, number> = {};
    const finish = (
      route: Route,
      reasons: string[],
      extra: Partial<Pick<RouteDecision, "scores" | "confidence" | "defaulted">> = {},
    ): RouteDecision => ({
      route,
      confidence: extra.confidence ?? 1,
      scores: extra.scores ?? { tuned: route === "tuned" ? 1 : 0, rag: route === "rag" ? 1 : 0, both: route === "both" ? 1 : 0 },
      signals,
      reasons,
      defaulted: extra.defaulted ?? false,
      configVersion,
      timings: { totalMs: performance.now() - started, ...timings },
    });

    // 1. Rules: data from config, cheapest, decisive.
    const ruleSignal = await timeSignal("rules", () => rules.evaluate(input));
    signals.push(ruleSignal);
    timings.rulesMs = ruleSignal.ms;
    if (ruleSignal.verdict === "pass" && ruleSignal.supports) {
      const detail = ruleSignal.detail as { rule: string; matched: string };
      const route = clampToAvailable(ruleSignal.supports, available);
      const reasons = [`rule "${detail.rule}" matched (${detail.matched})`];
      if (route !== ruleSignal.supports) reasons.push(`"${ruleSignal.supports}" is not configured here, so "${route}" serves it`);
      signals.push(skippedSignal("coverage", "a rule decided"), skippedSignal("evidence", "a rule decided"));
      return finish(route, reasons);
    }

    // 2. Deployments with a single target route everything there.
    if (!available.tuned || !available.rag) {
      const route: Route = available.tuned ? "tuned" : "rag";
      signals.push(skippedSignal("coverage", "single-target deployment"), skippedSignal("evidence", "single-target deployment"));
      return finish(route, [`only the ${route === "tuned" ? "tuned model" : "RAG index"} is configured, so it answers every query`]);
    }

    // 3. Evidence probe starts speculatively while coverage (local, sub-millisecond) is computed.
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
      let coverage: { value: number; threshold: number; scale: number } | null = null;
      if (options.coverage && options.coverage.size > 0) {
        const coverageSignal = await timeSignal("coverage", () => {
          const { measure: _measure, ...outcome } = (options.coverage as CoverageIndex).evaluate(
            input.query,
            coverageSetting.threshold,
            config.coverage.k,
          );
          return outcome;
        });
        signals.push(coverageSignal);
        timings.coverageMs = coverageSignal.ms;
        coverage = { value: coverageSignal.value ?? 0, threshold: coverageSetting.threshold, scale: coverageSetting.scale };
      } else {
        signals.push(skippedSignal("coverage", "no training prompts to compare with"));
      }

      // Early exit: not covered and the default is rag → rag whatever the evidence says.
      if (coverage && coverage.value < coverage.threshold && config.defaultRoute === "rag" && probe) {
        abort.abort(new Error("not needed"));
        signals.push(skippedSignal("evidence", "cancelled: not covered, and evidence could only confirm rag"));
        const policy = thresholdPolicy({ coverage, evidence: null, defaultRoute: config.defaultRoute });
        return finish("rag", [
          ...policy.reasons,
          "the RAG chain answers queries the tuned model did not learn (retrieval probe cancelled)",
        ], { confidence: 1 - probabilityOf(coverage) });
      }

      let evidence: { value: number; threshold: number; scale: number } | null = null;
      if (probe) {
        const result = await probe;
        timings.evidenceMs = result.ms;
        if ("error" in result) {
          signals.push({ ...skippedSignal("evidence", `retrieval probe failed: ${String((result.error as Error)?.message ?? result.error)}`), ms: result.ms });
        } else {
          const measure = measureEvidence(result.hits);
          signals.push({ name: "evidence", ...evidenceOutcome(measure, evidenceSetting.threshold), ms: result.ms });
          evidence = { value: measure.top, threshold: evidenceSetting.threshold, scale: evidenceSetting.scale };
        }
      } else {
        signals.push(skippedSignal("evidence", "no retrieval index to probe"));
      }

      const policy = thresholdPolicy({ coverage, evidence, defaultRoute: config.defaultRoute });
      return finish(policy.route, policy.reasons, policy);
    } finally {
      input.signal?.removeEventListener("abort", onOuterAbort);
    }
  }

  return { config, configVersion, decide };
}

function probabilityOf(input: { value: number; threshold: number; scale: number }): number {
  return 1 / (1 + Math.exp(-(input.value - input.threshold) / input.scale));
}

function resolveThreshold(setting: number | "auto", calibration: ThresholdCalibration | undefined): { threshold: number; scale: number } {
  if (typeof setting === "number") return { threshold: setting, scale: calibration?.scale ?? uncalibrated.scale };
  return calibration ? { threshold: calibration.threshold, scale: calibration.scale } : uncalibrated;
}

function clampToAvailable(route: Route, available: { tuned: boolean; rag: boolean }): Route {
  if (route === "both" && !(available.tuned && available.rag)) return available.tuned ? "tuned" : "rag";
  if (route === "tuned" && !available.tuned) return "rag";
  if (route === "rag" && !available.rag) return "tuned";
  return route;
}
