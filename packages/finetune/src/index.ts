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
