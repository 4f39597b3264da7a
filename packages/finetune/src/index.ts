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
  datasetFormats,
  detectRecordFormat,
  type DatasetFormat,
  type DatasetEntry,
  type DatasetExample,
  type DatasetMessage,
  type ChatSftExample,
  type PreferenceExample,
  type ToolCall,
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
