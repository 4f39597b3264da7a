import type { Route } from "@tandem/core";
import { analyzeText, splitSentences } from "@tandem/models";
import { fitLogistic, type LogisticModel, predictLogistic } from "../policy/logistic-model";
import { type ThresholdCalibration, separatingThreshold } from "./calibration";
import { CoverageIndex } from "./coverage";
import { DeploymentProfile, type DeploymentProfileData } from "./deployment-profile";
import { type EvidenceProbe, measureEvidence } from "./evidence";
import { type FreshnessData, FreshnessIndex } from "./freshness";
import { bothRequest, corpusProbeQueries, evenlySpaced } from "./synthetic-queries";
import { computeFeatures, featureRow, type RouteFeatures, routeFeatureNames } from "./route-features";

export interface AutoCalibrationInput {
  /** The tuned model's training prompts. */
  trainingPrompts: readonly string[];
  /** Texts of chunks from the index (a sample is enough). */
  corpusTexts: readonly string[];
  /** Retrieval over the deployment's index. */
  evidence: EvidenceProbe;
  /** Synthetic examples per route (at most the number of training prompts for tuned). Default 300. */
  samples?: number;
  /** Hits per probe. Default 5. */
  k?: number;
  /** The tuned model's training cutoff (YYYY-MM-DD), from config. Default: the latest date in the training prompts. */
  cutoff?: string;
  /** Date of the document each corpus text came from, aligned with `corpusTexts` (see `documentDate`). */
  corpusDates?: readonly (string | undefined)[];
}

/** Version of the `RouterCalibration` format (4: the profile counts instruction terms; 13 signal values). */
export const calibrationFormat = 4;

/** Everything the router learned about a deployment from its own data. Serializable (cached beside the index). */
export interface RouterCalibration {
  /** Format of the calibration; `createRouter` refuses another one (recalibrate instead). */
  version: typeof calibrationFormat;
  profile: DeploymentProfileData;
  freshness: FreshnessData;
  model: LogisticModel;
  /** Per-signal cut points between the synthetic classes, used to explain decisions (and by the threshold policy). */
  thresholds: { coverage: ThresholdCalibration; evidence: ThresholdCalibration };
  synthetic: {
    counts: Record<Route, number>;
    accuracy: number;
    examples: Record<Route, string[]>;
    /** Feature rows of every synthetic query (4 decimals): the sample a budget threshold is calibrated on by default. */
    rows: number[][];
  };
}

/**
 * Calibrates the router from the deployment's own data — no constants tuned on any dataset. It writes a
 * labelled training set from what the deployment already has:
 * - `tuned`: the training prompts themselves (tasks with their material; measured leave-one-out);
 * - `rag`: short questions made from corpus passages;
 * - `both`: a training prompt's instruction (its text before the first ':' or line break) asking about such a
 *   corpus question instead of bringing its own material;
 * then fits the logistic policy on the signal values of those examples.
 */
export async function calibrateRouter(input: AutoCalibrationInput): Promise<RouterCalibration> {
  const samples = input.samples ?? 300;
  const k = input.k ?? 5;
  const profile = DeploymentProfile.build(input.trainingPrompts, input.corpusTexts);
  const coverage = new CoverageIndex(input.trainingPrompts, profile);
  const freshness = FreshnessIndex.build({
    trainingPrompts: input.trainingPrompts,
    corpusTexts: input.corpusTexts,
    ...(input.cutoff ? { cutoff: input.cutoff } : {}),
    ...(input.corpusDates ? { corpusDates: input.corpusDates } : {}),
  });
  const questions = corpusProbeQueries(input.corpusTexts, samples);
  // A real question rarely uses only its passage's words: each synthetic one borrows a word from another.
  const subjects = questions.map((question, index) => `${question} ${questions[(index * 13 + 5) % questions.length]?.split(" ")[0] ?? ""}`.trim());
  const promptIndexes = evenlySpaced(input.trainingPrompts.map((_, index) => index), samples);

  const measure = async (text: string, exclude = -1): Promise<RouteFeatures> => {
    const query = profile.analyze(text, exclude >= 0 ? DeploymentProfile.leftOut(input.trainingPrompts[exclude] ?? "") : undefined);
    const hits = await input.evidence(text, { k });
    return computeFeatures(query, coverage.measure(query, 5, exclude), measureEvidence(query, hits, profile), freshness.measure(query, profile).value);
  };
  const examples: { text: string; route: Route; features: RouteFeatures }[] = [];
  for (const index of promptIndexes) {
    const text = input.trainingPrompts[index] as string;
    examples.push({ text, route: "tuned", features: await measure(text, index) });
  }
  for (const text of subjects) examples.push({ text, route: "rag", features: await measure(text) });
  for (const [position, subject] of subjects.entries()) {
    const promptIndex = promptIndexes[(position * 7) % Math.max(promptIndexes.length, 1)] ?? 0;
    const both = bothRequest(input.trainingPrompts[promptIndex] ?? "", subject, position);
    examples.push({ text: both, route: "both", features: await measure(both, promptIndex) });
  }

  const model = fitLogistic(routeFeatureNames, examples.map((example) => featureRow(example.features)), examples.map((example) => example.route));
  const correct = examples.filter((example) => {
    const probabilities = predictLogistic(model, featureRow(example.features));
    return (Object.entries(probabilities) as [Route, number][]).sort((left, right) => right[1] - left[1])[0]?.[0] === example.route;
  }).length;
  const of = (routes: Route[], pick: (features: RouteFeatures) => number) =>
    examples.filter((example) => routes.includes(example.route)).map((example) => pick(example.features));
  const count = (route: Route) => examples.filter((example) => example.route === route).length;
  const sample = (route: Route) => examples.filter((example) => example.route === route).slice(0, 3).map((example) => example.text.slice(0, 160));
  return {
    version: calibrationFormat,
    profile: profile.toData(),
    freshness: freshness.data,
    model,
    thresholds: {
      coverage: separatingThreshold(of(["tuned", "both"], (features) => features.coverage), of(["rag"], (features) => features.coverage)),
      evidence: separatingThreshold(of(["rag", "both"], (features) => features.answerability), of(["tuned"], (features) => features.answerability)),
    },
    synthetic: {
      counts: { tuned: count("tuned"), rag: count("rag"), both: count("both") },
      accuracy: examples.length === 0 ? 0 : correct / examples.length,
      examples: { tuned: sample("tuned"), rag: sample("rag"), both: sample("both") },
      rows: examples.map((example) => featureRow(example.features).map((value) => Math.round(value * 1e4) / 1e4)),
    },
  };
}
