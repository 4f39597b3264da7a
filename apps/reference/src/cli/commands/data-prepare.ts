import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { TandemError } from "@tandem/core";
import { prepareDataset, renderManifestReport, writePreparedDataset } from "@tandem/finetune";
import { LocalHashEmbeddings } from "@tandem/models";
import { type Command, Option } from "commander";
import type { CommandContext } from "../context";
import { defineAction } from "../define-action";
import { nonNegativeInteger, share, shares } from "../parsers";

interface PrepareCommandOptions {
  validation?: string;
  eval?: string[];
  out: string;
  split?: number[];
  seed: number;
  stratify?: string;
  groupBy?: string;
  maskPii?: boolean;
  dropPii?: boolean;
  nearDupThreshold: number;
  keepNearDuplicates?: boolean;
  overlap: "ngram" | "substring";
  keepOverlapping?: boolean;
  embeddingCheck?: boolean;
  embeddingThreshold: number;
  dropConflicts?: boolean;
  dropInvalid?: boolean;
  keepExtraKeys?: boolean;
  maxDropShare: number;
}

/** `tandem data prepare`: dedup, PII, split, overlap checks; writes the dataset, manifest.json and report.md. */
export async function runDataPrepare({ output }: CommandContext, train: string, options: PrepareCommandOptions): Promise<number> {
  const prepared = await prepareDataset({
    train,
    ...(options.validation ? { validation: options.validation } : {}),
    ...(options.eval ? { eval: options.eval } : {}),
    ...(options.split ? { split: options.split } : {}),
    seed: options.seed,
    ...(options.stratify ? { stratify: options.stratify } : {}),
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    pii: options.dropPii ? "drop" : options.maskPii ? "mask" : "report",
    nearDuplicates: { threshold: options.nearDupThreshold, action: options.keepNearDuplicates ? "flag" : "drop" },
    conflicts: options.dropConflicts ? "drop" : "flag",
    contamination: {
      method: options.overlap,
      action: options.keepOverlapping ? "flag" : "drop",
      ...(options.embeddingCheck ? { embeddings: new LocalHashEmbeddings(), embedding: { threshold: options.embeddingThreshold } } : {}),
    },
    invalid: options.dropInvalid ? "drop" : "error",
    keepExtraKeys: Boolean(options.keepExtraKeys),
    onProgress: (message) => output.log(message),
  });
  const { counts } = prepared.manifest;
  const out = resolve(options.out);
  const droppedShare = counts.input === 0 ? 0 : counts.dropped / counts.input;
  if (droppedShare > options.maxDropShare) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "manifest.json"), `${JSON.stringify(prepared.manifest, null, 2)}\n`);
    writeFileSync(join(out, "report.md"), renderManifestReport(prepared.manifest));
    throw new TandemError({
      code: "INPUT_INVALID",
      file: join(out, "manifest.json"),
      message: `${counts.dropped} of ${counts.input} examples (${(droppedShare * 100).toFixed(0)}%) would be dropped, more than --max-drop-share ${options.maxDropShare}; no dataset was written`,
      hint: `read ${join(out, "report.md")} for why; rerun with a higher --max-drop-share to accept`,
    });
  }
  const manifest = await writePreparedDataset(prepared, out);
  const reasons = Object.entries(counts.byReason).sort((left, right) => right[1] - left[1]);
  output.result(
    {
      out,
      manifest: join(out, "manifest.json"),
      report: join(out, "report.md"),
      outputs: manifest.outputs,
      counts,
      findings: manifest.findings,
    },
    () =>
      [
        `read ${counts.input} examples: kept ${counts.kept} (${Object.entries(counts.keptBySide).map(([side, count]) => `${side} ${count}`).join(", ")}), dropped ${counts.dropped}`,
        ...reasons.map(([reason, count]) => `  ${String(count).padStart(5)}  ${reason}`),
        ...manifest.findings.map((finding) => `${finding.severity} ${finding.ruleId}: ${finding.message}`),
        ...manifest.outputs.map((file) => `wrote ${file.file} (${file.examples} examples)`),
        `manifest: ${join(out, "manifest.json")} (every entry, with line and pointer)`,
        `report:   ${join(out, "report.md")}`,
      ].join("\n"),
  );
  return 0;
}

export function registerDataPrepareCommand(data: Command): void {
  data
    .command("prepare")
    .description("Clean and split fine-tuning data: exact and near duplicates, conflicting labels, PII / secrets, train ↔ validation ↔ eval overlap; writes the dataset, manifest.json and report.md")
    .argument("<train>", "OpenAI chat or preference (DPO) JSONL")
    .option("--validation <file>", "validation JSONL (default: carve validation out of <train> with --split)")
    .option("--eval <files...>", "held-out eval JSONL files (any shape) to check the training data against; never written (give them after <train>)")
    .option("--out <dir>", "output directory", "prepared")
    .option("--split <shares>", "train,validation[,eval] shares when splitting <train> (default 0.9,0.1)", shares)
    .option("--seed <n>", "seed of the split and sampled checks", nonNegativeInteger, 1)
    .option("--stratify <field>", "key path or JSON pointer to stratify the split by (e.g. metadata.family)")
    .option("--group-by <field>", "key path or JSON pointer of the source document: one document never on two sides")
    .addOption(new Option("--mask-pii", "replace PII and secrets with consistent placeholders (<EMAIL_1>, …)").conflicts("dropPii"))
    .addOption(new Option("--drop-pii", "drop examples that contain PII or secrets").conflicts("maskPii"))
    .option("--near-dup-threshold <jaccard>", "Jaccard similarity (5-word shingles) from which examples are near-duplicates", share, 0.72)
    .option("--keep-near-duplicates", "flag near-duplicates instead of dropping them")
    .addOption(new Option("--overlap <method>", "train ↔ held-out overlap check: 13-word n-grams or 50-character probes").choices(["ngram", "substring"]).default("ngram"))
    .option("--keep-overlapping", "flag training examples that overlap held-out data instead of dropping them")
    .option("--embedding-check", "also flag paraphrases of held-out items by embedding similarity (offline local embedder)")
    .option("--embedding-threshold <cosine>", "cosine similarity for --embedding-check", share, 0.95)
    .option("--drop-conflicts", "drop examples whose prompt is taught with different answers (default: flag them)")
    .option("--drop-invalid", "drop unreadable lines (each recorded) instead of stopping")
    .option("--keep-extra-keys", "keep top-level keys OpenAI rejects (e.g. metadata) in the output")
    .option("--max-drop-share <share>", "stop without writing the dataset when more than this share would be dropped", share, 0.5)
    .action(defineAction({ needs: "files" }, (context, train: string, options: PrepareCommandOptions) => runDataPrepare(context, train, options)));
}
