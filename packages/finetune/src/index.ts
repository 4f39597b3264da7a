// @tandem/finetune — fine-tuning data: read, validate, prepare, export and generate datasets; run fine-tuning jobs.
// Advanced parts, by subpath: `@tandem/finetune/hygiene` (dedup, conflicts, contamination, PII, split),
// `/export` (the formats), `/validation` (rules, profiles, the streaming validator), `/tokens` (tokenizers, counts,
// epochs, prices), `/jobs` (job parameters and states), `/builders` (quote verification, generation prices).
export { loadChatExamples, examplePrompt, type LoadedChatExamples } from "./readers/chat-examples";
export { isPreferenceExample, type CanonicalExample, type CanonicalMessage, type SupervisedExample, type PreferenceExample, type ToolCall, type DatasetRecord } from "./dataset/canonical-example";
export { datasetFormats, detectRecordFormat, type DatasetFormat, type DatasetEntry } from "./readers/dataset-format";
export { readDataset, detectFormat, type ReadDatasetOptions } from "./readers/read-dataset";
export { validateDataset, type ValidateDatasetOptions } from "./validation/validate-dataset";
export type { ValidationReport } from "./validation/validation-report";
export type { Finding, Severity } from "./validation/finding";
export { providerProfiles } from "./profiles/resolve-profile";
export { prepareDataset, type PrepareOptions, type PreparedDataset } from "./prepare/prepare-dataset";
export { writePreparedDataset } from "./prepare/write-prepared-dataset";
export { renderManifestReport } from "./manifest/render-manifest-report";
export type { ManifestEntry, PrepareManifest } from "./manifest/manifest";
export { exportDatasetFile, type ExportFileOptions, type ExportReport } from "./export/export-dataset";
export { exportFormatIds, exportRules, type ExportFormatId } from "./export/export-format";
export { chunkSourceFromArray, type ChunkSource, type DistractorRetriever, type SourceChunk } from "./builders/chunk-source";
export { planQaGeneration, runQaGeneration, type QaGenerationOptions, type QaPlan, type QaReport } from "./builders/qa/generate-qa-dataset";
export { LocalQuestionWriter } from "./builders/qa/local-question-writer";
export { planRaftGeneration, runRaftGeneration, readRaftQuestions, type RaftGenerationOptions, type RaftPlan, type RaftQuestion, type RaftReport } from "./builders/raft/build-raft-dataset";
export { LocalCitingAnswerWriter } from "./builders/raft/local-citing-answer-writer";
export { formatEstimate, type GenerationEstimate, type TokenPrices } from "./builders/generation-estimate";
export type { RunProgress, RunFailure } from "./builders/run-checkpointed";
export { FineTuningClient, type FineTuningClientOptions, type StartJobOptions, type FollowOptions, type UploadOptions, type FineTuningJob } from "./jobs/fine-tuning-client";
export { resolveFineTuningConnection, type FineTuningConnection, type FineTuningConnectionInput } from "./jobs/fine-tuning-connection";
export { JobLedger, type LedgerEntry } from "./jobs/job-ledger";
export { formatJobEvent, type JobEvent, type JobMetrics } from "./jobs/job-event";
export type { JobParameters, TuningMethod } from "./jobs/job-parameters";
