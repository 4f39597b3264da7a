import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestOutput, PrepareManifest } from "../manifest/manifest";
import { renderManifestReport } from "../manifest/render-manifest-report";
import { splitSides } from "../split/split-dataset";
import type { PreparedDataset } from "./prepare-dataset";
import { fileDigest } from "../dataset/file-digest";
import { writeJsonl } from "../dataset/write-jsonl";

/**
 * Writes a prepared dataset into `directory`: `train.jsonl`, `validation.jsonl` (and `eval.jsonl`), then
 * `manifest.json` (with the output files' sha256 and counts) and `report.md`. Returns the completed manifest.
 */
export async function writePreparedDataset(prepared: PreparedDataset, directory: string): Promise<PrepareManifest> {
  mkdirSync(directory, { recursive: true });
  const outputs: ManifestOutput[] = [];
  for (const side of splitSides) {
    const records = prepared.sides[side];
    if (!records) continue;
    const file = join(directory, `${side}.jsonl`);
    writeJsonl(file, records.map((record) => record.example));
    outputs.push({ side, file, ...(await fileDigest(file)), examples: records.length });
  }
  const manifest: PrepareManifest = { ...prepared.manifest, outputs };
  writeFileSync(join(directory, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(directory, "report.md"), renderManifestReport(manifest));
  return manifest;
}
