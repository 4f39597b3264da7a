// The router: signals cheapest first with early exits — rules → (exemplars) → coverage + freshness → evidence
// (a retrieval probe started speculatively, cancelled when not needed) → policy → (LLM classifier) — and one
// typed, explained RouteDecision.
import { describeSchemaIssues, type Route, type RouteDecision, type RouteScores, type RouteSignal, round, TandemError, toKeyPath } from "@tandem/core";
import type { RouteClassifier } from "./classifier/llm-classifier";
import { type RouterConfig, type RouterConfigInput, routerConfigSchema, routerConfigVersion } from "./config/router-config";
import { predictLogistic } from "./policy/logistic-model";
import { noTaskWordingRoute } from "./policy/no-task-wording";
import { checkModelFeatures, type ResolvedBudget, resolveBudget } from "./policy/policy-setup";
import { thresholdPolicy } from "./policy/threshold-policy";
import { chooseByUtility, routeWords } from "./policy/utility-policy";
import { calibrationFormat, type RouterCalibration } from "./calibration/calibrate-router";
import { CoverageIndex } from "./signals/coverage";
import { DeploymentProfile } from "./signals/deployment-profile";
import { type EvidenceMeasure, type EvidenceProbe, HitTermsCache, measureEvidence } from "./signals/evidence";
import { type EmbedTexts, ExemplarIndex } from "./signals/exemplars";
import { FreshnessIndex } from "./signals/freshness";
import { analyzeRequest, type RequestAnalysis } from "./signals/request-analysis";
import { computeFeatures, featureRow, type RouteFeatures } from "./signals/route-features";
import { RuleSet } from "./signals/rules";
import { type SignalInput, skippedSignal } from "./signals/signal";
import { analysisSummary, coverageRecord, describeFreshness, describeRequest, describeSignals, evidenceRecord, exemplarRecord, freshnessRecord } from "./signals/signal-records";
import { SubjectIndex } from "./signals/subjects";

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
  /** Embeds texts; needed only for `router.exemplars`. */
  embed?: EmbedTexts;
  /** An LLM route classifier (`createLlmClassifier`); consulted only when `router.classifier.enabled`. */
  classifier?: RouteClassifier;
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

export type { ResolvedBudget };

/** Thresholds used when the config says "auto" but nothing was calibrated (no corpus): documented, not tuned. */
const uncalibrated = { coverage: 0.3, evidence: 0.5, scale: 0.05 };

/** The router config, validated: a bad or unknown key is CONFIG_INVALID naming its `router.` path (with "did you mean"). */
function parseRouterConfig(input: RouterConfigInput): RouterConfig {
  const parsed = routerConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = describeSchemaIssues(parsed.error.issues, routerConfigSchema).map((problem) => ({ path: toKeyPath(["router", ...problem.path]), message: problem.message }));
  throw new TandemError({
    code: "CONFIG_INVALID",
    path: problems[0]?.path ?? "router",
    message: `invalid router config: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ")}`,
    hint: "see the router package README for every key",
  });
}

export function createRouter(options: RouterOptions = {}): Router {
  const config = parseRouterConfig(options.config ?? {});
  const configVersion = routerConfigVersion(config);
  const rules = new RuleSet(config.rules);
  const available = options.available ?? { tuned: true, rag: true };
  const prompts = options.trainingPrompts ?? [];
  const calibration = options.calibration;
  if (calibration && calibration.version !== calibrationFormat) {
    throw new TandemError({
      code: "CONFIG_INVALID",
      message: `the router calibration has format ${String(calibration.version)}, but this version reads format ${calibrationFormat}`,
      hint: "recalibrate with calibrateRouter() (the tandem app does this itself when its cache in .tandem/ is from another version)",
    });
  }
  const profile = calibration ? DeploymentProfile.fromData(calibration.profile) : DeploymentProfile.build(prompts, []);
  const coverage = prompts.length > 0 ? new CoverageIndex(prompts, profile) : undefined;
  const subjects = calibration ? new SubjectIndex(calibration.subjects) : undefined;
  const freshness = calibration
    ? new FreshnessIndex(calibration.freshness)
    : FreshnessIndex.build({ trainingPrompts: prompts, corpusTexts: [], ...(options.cutoff ? { cutoff: options.cutoff } : {}) });
  const cut = (configured: number | "auto", calibrated: { threshold: number; scale: number } | undefined, fallback: number) => ({
    threshold: typeof configured === "number" ? configured : (calibrated?.threshold ?? fallback),
    scale: calibrated?.scale ?? uncalibrated.scale,
  });
  const coverageCut = cut(config.coverage.threshold, calibration?.thresholds.coverage, uncalibrated.coverage);
  const evidenceCut = cut(config.evidence.threshold, calibration?.thresholds.evidence, uncalibrated.evidence);
  const model = config.policy === "auto" ? (config.model ?? calibration?.model) : undefined;
  if (model) checkModelFeatures(model);
  const budget = resolveBudget(config, model, calibration);
  const hitTerms = new HitTermsCache();
  const embed = options.embed;
  const exemplarSets = config.exemplars;
  const exemplars =
    exemplarSets && embed ? ExemplarIndex.build({ ...exemplarSets }, embed, exemplarSets.threshold).catch((error: unknown) => error as Error) : undefined;
  const classifier = config.classifier.enabled === false ? undefined : options.classifier;

  async function decide(input: SignalInput): Promise<RouteDecision> {
    const started = performance.now();
    const signals: RouteSignal[] = [];
    const timings: Record<string, number> = {};
    let analysis: RequestAnalysis | undefined;
    const finish = (route: Route, reasons: string[], extra: { scores?: RouteScores; confidence?: number; defaulted?: boolean } = {}): RouteDecision => {
      const totalMs = performance.now() - started;
      return {
        route,
        confidence: extra.confidence ?? 1,
        scores: extra.scores ?? { tuned: route === "tuned" ? 1 : 0, rag: route === "rag" ? 1 : 0, both: route === "both" ? 1 : 0 },
        signals,
        reasons,
        ...(analysis ? { analysis: analysisSummary(analysis) } : {}),
        defaulted: extra.defaulted ?? false,
        configVersion,
        // localMs: the local signals (rules, coverage, freshness, policy) — everything but the retrieval probe.
        timings: { totalMs, localMs: (timings.rulesMs ?? 0) + (timings.analysisMs ?? 0) + (timings.coverageMs ?? 0) + (timings.freshnessMs ?? 0) + (timings.policyMs ?? 0), ...timings },
      };
    };
    const skipRest = (why: string) => signals.push(skippedSignal("coverage", why), skippedSignal("freshness", why), skippedSignal("evidence", why));

    // 1. Rules: data from config, cheapest, decisive.
    const ruleStarted = performance.now();
    const match = rules.match(input);
    timings.rulesMs = performance.now() - ruleStarted;
    signals.push({ name: "rules", ...rules.outcome(match), ms: timings.rulesMs });
    if (match) {
      const route = clampToAvailable(match.route, available);
      const reasons = [`rule "${match.name}" matched (${match.matched})`];
      if (route !== match.route) reasons.push(`"${match.route}" is not configured here, so ${routeWords[route]} answers`);
      skipRest("a rule decided");
      return finish(route, reasons);
    }

    // 2. Deployments with a single target route everything there.
    if (!available.tuned || !available.rag) {
      const route: Route = available.tuned ? "tuned" : "rag";
      skipRest("single-target deployment");
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
    const cancelProbe = () => abort.abort(new Error("not needed"));
    try {
      // 4. Exemplars (optional): the nearest example request decides when it is similar enough.
      if (exemplars) {
        const exemplarStarted = performance.now();
        const index = await exemplars;
        if (index instanceof Error) {
          signals.push(skippedSignal("exemplars", `embedding the exemplars failed: ${index.message}`));
        } else {
          const [vector] = await (embed as EmbedTexts)([input.query], input.signal);
          const found = vector ? index.match(vector) : undefined;
          timings.exemplarsMs = performance.now() - exemplarStarted;
          signals.push(exemplarRecord(found, index.threshold, index.thresholdSource, timings.exemplarsMs));
          if (found && found.similarity >= index.threshold) {
            cancelProbe();
            skipRest(`exemplar decided`);
            return finish(found.route, [
              `its nearest exemplar is a ${found.route} example (similarity ${found.similarity.toFixed(2)} ≥ ${index.threshold.toFixed(2)}: "${found.exemplar.slice(0, 80)}")`,
              `${routeWords[found.route]} answers (retrieval probe cancelled)`,
            ]);
          }
        }
      }

      // 5. The request, read once (instruction and material, terms, subjects, information requests); then coverage by
      // the training prompts and freshness against the training cutoff: local and cheap.
      const analysisStarted = performance.now();
      analysis = analyzeRequest(input.query, profile, subjects);
      const query = analysis.terms;
      timings.analysisMs = performance.now() - analysisStarted;
      const localStarted = performance.now();
      const covered = coverage ? coverage.measure(query, config.coverage.k) : { max: 0, meanTopK: 0, neighbours: [] };
      timings.coverageMs = performance.now() - localStarted;
      signals.push(coverageRecord(covered, query, coverageCut.threshold, timings.coverageMs, coverage !== undefined));
      const freshStarted = performance.now();
      const fresh = freshness.measure(query, profile);
      timings.freshnessMs = performance.now() - freshStarted;
      signals.push(freshnessRecord(fresh, freshness.data, config.freshness.threshold, timings.freshnessMs));

      // Early exit: a query with none of the trained tasks' wording is not for the tuned model — unless it asks about
      // a general notion ("qué significa deducible"), which needs nothing from the corpus.
      const ruled = coverage && probe ? noTaskWordingRoute({ framingMass: query.framingMass, general: analysis.general }) : undefined;
      if (ruled) {
        cancelProbe();
        signals.push(skippedSignal("evidence", "cancelled: the query uses none of the tuned model's task wording"));
        return finish(ruled, ["the query uses none of the wording of the tasks the tuned model learned", `so ${routeWords[ruled]} answers it (retrieval probe cancelled)`]);
      }
      // Early exit: a task that names nothing the corpus knows has nothing to retrieve for — unless it is a plain
      // question that brings no material ("max fence height in a front yard setback?" may be worded entirely in the
      // trained tasks' words).
      const asks = !analysis.payload && analysis.informationRequests.some((request) => request.kind === "question");
      if (coverage && query.framingMass > 0 && !asks && !query.contentTerms.some((term) => profile.inCorpus(term)) && analysis.subjects.length === 0 && probe) {
        cancelProbe();
        signals.push(skippedSignal("evidence", "cancelled: the query names nothing the corpus knows"));
        return finish("tuned", ["it uses the wording of a task the tuned model learned and names nothing the corpus knows", "so the tuned model answers it (retrieval probe cancelled)"]);
      }

      // 6. Evidence: what the retrieval probe found.
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
          signals.push(evidenceRecord(evidence, evidenceCut.threshold, result.ms));
        }
      } else {
        signals.push(skippedSignal("evidence", "no retrieval index to probe"));
      }

      // 7. Policy: the calibrated (or fitted) logistic model with costs and budget, or the thresholds.
      const reasons = [...describeSignals(covered.max, coverageCut.threshold, evidence, evidenceCut.threshold, query.framingTerms), ...describeRequest(analysis)];
      if (fresh.value >= config.freshness.threshold) reasons.push(describeFreshness(fresh, freshness.data.cutoff));
      const policyStarted = performance.now();
      let decided: { route: Route; reasons: string[]; scores: RouteScores; confidence: number; defaulted: boolean };
      if (model) {
        const scores = predictLogistic(model, featureRow(computeFeatures(analysis, covered, evidence, fresh.value)));
        const choice = chooseByUtility(scores, { costs: config.costs, ...(budget ? { budget } : {}), minConfidence: config.minConfidence, defaultRoute: config.defaultRoute });
        decided = { ...choice, reasons: [...reasons, ...choice.reasons], scores };
      } else {
        const policy = thresholdPolicy({
          coverage: coverage ? { value: covered.max, ...coverageCut } : null,
          evidence: evidence ? { value: evidence.answerability, ...evidenceCut } : null,
          defaultRoute: config.defaultRoute,
        });
        decided = policy;
      }
      timings.policyMs = performance.now() - policyStarted;

      // 8. LLM classifier (optional): asked only when the policy is unsure.
      if (classifier && decided.confidence < config.classifier.whenConfidenceBelow) {
        const classified = await consultClassifier(classifier, input, config.classifier.timeoutMs);
        timings.classifierMs = classified.ms;
        if ("error" in classified) {
          signals.push({ ...skippedSignal("classifier", `the classifier failed: ${classified.error}; the policy's route stands`), ms: classified.ms });
        } else {
          const verdict = classified.verdict;
          const price = config.classifier.price;
          const cost = verdict.usage && price ? (verdict.usage.inputTokens * price.inputPer1M + verdict.usage.outputTokens * price.outputPer1M) / 1e6 : undefined;
          signals.push({
            name: "classifier",
            value: round(verdict.confidence),
            threshold: round(config.classifier.whenConfidenceBelow),
            verdict: "pass",
            supports: verdict.route,
            ms: classified.ms,
            detail: {
              reason: verdict.reason,
              policyConfidence: round(decided.confidence),
              policyRoute: decided.route,
              ...(verdict.model ? { model: verdict.model } : {}),
              ...(verdict.usage ? { inputTokens: verdict.usage.inputTokens, outputTokens: verdict.usage.outputTokens } : {}),
              ...(cost === undefined ? {} : { costUsd: round(cost, 8) }),
            },
          });
          const spent = [`${classified.ms.toFixed(0)} ms`, ...(verdict.usage ? [`${verdict.usage.inputTokens + verdict.usage.outputTokens} tokens`] : []), ...(cost === undefined ? [] : [`$${cost.toFixed(6)}`])].join(", ");
          const reason = `the policy was unsure (${decided.confidence.toFixed(2)} < ${config.classifier.whenConfidenceBelow}), so the LLM tie-breaker was asked (${spent}): ${verdict.route} (${verdict.confidence.toFixed(2)}) — ${verdict.reason}`;
          return finish(verdict.route, [...decided.reasons, reason], { scores: decided.scores, confidence: verdict.confidence });
        }
      }
      return finish(decided.route, decided.reasons, decided);
    } finally {
      input.signal?.removeEventListener("abort", onOuterAbort);
    }
  }

  async function features(query: string): Promise<RouteFeatures> {
    const analysis = analyzeRequest(query, profile, subjects);
    const terms = analysis.terms;
    const covered = coverage ? coverage.measure(terms, config.coverage.k) : { max: 0, meanTopK: 0, neighbours: [] };
    const hits = options.evidence ? await options.evidence(query, { k: config.evidence.k }) : undefined;
    return computeFeatures(analysis, covered, hits ? measureEvidence(terms, hits, profile, hitTerms) : null, freshness.measure(terms, profile).value);
  }

  return { config, configVersion, ...(budget ? { budget } : {}), decide, features };
}

/** Runs the classifier with a time limit; its failure never fails the decision. */
async function consultClassifier(classifier: RouteClassifier, input: SignalInput, timeoutMs: number) {
  const started = performance.now();
  const abort = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(input.signal ? [input.signal] : [])]);
  try {
    const verdict = await classifier(input.query, { signal: abort });
    return { verdict, ms: performance.now() - started };
  } catch (error) {
    return { error: abort.aborted ? `no answer within ${timeoutMs} ms` : ((error as Error)?.message ?? String(error)), ms: performance.now() - started };
  }
}

function clampToAvailable(route: Route, available: { tuned: boolean; rag: boolean }): Route {
  if (route === "both" && !(available.tuned && available.rag)) return available.tuned ? "tuned" : "rag";
  if (route === "tuned" && !available.tuned) return "rag";
  if (route === "rag" && !available.rag) return "tuned";
  return route;
}
