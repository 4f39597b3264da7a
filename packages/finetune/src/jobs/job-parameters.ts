// Local preflight of a fine-tuning job's parameters, with the ranges of the OpenAI API, checked BEFORE anything is
// uploaded or paid for, collecting every problem (never stopping at the first).
import { TandemError } from "@tandem/core";

export type TuningMethod = "supervised" | "dpo";

/** What to train. Hyperparameters left out are "auto" (the provider picks). */
export interface JobParameters {
  /** Base model: a fine-tunable snapshot or a previous `ft:` model. Default `gpt-4o-mini-2024-07-18`. */
  model?: string;
  /** `supervised` (chat SFT JSONL) or `dpo` (preference JSONL). Default `supervised`. */
  method?: TuningMethod;
  /** Passes over the training file, 1–50 or "auto". Default "auto". */
  epochs?: number | "auto";
  /** Examples per batch, 1–256 or "auto". Default "auto". */
  batchSize?: number | "auto";
  /** Scaling factor of the learning rate, > 0 or "auto". Default "auto". */
  learningRateMultiplier?: number | "auto";
  /** DPO only: weight of the preference loss, in (0, 2] or "auto". Default "auto". */
  beta?: number | "auto";
  /** Up to 64 characters added to the tuned model's name. Default none. */
  suffix?: string;
  /** Seed for reproducibility, 0–2147483647. Default: the provider picks one. */
  seed?: number;
  /** Up to 16 key-value pairs stored on the job (keys ≤ 64, values ≤ 512 characters). */
  metadata?: Record<string, string>;
}

/** One problem with a parameter: which one (`field` of JobParameters), its API parameter, and why. */
export interface JobParameterProblem {
  field: keyof JobParameters;
  /** The API request parameter, e.g. `method.supervised.hyperparameters.n_epochs`. */
  param: string;
  message: string;
}

export const defaultTuningModel = "gpt-4o-mini-2024-07-18";
export const maxSeed = 2_147_483_647;

interface Range {
  field: keyof JobParameters;
  apiName: string;
  integer: boolean;
  test: (value: number) => boolean;
  text: string;
}

const ranges: Range[] = [
  { field: "epochs", apiName: "n_epochs", integer: true, test: (value) => value >= 1 && value <= 50, text: "a whole number from 1 to 50" },
  { field: "batchSize", apiName: "batch_size", integer: true, test: (value) => value >= 1 && value <= 256, text: "a whole number from 1 to 256" },
  { field: "learningRateMultiplier", apiName: "learning_rate_multiplier", integer: false, test: (value) => value > 0, text: "a number greater than 0" },
  { field: "beta", apiName: "beta", integer: false, test: (value) => value > 0 && value <= 2, text: "a number greater than 0 and at most 2" },
];

/** Every problem with the parameters (an empty list when they are fine). */
export function checkJobParameters(parameters: JobParameters): JobParameterProblem[] {
  const problems: JobParameterProblem[] = [];
  const method = parameters.method ?? "supervised";
  if (method !== "supervised" && method !== "dpo") {
    problems.push({ field: "method", param: "method.type", message: `method must be "supervised" or "dpo", not ${JSON.stringify(method)}` });
  }
  if (parameters.model !== undefined && parameters.model.trim() === "") problems.push({ field: "model", param: "model", message: "model must not be empty" });
  for (const range of ranges) {
    const value = parameters[range.field];
    if (value === undefined || value === "auto") continue;
    const param = `method.${method}.hyperparameters.${range.apiName}`;
    if (range.field === "beta" && method !== "dpo") {
      problems.push({ field: "beta", param, message: "beta applies to DPO only (method dpo)" });
      continue;
    }
    if (typeof value !== "number" || !Number.isFinite(value) || (range.integer && !Number.isInteger(value)) || !range.test(value)) {
      problems.push({ field: range.field, param, message: `${range.apiName} must be "auto" or ${range.text}, not ${JSON.stringify(value)}` });
    }
  }
  if (parameters.suffix !== undefined && (parameters.suffix.length < 1 || parameters.suffix.length > 64)) {
    problems.push({ field: "suffix", param: "suffix", message: `suffix must be 1 to 64 characters long (it has ${parameters.suffix.length})` });
  }
  const seed = parameters.seed;
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > maxSeed)) {
    problems.push({ field: "seed", param: "seed", message: `seed must be a whole number from 0 to ${maxSeed}, not ${seed}` });
  }
  const metadata = Object.entries(parameters.metadata ?? {});
  if (metadata.length > 16) problems.push({ field: "metadata", param: "metadata", message: `metadata holds at most 16 pairs (it has ${metadata.length})` });
  for (const [key, value] of metadata) {
    if (key.length > 64 || value.length > 512) {
      problems.push({ field: "metadata", param: `metadata.${key}`, message: "metadata keys are at most 64 characters and values at most 512" });
    }
  }
  return problems;
}

/** Throws one INPUT_INVALID error listing every problem, when there is any. */
export function assertJobParameters(parameters: JobParameters, describeField: (field: keyof JobParameters) => string = String): void {
  const problems = checkJobParameters(parameters);
  const first = problems[0];
  if (!first) return;
  throw new TandemError({
    code: "INPUT_INVALID",
    path: first.param,
    message: `${problems.length} invalid job parameter(s); nothing was uploaded:\n  ${problems.map((problem) => `${describeField(problem.field)}: ${problem.message}`).join("\n  ")}`,
    hint: "fix the values listed; ranges follow the OpenAI fine-tuning API",
  });
}

/** The hyperparameters object of a create request (only the ones given). */
export function hyperparameters(parameters: JobParameters): Record<string, number | "auto"> {
  const result: Record<string, number | "auto"> = {};
  for (const range of ranges) {
    const value = parameters[range.field];
    if (value !== undefined && (range.field !== "beta" || parameters.method === "dpo")) result[range.apiName] = value as number | "auto";
  }
  return result;
}
