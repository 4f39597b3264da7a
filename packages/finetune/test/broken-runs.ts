// The runs of the broken-file corpus: which fixture, with which options (shared by the corpus test and its printer).
import { fileURLToPath } from "node:url";
import { providerProfiles, type ValidateDatasetOptions } from "@tandem/finetune";

export const brokenDir = fileURLToPath(new URL("./fixtures/broken/", import.meta.url));

export interface BrokenRun {
  file: string;
  options?: ValidateDatasetOptions;
}

const tinyUpload = { ...providerProfiles.openai, name: "tiny-upload", maxFileBytes: 100, largeUploadBytes: 200 } as NonNullable<ValidateDatasetOptions["profile"]>;

export const brokenRuns: Record<string, BrokenRun> = {
  encoding: { file: "encoding.jsonl" },
  "upload-size": { file: "encoding.jsonl", options: { profile: tinyUpload } },
  "json-shape": { file: "json-shape.jsonl" },
  "chat-structure": { file: "chat-structure.jsonl" },
  tools: { file: "tools.jsonl" },
  images: { file: "images.jsonl" },
  preference: { file: "preference.jsonl", options: { contextLimit: 120 } },
  "mixed-formats": { file: "mixed-formats.jsonl" },
  sharegpt: { file: "sharegpt.json" },
  alpaca: { file: "alpaca.jsonl", options: { profile: "generic" } },
  "prompt-completion": { file: "prompt-completion.jsonl" },
  csv: { file: "prompts.csv", options: { profile: "generic" } },
  "long-example": { file: "long-example.jsonl", options: { contextLimit: 100, model: "mistral-7b" } },
};
