import { type Route, round } from "@tandem/core";
import { fitLogistic, type LogisticModel, predictLogistic } from "../policy/logistic-model";
import { type ThresholdCalibration, separatingThreshold } from "./separating-threshold";
import { CoverageIndex } from "../signals/coverage";
import { DeploymentProfile, type DeploymentProfileData } from "../signals/deployment-profile";
import { type EvidenceProbe, measureEvidence } from "../signals/evidence";
import { type FreshnessData, FreshnessIndex } from "../signals/freshness";
import { routerTerms } from "../signals/function-words";
import { analyzeRequest } from "../signals/request-analysis";
import { computeFeatures, featureRow, type RouteFeatures, routeFeatureNames } from "../signals/route-features";
import { type SubjectData, SubjectIndex } from "../signals/subjects";
import { bothRequest, corpusProbeQueries, evenlySpaced, factRequest, generalQuestions, questionForm, worldRequest } from "./synthetic-queries";

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
  /** Titles of the corpus's documents (all of them, not only the sampled texts): the subjects it describes. */
  corpusTitles?: readonly string[];
}

/** Version of the `RouterCalibration` format (6: a subject dictionary; 19 signal values). */
export const calibrationFormat = 6;

/** Everything the router learned about a deployment from its own data. Serializable (cached beside the index). */
export interface RouterCalibration {
  /** Format of the calibration; `createRouter` refuses another one (recalibrate instead). */
  version: typeof calibrationFormat;
  profile: DeploymentProfileData;
  freshness: FreshnessData;
  /** The corpus subjects requests are matched against (see `SubjectIndex`). */
  subjects: SubjectData;
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
 * - `tuned`: the training prompts themselves (tasks with their material; measured leave-one-out), and some of them
 *   naming a corpus subject while still bringing all their material (naming a subject is not asking about it);
 * - `rag`: short questions made from corpus passages, half of them phrased as questions;
 * - `both`: a training prompt's instruction about a corpus subject instead of its own material, or a whole training
 *   prompt that asks, beside its material, for a fact about a corpus subject it does not give ("— mention the …");
 * then fits the logistic policy on the signal values of those examples.
 */
export async function calibrateRouter(input: AutoCalibrationInput): Promise<RouterCalibration> {
  const samples = input.samples ?? 300;
  const k = input.k ?? 5;
  const prompts = input.trainingPrompts;
  const profile = DeploymentProfile.build(prompts, input.corpusTexts);
  const coverage = new CoverageIndex(prompts, profile);
  const trainingTerms = new Set(prompts.flatMap((prompt) => routerTerms(prompt)));
  const subjects = SubjectIndex.build(input.corpusTitles ?? [], trainingTerms, profile);
  const freshness = FreshnessIndex.build({
    trainingPrompts: prompts,
    corpusTexts: input.corpusTexts,
    ...(input.cutoff ? { cutoff: input.cutoff } : {}),
    ...(input.corpusDates ? { corpusDates: input.corpusDates } : {}),
  });
  const questions = corpusProbeQueries(input.corpusTexts, samples);
  // A real question rarely uses only its passage's words: each synthetic one borrows a word from another.
  const probes = questions.map((question, index) => `${question} ${questions[(index * 13 + 5) % questions.length]?.split(" ")[0] ?? ""}`.trim());
  const titles = evenlySpaced([...new Set(input.corpusTitles ?? [])], samples);
  const titleAt = (position: number) => (titles.length > 0 ? (titles[(position * 11 + 3) % titles.length] as string) : undefined);
  const promptIndexes = evenlySpaced(prompts.map((_, index) => index), samples);
  // Names of the corpus's subjects (title parts), to move training prompts into the deployment's world.
  const subjectNames = evenlySpaced(subjects.data.names.filter((name) => /\p{Lu}/u.test(name)), samples * 2);
  const known = (word: string) => routerTerms(word).every((term) => profile.inCorpus(term));
  const promptAt = (position: number) => promptIndexes[(position * 7) % Math.max(promptIndexes.length, 1)] ?? 0;

  const measure = async (text: string, exclude = -1): Promise<RouteFeatures> => {
    const analysis = analyzeRequest(text, profile, subjects, exclude >= 0 ? DeploymentProfile.leftOut(prompts[exclude] ?? "") : undefined);
    const hits = await input.evidence(text, { k });
    return computeFeatures(analysis, coverage.measure(analysis.terms, 5, exclude), measureEvidence(analysis.terms, hits, profile), freshness.measure(analysis.terms, profile).value);
  };
  const examples: { text: string; route: Route; features: RouteFeatures }[] = [];
  for (const [position, index] of promptIndexes.entries()) {
    const prompt = prompts[index] as string;
    examples.push({ text: prompt, route: "tuned", features: await measure(prompt, index) });
    if (subjectNames.length === 0) continue;
    const world = worldRequest(prompt, subjectNames, position, known);
    if (world !== prompt) examples.push({ text: world, route: "tuned", features: await measure(world, index) });
  }
  for (const text of generalQuestions(sharedWords(prompts, profile), Math.ceil(promptIndexes.length / 6))) {
    examples.push({ text, route: "tuned", features: await measure(text) });
  }
  for (const [position, probe] of probes.entries()) {
    const text = position % 2 === 1 ? questionForm(probe, position, titleAt(position)) : probe;
    examples.push({ text, route: "rag", features: await measure(text) });
  }
  for (const [position, probe] of probes.entries()) {
    const index = promptAt(position);
    const prompt = prompts[index] ?? "";
    const text = position % 2 === 1 ? factRequest(worldRequest(prompt, subjectNames, position, known), probe, position, titleAt(position)) : bothRequest(prompt, probe, position);
    examples.push({ text, route: "both", features: await measure(text, index) });
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
    subjects: subjects.data,
    model,
    thresholds: {
      coverage: separatingThreshold(of(["tuned", "both"], (features) => features.coverage), of(["rag"], (features) => features.coverage)),
      evidence: separatingThreshold(of(["rag", "both"], (features) => features.answerability), of(["tuned"], (features) => features.answerability)),
    },
    synthetic: {
      counts: { tuned: count("tuned"), rag: count("rag"), both: count("both") },
      accuracy: examples.length === 0 ? 0 : correct / examples.length,
      examples: { tuned: sample("tuned"), rag: sample("rag"), both: sample("both") },
      rows: examples.map((example) => featureRow(example.features).map((value) => round(value))),
    },
  };
}


/**
 * Words the training prompts and the corpus share — each in at least two prompts and in the corpus, not a word of
 * the prompts' task wording — as written, the most common in the prompts first.
 */
function sharedWords(prompts: readonly string[], profile: DeploymentProfile, limit = 60): string[] {
  const counts = new Map<string, { word: string; count: number }>();
  for (const prompt of prompts) {
    const seen = new Set<string>();
    for (const word of prompt.toLowerCase().match(/[\p{L}][\p{L}-]{3,}/gu) ?? []) {
      const [term] = routerTerms(word);
      if (!term || seen.has(term)) continue;
      seen.add(term);
      const entry = counts.get(term) ?? { word, count: 0 };
      entry.count += 1;
      counts.set(term, entry);
    }
  }
  return [...counts]
    .filter(([term, entry]) => entry.count >= 2 && profile.inCorpus(term) && profile.taskFraming(term) === 0)
    .sort((left, right) => right[1].count - left[1].count || left[0].localeCompare(right[0]))
    .slice(0, limit)
    .map(([, entry]) => entry.word);
}
