import { basename } from "node:path";
import { round, TandemError } from "@tandem/core";
import { allowedTopLevelKeys, type CanonicalExample, type DatasetRecord, exampleFormat } from "../dataset/canonical-example";
import { userAssistantText } from "../dataset/example-text";
import type { Finding } from "../dataset/finding";
import { findConflictingLabels } from "../hygiene/conflicting-labels";
import { type ContaminationOptions, type ContaminationReference, findContamination } from "../hygiene/contamination";
import { type DistributionReport, distributionReport } from "../hygiene/distribution-report";
import { findExactDuplicates } from "../hygiene/exact-duplicates";
import { findNearDuplicates, type NearDuplicateOptions } from "../hygiene/near-duplicates";
import type { PiiKind } from "../hygiene/pii/pii-detectors";
import { PiiMasker, redactPii } from "../hygiene/pii/pii-masker";
import { ManifestRecorder, type ManifestInput, type PrepareManifest } from "../manifest/manifest";
import { type SplitReport, type SplitSide, splitDataset, splitSides } from "../split/split-dataset";
import { valueAtPath } from "./key-path";
import { type EntryReader, invalidLinesError, readExamples, readReferences } from "./read-inputs";

export interface PrepareOptions {
  /** Training data: OpenAI chat or preference (DPO) JSONL. */
  train: string;
  /** A validation file. Without one, `split` carves validation (and eval) out of `train`. */
  validation?: string;
  /** Held-out eval files of any JSONL shape, checked for overlap with the training data (never written). */
  eval?: readonly string[];
  /** Shares of train, validation[, eval] when splitting `train`. Default [0.9, 0.1]. Not allowed with `validation`. */
  split?: readonly number[];
  /** Seed of the split and of every sampled choice. Default 1. */
  seed?: number;
  /** Key path (`metadata.family`) or JSON pointer of the field to stratify the split by. Default: none. */
  stratify?: string;
  /** Key path or JSON pointer of the source document: examples of one document stay on one side. Default: none. */
  groupBy?: string;
  /** `report` (default): list PII / secrets; `mask`: replace them with consistent placeholders; `drop`: drop the examples. */
  pii?: "report" | "mask" | "drop";
  /** PII kinds to look for. Default: all. */
  piiKinds?: readonly PiiKind[];
  /** Near-duplicate settings; `action` `drop` (default: keep the first of each cluster) or `flag`. */
  nearDuplicates?: Omit<NearDuplicateOptions, "onProgress" | "text"> & { action?: "drop" | "flag" };
  /** Conflicting labels: `flag` (default; they are listed) or `drop` (every example of a conflicting prompt). */
  conflicts?: "flag" | "drop";
  /**
   * Train ↔ held-out overlap; `action` `drop` (default: the training example goes) or `flag`. A match counts
   * when the training example contains at least `minimumOverlap` of the held-out item's n-grams / probes
   * (default 0.1; embedding matches always count); weaker matches (a shared phrase of a house format) are
   * flagged, not dropped.
   */
  contamination?: Omit<ContaminationOptions, "text"> & { action?: "drop" | "flag"; minimumOverlap?: number };
  /** Lines that cannot be read: `error` (default: nothing is written) or `drop` (each recorded). */
  invalid?: "error" | "drop";
  /** Keep top-level keys OpenAI rejects (e.g. `metadata`) in the output. Default false: removed, and recorded. */
  keepExtraKeys?: boolean;
  /** Token counter for the distribution report (exact tokens are the validator's). Default: characters only. */
  countTokens?: (text: string) => number;
  /** Reader of the train / validation files. Default `readDataset` (every supported format). */
  read?: EntryReader;
  /** Progress messages (for stderr). */
  onProgress?: (message: string) => void;
  /** Time stamp of the manifest. Default: now. */
  now?: Date;
}

type Origin = "train" | "validation";
interface PoolRecord extends DatasetRecord {
  origin: Origin;
}

export interface PreparedDataset {
  /** The examples of each side, in input order. */
  sides: Partial<Record<SplitSide, DatasetRecord[]>>;
  /** The manifest; `outputs` is filled in by `writePreparedDataset`. */
  manifest: PrepareManifest;
}

const where = (record: DatasetRecord) => ({ file: record.file, line: record.line });
const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * `tandem data prepare`: reads training (and validation) data, removes exact and near duplicates, flags
 * conflicting labels, finds (and masks or drops) PII and secrets, splits deterministically (seeded, stratified,
 * grouped), removes training examples that overlap validation or eval data, and reports the distribution.
 * Every drop, mask and fix is a manifest entry: `counts.input === counts.kept + counts.dropped`.
 */
export async function prepareDataset(options: PrepareOptions): Promise<PreparedDataset> {
  const progress = options.onProgress ?? (() => {});
  const seed = options.seed ?? 1;
  const recorder = new ManifestRecorder();
  if (options.validation && options.split) {
    throw new TandemError({ code: "INPUT_INVALID", message: "give either a validation file or split ratios, not both", hint: "drop --split, or drop --validation to carve validation out of the training file" });
  }

  // 1. Read.
  const inputs: ManifestInput[] = [];
  const pool: PoolRecord[] = [];
  for (const [file, origin] of [[options.train, "train"], [options.validation, "validation"]] as const) {
    if (!file) continue;
    const read = await readExamples(file, origin, options.read);
    inputs.push(read.input);
    progress(`read ${read.input.examples} example(s) from ${file}${read.invalid.length ? ` (${read.invalid.length} invalid)` : ""}`);
    if (read.invalid.length > 0 && (options.invalid ?? "error") === "error") throw invalidLinesError(file, read.invalid);
    for (const entry of read.invalid) {
      const problems = entry.problems.filter((problem) => problem.severity === "error");
      recorder.record({
        action: "dropped",
        ruleId: problems[0]?.ruleId ?? "F02",
        reason: "invalid-line",
        message: problems.map((problem) => `${problem.pointer ? `${problem.pointer}: ` : ""}${problem.message}`).join("; "),
        file,
        line: entry.line,
        ...(problems[0]?.pointer ? { pointer: problems[0].pointer } : {}),
      });
    }
    pool.push(...read.records.map((record) => ({ ...record, origin })));
  }
  const references: ContaminationReference[] = [];
  for (const file of options.eval ?? []) {
    const read = await readReferences(file, basename(file));
    inputs.push(read.input);
    references.push(...read.references);
    progress(`read ${read.references.length} eval item(s) from ${file}`);
  }
  const formats = new Set(pool.map((record) => exampleFormat(record.example)));
  if (formats.size > 1) {
    const minority = pool.find((record) => exampleFormat(record.example) !== exampleFormat((pool[0] as PoolRecord).example)) as PoolRecord;
    throw new TandemError({
      code: "INPUT_INVALID",
      file: minority.file,
      line: minority.line,
      message: "the data mixes chat examples ({messages}) and preference examples ({input, preferred_output, …}) (F07)",
      hint: "keep one format per file; prepare chat and preference data separately",
    });
  }
  const keeperOf = (members: readonly PoolRecord[]) => members.find((member) => member.origin === "validation") ?? (members[0] as PoolRecord);
  const alive = (records: readonly PoolRecord[]) => records.filter((record) => !recorder.isDropped(record.file, record.line));

  // 2. Exact duplicates (Q01; a training copy of a validation example is Q04).
  const exactGroups = findExactDuplicates(pool);
  for (const group of exactGroups) {
    const keeper = keeperOf(group.members);
    for (const member of group.members) {
      if (member === keeper) continue;
      const crossSide = member.origin === "train" && keeper.origin === "validation";
      recorder.record({
        action: "dropped",
        ruleId: crossSide ? "Q04" : "Q01",
        reason: crossSide ? "exact-copy-of-validation" : "exact-duplicate",
        message: `exact duplicate of ${keeper.file}:${keeper.line}`,
        ...where(member),
        related: [where(keeper)],
      });
    }
  }
  let remaining = alive(pool);
  progress(`exact duplicates: ${exactGroups.length} group(s), ${pool.length - remaining.length} dropped`);

  // 3. Near duplicates (Q02).
  const nearAction = options.nearDuplicates?.action ?? "drop";
  const near = findNearDuplicates(remaining, {
    ...options.nearDuplicates,
    seed: options.nearDuplicates?.seed ?? seed,
    onProgress: (done, total) => progress(`near-duplicates: hashed ${done}/${total}`),
  });
  for (const cluster of near.clusters) {
    const keeper = keeperOf(cluster.members);
    for (const member of cluster.members) {
      if (member === keeper) continue;
      const similarity = Math.max(0, ...cluster.pairs.filter((pair) => pair.left === member || pair.right === member).map((pair) => pair.similarity));
      const crossSide = member.origin === "train" && keeper.origin === "validation";
      recorder.record({
        action: nearAction === "drop" ? "dropped" : "flagged",
        ruleId: crossSide ? "Q04" : "Q02",
        reason: crossSide ? "near-copy-of-validation" : "near-duplicate",
        message: `near-duplicate (Jaccard ${similarity.toFixed(2)}) of ${keeper.file}:${keeper.line}, in a cluster of ${cluster.members.length}`,
        ...where(member),
        related: [where(keeper)],
        details: { similarity: round(similarity), cluster: cluster.members.length },
      });
    }
  }
  const beforeNear = remaining.length;
  remaining = alive(remaining);
  progress(`near-duplicates: ${near.clusters.length} cluster(s), ${beforeNear - remaining.length} dropped (${near.stats.bands}×${near.stats.rows} bands, Jaccard ≥ ${near.stats.threshold})`);

  // 4. Conflicting labels (Q03).
  const conflictAction = options.conflicts ?? "flag";
  const conflicts = findConflictingLabels(remaining);
  for (const group of conflicts) {
    for (const member of group.members) {
      recorder.record({
        action: conflictAction === "drop" ? "dropped" : "flagged",
        ruleId: "Q03",
        reason: group.kind === "different-answers" ? "conflicting-label" : "reversed-preference",
        message: `the same prompt is taught with ${group.answers} different answers in ${group.members.length} examples`,
        ...where(member),
        related: group.members.filter((other) => other !== member).slice(0, 10).map(where),
      });
    }
  }
  remaining = alive(remaining);
  progress(`conflicting labels: ${conflicts.length} prompt(s)`);

  // 5. PII and secrets (Q06).
  const piiMode = options.pii ?? "report";
  const masker = new PiiMasker(options.piiKinds ? { kinds: options.piiKinds } : {});
  let examplesWithPii = 0;
  remaining = remaining.map((record) => {
    const { example, occurrences } = masker.maskExample(record.example);
    if (occurrences.length === 0) return record;
    examplesWithPii += 1;
    for (const occurrence of occurrences) {
      recorder.record({
        action: piiMode === "mask" ? "masked" : "flagged",
        ruleId: "Q06",
        reason: piiMode === "mask" ? `pii-masked` : "pii-found",
        message: `${occurrence.kind} (${occurrence.detector}) ${piiMode === "mask" ? "replaced by" : "would be masked as"} ${occurrence.placeholder}`,
        ...where(record),
        pointer: occurrence.pointer,
        details: { kind: occurrence.kind, detector: occurrence.detector, placeholder: occurrence.placeholder, start: occurrence.start, end: occurrence.end },
      });
    }
    if (piiMode === "drop") {
      recorder.record({ action: "dropped", ruleId: "Q06", reason: "contains-pii", message: `contains ${occurrences.length} PII / secret occurrence(s)`, ...where(record) });
    }
    return piiMode === "mask" ? { ...record, example } : record;
  });
  remaining = alive(remaining);
  progress(`PII / secrets: ${examplesWithPii} example(s) (${piiMode})`);

  // 6. Split.
  let sides: Partial<Record<SplitSide, PoolRecord[]>>;
  let splitReport: PrepareManifest["split"];
  const findings: Finding[] = [];
  if (options.validation) {
    sides = { train: remaining.filter((record) => record.origin === "train"), validation: remaining.filter((record) => record.origin === "validation") };
    splitReport = { sizes: { train: sides.train?.length ?? 0, validation: sides.validation?.length ?? 0 }, givenValidation: true };
  } else {
    const result = splitDataset(remaining, {
      ratios: options.split ?? [0.9, 0.1],
      seed,
      ...(options.stratify ? { stratify: (record: PoolRecord) => valueAtPath(record.example, options.stratify as string) } : {}),
      ...(options.groupBy ? { groupBy: (record: PoolRecord) => valueAtPath(record.example, options.groupBy as string) } : {}),
    });
    sides = result.sides;
    splitReport = result.report;
    findings.push(...result.report.findings);
  }
  progress(`split: ${splitSides.filter((side) => sides[side]).map((side) => `${side} ${sides[side]?.length}`).join(", ")}`);

  // 7. Train ↔ validation / eval overlap (Q04).
  const asReference = (set: string) => (record: PoolRecord) => ({ set, file: record.file, line: record.line, text: userAssistantText(record.example) });
  const heldOut: ContaminationReference[] = [...(sides.validation ?? []).map(asReference("validation")), ...(sides.eval ?? []).map(asReference("eval")), ...references];
  const contaminationAction = options.contamination?.action ?? "drop";
  const contaminationOptions: ContaminationOptions = {
    ...options.contamination,
    substring: { seed, ...options.contamination?.substring },
  };
  const trainContamination = await findContamination(sides.train ?? [], heldOut, contaminationOptions);
  const byTrain = new Map<PoolRecord, typeof trainContamination.matches>();
  for (const match of trainContamination.matches) byTrain.set(match.train, [...(byTrain.get(match.train) ?? []), match]);
  const minimumOverlap = options.contamination?.minimumOverlap ?? 0.1;
  let trainContaminated = 0;
  for (const [record, matches] of byTrain) {
    const sets = [...new Set(matches.map((match) => match.reference.set))];
    const strongest = matches.reduce((best, match) => (match.overlap > best.overlap ? match : best));
    const counts = strongest.method === "embedding" || strongest.overlap >= minimumOverlap;
    if (counts) trainContaminated += 1;
    recorder.record({
      action: counts && contaminationAction === "drop" ? "dropped" : "flagged",
      ruleId: "Q04",
      reason: `${counts ? "" : "partial-"}${sets.every((set) => set === "validation") ? "overlap-with-validation" : "overlap-with-eval"}`,
      message: `shares text with ${matches.length} held-out item(s) in ${sets.join(", ")} (${strongest.method}, ${(strongest.overlap * 100).toFixed(0)}% of the item${counts ? "" : `; below the ${minimumOverlap * 100}% that counts as overlap`})`,
      ...where(record),
      related: matches.slice(0, 5).map((match) => ({ file: match.reference.file, line: match.reference.line })),
      details: { method: strongest.method, overlap: round(strongest.overlap), matches: matches.length, evidence: shorten(redactPii(strongest.evidence), 120) },
    });
  }
  if (contaminationAction === "drop") sides.train = alive(sides.train ?? []);
  const evalReferences = heldOut.filter((reference) => reference.set !== "validation");
  let validationFlagged = 0;
  if ((sides.validation?.length ?? 0) > 0 && evalReferences.length > 0) {
    const validationContamination = await findContamination(sides.validation ?? [], evalReferences, contaminationOptions);
    const flagged = new Map<PoolRecord, number>();
    for (const match of validationContamination.matches) {
      if (match.method === "embedding" || match.overlap >= minimumOverlap) flagged.set(match.train, (flagged.get(match.train) ?? 0) + 1);
    }
    validationFlagged = flagged.size;
    for (const [record, count] of flagged) {
      recorder.record({ action: "flagged", ruleId: "Q04", reason: "validation-overlaps-eval", message: `validation example shares text with ${count} eval item(s)`, ...where(record) });
    }
  }
  progress(`overlap with held-out data: ${trainContaminated} training example(s) ${contaminationAction === "drop" ? "dropped" : "flagged"}, ${byTrain.size - trainContaminated} partial overlap(s) flagged, ${validationFlagged} validation example(s) flagged`);

  // 8. Top-level keys OpenAI rejects (E02).
  const outputSides: Partial<Record<SplitSide, DatasetRecord[]>> = {};
  for (const side of splitSides) {
    const records = sides[side];
    if (!records) continue;
    outputSides[side] = records.map(({ file, line, example }) => {
      if (options.keepExtraKeys) return { file, line, example };
      const allowed = allowedTopLevelKeys[exampleFormat(example)];
      const extra = Object.keys(example).filter((key) => !allowed.includes(key));
      for (const key of extra) {
        recorder.record({ action: "fixed", ruleId: "E02", reason: "extra-key-removed", message: `removed top-level key "${key}" (not part of the OpenAI format)`, file, line, pointer: `/${key}` });
      }
      return { file, line, example: extra.length === 0 ? example : (Object.fromEntries(Object.entries(example).filter(([key]) => allowed.includes(key))) as CanonicalExample) };
    });
  }

  // 9. Distribution (Q05).
  const distribution: Partial<Record<SplitSide, DistributionReport>> = {};
  for (const side of splitSides) {
    const records = outputSides[side];
    if (!records) continue;
    distribution[side] = distributionReport(records.map((record) => record.example), options.countTokens ? { countTokens: options.countTokens } : {});
    findings.push(...(distribution[side]?.findings ?? []).map((finding) => ({ ...finding, message: `${side}: ${finding.message}` })));
  }

  const input = inputs.filter((item) => item.role !== "eval-reference").reduce((sum, item) => sum + item.examples, 0);
  const keptBySide = Object.fromEntries(splitSides.filter((side) => outputSides[side]).map((side) => [side, outputSides[side]?.length ?? 0]));
  const manifest: PrepareManifest = {
    manifestVersion: 1,
    tool: { name: "@tandem/finetune", command: "prepare" },
    createdAt: (options.now ?? new Date()).toISOString(),
    options: {
      train: options.train,
      validation: options.validation ?? null,
      eval: options.eval ?? [],
      split: options.validation ? null : (options.split ?? [0.9, 0.1]),
      seed,
      stratify: options.stratify ?? null,
      groupBy: options.groupBy ?? null,
      pii: piiMode,
      nearDuplicates: { action: nearAction, threshold: near.stats.threshold, bands: near.stats.bands, rows: near.stats.rows, shingleSize: near.stats.shingleSize },
      conflicts: conflictAction,
      contamination: { action: contaminationAction, method: trainContamination.method, embeddings: Boolean(options.contamination?.embeddings) },
      invalid: options.invalid ?? "error",
      keepExtraKeys: Boolean(options.keepExtraKeys),
    },
    inputs,
    outputs: [],
    counts: recorder.counts(input, keptBySide),
    split: splitReport as SplitReport,
    hygiene: {
      exactDuplicates: { groups: exactGroups.length, members: exactGroups.reduce((sum, group) => sum + group.members.length, 0) },
      nearDuplicates: {
        ...near.stats,
        action: nearAction,
        clusters: near.clusters.map((cluster) => ({
          members: cluster.members.map(where),
          pairs: cluster.pairs.map((pair) => ({ left: where(pair.left), right: where(pair.right), similarity: round(pair.similarity), estimated: round(pair.estimated) })),
        })),
      },
      conflicts: {
        action: conflictAction,
        groups: conflicts.map((group) => ({ kind: group.kind, prompt: shorten(redactPii(group.prompt), 200), answers: group.answers, members: group.members.map(where) })),
      },
      contamination: {
        method: trainContamination.method,
        action: contaminationAction,
        heldOutItems: heldOut.length,
        minimumOverlap,
        trainingExamplesOverlapping: trainContaminated,
        trainingExamplesPartial: byTrain.size - trainContaminated,
        validationExamplesFlagged: validationFlagged,
        tooShortToCheck: trainContamination.tooShort.map((reference) => ({ set: reference.set, file: reference.file, line: reference.line })),
        templateTextIgnored: trainContamination.templateText.slice(0, 20).map((item) => ({ text: shorten(redactPii(item.text), 120), trainingExamples: item.trainingExamples })),
      },
      pii: { mode: piiMode, examples: examplesWithPii, counts: masker.counts() },
      distribution,
    },
    findings,
    entries: recorder.entries,
  };
  if (manifest.counts.input !== manifest.counts.kept + manifest.counts.dropped) {
    throw new TandemError({ code: "INTERNAL", message: `manifest does not add up: input ${manifest.counts.input} ≠ kept ${manifest.counts.kept} + dropped ${manifest.counts.dropped}` });
  }
  return { sides: outputSides, manifest };
}
