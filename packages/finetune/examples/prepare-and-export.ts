// Clean, check and split fine-tuning data, then export it for LLaMA-Factory — the library behind
// `tandem data prepare` and `tandem data export`. Nothing is dropped, masked or changed without a manifest entry.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exportDatasetFile, prepareDataset, writePreparedDataset } from "@tandem/finetune";

const dataset = fileURLToPath(new URL("../../../datasets/kestrel/", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "tandem-prepared-"));

const prepared = await prepareDataset({
  train: join(dataset, "finetune/train.jsonl"),
  validation: join(dataset, "finetune/validation.jsonl"),
  eval: [join(dataset, "eval/qa.jsonl"), join(dataset, "eval/routing.jsonl")], // held out: checked for overlap, never written
  pii: "mask", // e-mails, phones, cards (Luhn), IBANs, IPs, API keys → <EMAIL_1>, … consistently across files
});
const manifest = await writePreparedDataset(prepared, out); // train.jsonl, validation.jsonl, manifest.json, report.md
const { counts } = manifest;
console.log(`read ${counts.input}: kept ${counts.kept}, dropped ${counts.dropped}`, counts.byReason);

const exported = await exportDatasetFile({ input: join(out, "train.jsonl"), format: "llama-factory-sharegpt" });
console.log(`${exported.counts.exported}/${exported.counts.examples} exported to ${exported.output.file}; sidecars: ${exported.sidecars.join(", ")}`);
