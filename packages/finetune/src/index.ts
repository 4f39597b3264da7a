// @tandem/finetune — fine-tuning dataset preparation.
export {
  chatExampleSchema,
  chatMessageSchema,
  loadChatExamples,
  examplePrompt,
  messageText,
  type ChatExample,
  type ChatMessage,
  type LoadedChatExamples,
} from "./readers/chat-examples";
export {
  FineTuningClient,
  isTerminal,
  jobFailure,
  ledgerFields,
  type FineTuningClientOptions,
  type StartJobOptions,
  type FollowOptions,
  type UploadOptions,
  type FineTuningJob,
} from "./jobs/fine-tuning-client";
export { resolveFineTuningConnection, type FineTuningConnection, type FineTuningConnectionInput } from "./jobs/fine-tuning-connection";
export { checkJobParameters, assertJobParameters, defaultTuningModel, type JobParameters, type JobParameterProblem, type TuningMethod } from "./jobs/job-parameters";
export { preflightTrainingFile } from "./jobs/training-file-preflight";
export { formatJobEvent, type JobEvent, type JobMetrics } from "./jobs/job-event";
export { JobLedger, type LedgerEntry } from "./jobs/job-ledger";
export { chunkSourceFromArray, type ChunkSource, type DistractorRetriever, type SourceChunk } from "./builders/chunk-source";
export { planQaGeneration, runQaGeneration, type QaGenerationOptions, type QaPlan, type QaReport } from "./builders/qa/generate-qa-dataset";
export { LocalQuestionWriter } from "./builders/qa/local-question-writer";
export {
  planRaftGeneration,
  runRaftGeneration,
  readRaftQuestions,
  type RaftGenerationOptions,
  type RaftPlan,
  type RaftQuestion,
  type RaftReport,
} from "./builders/raft/build-raft-dataset";
export { LocalCitingAnswerWriter } from "./builders/raft/local-citing-answer-writer";
export { verifyQuotedAnswer, type QuoteVerification, type QuoteProblem } from "./builders/raft/verify-quotes";
export { formatEstimate, knownPrices, type GenerationEstimate, type TokenPrices } from "./builders/generation-estimate";
export type { RunProgress, RunFailure } from "./builders/run-checkpointed";

// Dataset preparation (`tandem data prepare` / `data export`): hygiene, split, manifest, exports.
export { type CanonicalExample, type CanonicalMessage, type DatasetRecord, type PreferenceExample, type SupervisedExample, type ToolCall, isPreferenceExample } from "./dataset/canonical-example";
export { canonicalExampleJson, exampleHash } from "./hygiene/canonical-json";
export { findExactDuplicates } from "./hygiene/exact-duplicates";
export { findNearDuplicates, type NearDuplicateOptions, type NearDuplicateResult } from "./hygiene/near-duplicates";
export { findConflictingLabels } from "./hygiene/conflicting-labels";
export { findContamination, type ContaminationOptions, type ContaminationReference } from "./hygiene/contamination";
export { detectPii, type PiiKind } from "./hygiene/pii/pii-detectors";
export { PiiMasker, redactPii, type PiiOccurrence } from "./hygiene/pii/pii-masker";
export { distributionReport, type DistributionReport } from "./hygiene/distribution-report";
export { splitDataset, type SplitOptions, type SplitSide } from "./split/split-dataset";
export { prepareDataset, type PrepareOptions, type PreparedDataset } from "./prepare/prepare-dataset";
export { writePreparedDataset } from "./prepare/write-prepared-dataset";
export { renderManifestReport } from "./manifest/render-manifest-report";
export type { ManifestEntry, PrepareManifest } from "./manifest/manifest";
export { convertRecords, exportDatasetFile, type ExportFileOptions, type ExportReport } from "./export/export-dataset";
export { exportFormatIds, exportRules, type ExportFormat, type ExportFormatId } from "./export/export-format";
export { exportFormats } from "./export/export-formats";
export {
  datasetFormats,
  detectRecordFormat,
  type DatasetFormat,
  type DatasetEntry,
  type DatasetExample,
  type DatasetMessage,
  type ChatSftExample,
} from "./readers/dataset-format";
export { readDataset, detectFormat, detectLayout, type ReadDatasetOptions, type DatasetLayout } from "./readers/read-dataset";
export type { CsvColumns } from "./readers/csv-records";
export type { Finding, Severity } from "./validation/finding";
export { ruleRegistry, ruleById, type RuleDefinition, type RuleStage } from "./validation/rule-registry";
export { validateDataset, type ValidateDatasetOptions } from "./validation/validate-dataset";
export { createValidator, type Validator, type ValidatorOptions, type EntryResult } from "./validation/create-validator";
export type { ValidationReport } from "./validation/validation-report";
export { providerProfiles, resolveProfile, contextLimitFor } from "./profiles/resolve-profile";
export type { ProviderProfile, ProviderProfileInput } from "./profiles/provider-profile";
export { encodingForModel, loadTokenizer, type EncodingName, type TextTokenizer } from "./tokens/tokenizer";
export { ExampleTokenCounter, type ExampleTokens } from "./tokens/count-example-tokens";
export { defaultEpochs } from "./tokens/epochs";
export { trainingPriceTable, trainingPrice } from "./tokens/price-table";
export type { TokenReport, Distribution } from "./tokens/token-tally";
