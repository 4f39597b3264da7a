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
