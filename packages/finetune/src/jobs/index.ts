// @tandem/finetune/jobs — the parts of the job client: local parameter checks, the training-file preflight, job
// states and failures, and the ledger fields a job is recorded with. (`FineTuningClient` and `JobLedger` are on the
// package root.)
export { checkJobParameters, assertJobParameters, defaultTuningModel, type JobParameterProblem } from "./job-parameters";
export { preflightTrainingFile } from "./training-file-preflight";
export { isTerminal, jobFailure, ledgerFields } from "./fine-tuning-client";
