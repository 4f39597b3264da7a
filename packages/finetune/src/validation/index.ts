// @tandem/finetune/validation — what `validateDataset` is made of: the rule registry (RULES.md is kept in step with
// it), provider profiles, format and layout detection, and the streaming validator for records read elsewhere.
export { ruleRegistry, ruleById, type RuleDefinition, type RuleStage } from "./rule-registry";
export { createValidator, type Validator, type ValidatorOptions, type EntryResult } from "./create-validator";
export { resolveProfile, contextLimitFor } from "../profiles/resolve-profile";
export type { ProviderProfile, ProviderProfileInput } from "../profiles/provider-profile";
export { detectLayout, type DatasetLayout } from "../readers/read-dataset";
export type { CsvColumns } from "../readers/csv-records";
