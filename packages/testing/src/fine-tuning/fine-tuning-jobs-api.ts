// The fine-tuning jobs API of the loopback upstream, in the OpenAI shapes: create (validated like the real API,
// with OpenAI-shaped errors), retrieve, list, cancel and events, and a job that moves validating_files → queued →
// running → succeeded (or failed / cancelled) one tick at a time, so tests are fast and deterministic.
import type { ServerResponse } from "node:http";
import { fnv1a32, round } from "@tandem/core";
import type { UpstreamRoute } from "../upstream-route";
import { sendError, sendJson } from "../responses";
import type { FilesApi } from "./files-api";
import { cursorPage } from "./openai-list";
import type { SimulatedClock } from "./simulated-clock";

type Status = "validating_files" | "queued" | "running" | "succeeded" | "failed" | "cancelled";
type HyperparameterValue = number | "auto";
type Hyperparameters = Record<string, HyperparameterValue>;

/** `error` of a failed job. */
export interface JobError {
  code: string;
  message: string;
  param: string | null;
}

/** The `fine_tuning.job` object, as the API returns it. */
export interface FineTuningJobObject {
  object: "fine_tuning.job";
  id: string;
  model: string;
  created_at: number;
  finished_at: number | null;
  fine_tuned_model: string | null;
  organization_id: string;
  result_files: string[];
  status: Status;
  training_file: string;
  validation_file: string | null;
  hyperparameters: Hyperparameters;
  trained_tokens: number | null;
  error: JobError | null;
  seed: number;
  estimated_finish: number | null;
  integrations: unknown[];
  metadata: Record<string, string> | null;
  user_provided_suffix: string | null;
  method: { type: "supervised" | "dpo"; supervised?: { hyperparameters: Hyperparameters }; dpo?: { hyperparameters: Hyperparameters } };
}

/** A `fine_tuning.job.event`. */
export interface JobEventObject {
  object: "fine_tuning.job.event";
  id: string;
  created_at: number;
  level: "info" | "warn" | "error";
  message: string;
  data: Record<string, unknown> | null;
  type: "message" | "metrics";
}

interface SimulatedJob {
  job: FineTuningJobObject;
  events: JobEventObject[];
  examples: number;
  totalSteps: number;
  step: number;
  failure: { error: JobError; atStep: number } | undefined;
  trainingTokens: number;
  metricsRows: string[];
}

export interface FineTuningJobsApiOptions {
  /**
   * What moves a job forward. `requests` (default): every GET of a job or of its events advances that job one
   * tick. `manual`: only `advance()` does.
   */
  clock?: "requests" | "manual";
  /** Training steps per tick while running. Default 1. */
  stepsPerTick?: number;
  /** Base models that can be fine-tuned (any `ft:` model can be, too). Default: a list of OpenAI snapshots plus `loopback-model`. */
  models?: readonly string[];
  /** Organisation name in `fine_tuned_model`. Default "tandem". */
  organization?: string;
}

const defaultModels = [
  "gpt-4o-mini-2024-07-18",
  "gpt-4o-2024-08-06",
  "gpt-4.1-2025-04-14",
  "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano-2025-04-14",
  "gpt-3.5-turbo-0125",
  "gpt-4o-mini",
  "loopback-model",
];
const terminal = new Set<Status>(["succeeded", "failed", "cancelled"]);
const secondsPerTick = 30;
const maxSeed = 2_147_483_647;

class RequestError extends Error {
  constructor(
    message: string,
    readonly param: string | null,
    readonly code: string | null = "invalid_value",
    readonly status = 400,
  ) {
    super(message);
  }
}

/** The cookbook's default-epoch heuristic (what `n_epochs: "auto"` resolves to). */
function autoEpochs(examples: number): number {
  if (examples * 3 < 100) return Math.min(25, Math.floor(100 / examples));
  if (examples * 3 > 25_000) return Math.max(1, Math.floor(25_000 / examples));
  return 3;
}

/** Deterministic noise in [-0.05, 0.05) so loss curves are not perfectly smooth. */
function noise(key: string): number {
  return ((fnv1a32(key) % 1000) / 1000 - 0.5) / 10;
}

export class FineTuningJobsApi {
  readonly jobs = new Map<string, SimulatedJob>();
  private created = 0;
  private eventCount = 0;
  private readonly failures: { error: JobError; atStep: number }[] = [];
  private readonly models: readonly string[];
  private readonly organization: string;
  private readonly stepsPerTick: number;
  private readonly advanceOnRequest: boolean;

  constructor(
    private readonly clock: SimulatedClock,
    private readonly files: FilesApi,
    options: FineTuningJobsApiOptions = {},
  ) {
    this.models = options.models ?? defaultModels;
    this.organization = options.organization ?? "tandem";
    this.stepsPerTick = options.stepsPerTick ?? 1;
    this.advanceOnRequest = (options.clock ?? "requests") === "requests";
  }

  /** The next job created fails with this error at training step `atStep` (0: while validating files). */
  failNextJob(error: JobError, options: { atStep?: number } = {}): void {
    this.failures.push({ error, atStep: options.atStep ?? 0 });
  }

  /** Moves one job (or every unfinished job) forward by `ticks`. */
  advance(jobId?: string, ticks = 1): void {
    const targets = jobId ? [this.jobs.get(jobId)].filter((job) => job !== undefined) : [...this.jobs.values()];
    for (let tick = 0; tick < ticks; tick += 1) {
      this.clock.advance(secondsPerTick);
      for (const job of targets) this.tick(job);
    }
  }

  routes(): UpstreamRoute[] {
    const idOf = (path: string) => path.split("/")[3] ?? "";
    return [
      { method: "POST", pattern: /^\/fine_tuning\/jobs$/, fault: "fine-tuning", handle: ({ response, body }) => this.create(response, body) },
      {
        method: "GET",
        pattern: /^\/fine_tuning\/jobs$/,
        fault: "fine-tuning",
        handle: ({ response, query }) => cursorPage(response, [...this.jobs.values()].map((job) => job.job).reverse(), query),
      },
      {
        method: "GET",
        pattern: /^\/fine_tuning\/jobs\/[^/]+$/,
        fault: "fine-tuning",
        handle: ({ response, path }) => {
          const job = this.lookup(response, idOf(path));
          if (!job) return;
          if (this.advanceOnRequest) this.advance(job.job.id);
          sendJson(response, 200, job.job);
        },
      },
      {
        method: "GET",
        pattern: /^\/fine_tuning\/jobs\/[^/]+\/events$/,
        fault: "fine-tuning",
        handle: ({ response, path, query }) => {
          const job = this.lookup(response, idOf(path));
          if (!job) return;
          if (this.advanceOnRequest) this.advance(job.job.id);
          // Newest first, as the real API lists them; `after` pages towards older events.
          cursorPage(response, [...job.events].reverse(), query);
        },
      },
      {
        method: "POST",
        pattern: /^\/fine_tuning\/jobs\/[^/]+\/cancel$/,
        fault: "fine-tuning",
        handle: ({ response, path }) => {
          const job = this.lookup(response, idOf(path));
          if (!job) return;
          if (terminal.has(job.job.status)) {
            sendError(response, 400, `Job ${job.job.id} has already ${job.job.status === "cancelled" ? "been cancelled" : job.job.status}.`, "invalid_request_error", "invalid_state", null);
            return;
          }
          job.job.status = "cancelled";
          job.job.finished_at = this.clock.now();
          job.job.estimated_finish = null;
          this.emit(job, "info", "Fine-tuning job cancelled");
          sendJson(response, 200, job.job);
        },
      },
    ];
  }

  private lookup(response: ServerResponse, id: string): SimulatedJob | undefined {
    const job = this.jobs.get(id);
    if (!job) sendError(response, 404, `No such fine-tuning job: ${id}`, "invalid_request_error", "not_found", "fine_tuning_job_id");
    return job;
  }

  private create(response: ServerResponse, body: unknown): void {
    try {
      const job = this.validate(body);
      this.jobs.set(job.job.id, job);
      this.emit(job, "info", `Created fine-tuning job: ${job.job.id}`);
      this.emit(job, "info", `Validating training file: ${job.job.training_file}${job.job.validation_file ? ` and validation file: ${job.job.validation_file}` : ""}`);
      sendJson(response, 200, job.job);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      sendError(response, error.status, error.message, "invalid_request_error", error.code, error.param);
    }
  }

  /** Validates a create request like the real API, in its order; throws the first problem. */
  private validate(body: unknown): SimulatedJob {
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new RequestError("The request body must be a JSON object.", null, null);
    const request = body as Record<string, unknown>;
    const known = new Set(["model", "training_file", "validation_file", "suffix", "seed", "method", "hyperparameters", "metadata", "integrations"]);
    for (const key of Object.keys(request)) if (!known.has(key)) throw new RequestError(`Unrecognized request argument supplied: ${key}`, key, "unknown_parameter");
    const { model, training_file: trainingFile, validation_file: validationFile, suffix, seed } = request;
    if (typeof model !== "string" || model === "") throw new RequestError("Missing required parameter: 'model'.", "model", "missing_required_parameter");
    if (typeof trainingFile !== "string" || trainingFile === "") {
      throw new RequestError("Missing required parameter: 'training_file'.", "training_file", "missing_required_parameter");
    }
    if (!model.startsWith("ft:") && !this.models.includes(model)) {
      throw new RequestError(`Model ${model} is not available for fine-tuning or does not exist.`, "model", "model_not_available");
    }
    const training = this.usableFile(trainingFile, "training_file");
    if (validationFile !== undefined && validationFile !== null) {
      if (typeof validationFile !== "string") throw new RequestError("Invalid type for 'validation_file': expected a string.", "validation_file", "invalid_type");
      this.usableFile(validationFile, "validation_file");
    }
    if (suffix !== undefined && suffix !== null && (typeof suffix !== "string" || suffix.length < 1 || suffix.length > 64)) {
      throw new RequestError("Invalid 'suffix': string must be 1 to 64 characters long.", "suffix", "invalid_value");
    }
    if (seed !== undefined && seed !== null && (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > maxSeed)) {
      throw new RequestError(`Invalid 'seed': expected an integer between 0 and ${maxSeed}.`, "seed", "invalid_value");
    }
    const { type, hyperparameters } = this.method(request);
    const examples = training.content.toString("utf8").split(/\r?\n/).filter((line) => line.trim() !== "").length;
    const failure = this.failures.shift();
    this.created += 1;
    const id = `ftjob-${fnv1a32(`job:${this.created}`).toString(36).padStart(7, "0").slice(0, 7)}${this.created}`;
    const now = this.clock.now();
    return {
      job: {
        object: "fine_tuning.job",
        id,
        model,
        created_at: now,
        finished_at: null,
        fine_tuned_model: null,
        organization_id: `org-${this.organization}`,
        result_files: [],
        status: "validating_files",
        training_file: trainingFile,
        validation_file: typeof validationFile === "string" ? validationFile : null,
        hyperparameters,
        trained_tokens: null,
        error: null,
        seed: typeof seed === "number" ? seed : fnv1a32(id) % maxSeed,
        estimated_finish: null,
        integrations: [],
        metadata: (request.metadata as Record<string, string> | undefined) ?? null,
        user_provided_suffix: typeof suffix === "string" ? suffix : null,
        method: type === "dpo" ? { type, dpo: { hyperparameters } } : { type, supervised: { hyperparameters } },
      },
      events: [],
      examples,
      totalSteps: 0,
      step: 0,
      failure,
      trainingTokens: Math.ceil(training.content.length / 4),
      metricsRows: [],
    };
  }

  private usableFile(id: string, param: string) {
    const file = this.files.files.get(id);
    if (!file) throw new RequestError(`invalid ${param}: ${id}`, param, "invalid_file");
    if (file.object.purpose !== "fine-tune") {
      throw new RequestError(`File ${id} has purpose '${file.object.purpose}'; fine-tuning files need purpose 'fine-tune'.`, param, "invalid_file_purpose");
    }
    if (file.object.status === "uploaded") throw new RequestError(`File ${id} is still being processed and is not ready for fine-tuning yet.`, param, "file_not_ready");
    if (file.object.status === "error") throw new RequestError(`File ${id} failed processing: ${file.object.status_details}`, param, "invalid_file");
    return file;
  }

  private method(request: Record<string, unknown>): { type: "supervised" | "dpo"; hyperparameters: Hyperparameters } {
    const method = request.method as { type?: unknown; supervised?: { hyperparameters?: unknown }; dpo?: { hyperparameters?: unknown } } | undefined;
    const type = method?.type ?? "supervised";
    if (type === "reinforcement") throw new RequestError("The loopback upstream does not simulate reinforcement fine-tuning.", "method.type", "unsupported_value");
    if (type !== "supervised" && type !== "dpo") throw new RequestError(`Invalid 'method.type': expected 'supervised', 'dpo' or 'reinforcement', got ${String(type)}.`, "method.type");
    const given = (type === "dpo" ? method?.dpo?.hyperparameters : method?.supervised?.hyperparameters) ?? request.hyperparameters ?? {};
    const ranges: Record<string, { test: (value: number) => boolean; text: string }> = {
      n_epochs: { test: (value) => Number.isInteger(value) && value >= 1 && value <= 50, text: "an integer between 1 and 50" },
      batch_size: { test: (value) => Number.isInteger(value) && value >= 1 && value <= 256, text: "an integer between 1 and 256" },
      learning_rate_multiplier: { test: (value) => value > 0, text: "a number greater than 0" },
      ...(type === "dpo" ? { beta: { test: (value: number) => value > 0 && value <= 2, text: "a number greater than 0 and at most 2" } } : {}),
    };
    const hyperparameters: Hyperparameters = {};
    for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
      const range = ranges[key];
      const param = `method.${type}.hyperparameters.${key}`;
      if (!range) throw new RequestError(`Unrecognized hyperparameter for ${type} fine-tuning: ${key}`, param, "unknown_parameter");
      if (value !== "auto" && (typeof value !== "number" || !range.test(value))) throw new RequestError(`Invalid '${key}': expected 'auto' or ${range.text}, got ${JSON.stringify(value)}.`, param);
      hyperparameters[key] = value as HyperparameterValue;
    }
    return { type, hyperparameters: { n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto", ...(type === "dpo" ? { beta: "auto" } : {}), ...hyperparameters } };
  }

  private emit(job: SimulatedJob, level: JobEventObject["level"], message: string, data: Record<string, unknown> | null = null): void {
    this.eventCount += 1;
    job.events.push({
      object: "fine_tuning.job.event",
      id: `ftevent-${this.eventCount.toString().padStart(8, "0")}`,
      created_at: this.clock.now(),
      level,
      message,
      data,
      type: data ? "metrics" : "message",
    });
  }

  private fail(job: SimulatedJob, error: JobError): void {
    job.job.status = "failed";
    job.job.error = error;
    job.job.finished_at = this.clock.now();
    job.job.estimated_finish = null;
    this.emit(job, "error", error.message);
  }

  private tick(job: SimulatedJob): void {
    const state = job.job;
    if (terminal.has(state.status)) return;
    if (state.status === "validating_files") {
      const problem = this.contentProblem(job);
      if (problem) return this.fail(job, problem);
      if (job.failure?.atStep === 0) return this.fail(job, job.failure.error);
      state.status = "queued";
      this.emit(job, "info", "Files validated, moving job to queued state");
      return;
    }
    if (state.status === "queued") {
      this.start(job);
      return;
    }
    for (let count = 0; count < this.stepsPerTick && state.status === "running"; count += 1) this.trainStep(job);
  }

  private start(job: SimulatedJob): void {
    const state = job.job;
    const given = state.hyperparameters;
    const epochs = given.n_epochs === "auto" || given.n_epochs === undefined ? autoEpochs(job.examples) : given.n_epochs;
    const batch = given.batch_size === "auto" || given.batch_size === undefined ? Math.max(1, Math.min(256, Math.ceil(job.examples * 0.002))) : given.batch_size;
    const resolved: Hyperparameters = {
      n_epochs: epochs,
      batch_size: batch,
      learning_rate_multiplier: given.learning_rate_multiplier === "auto" || given.learning_rate_multiplier === undefined ? 1.8 : given.learning_rate_multiplier,
      ...(state.method.type === "dpo" ? { beta: given.beta === "auto" || given.beta === undefined ? 0.1 : given.beta } : {}),
    };
    state.hyperparameters = resolved;
    state.method = state.method.type === "dpo" ? { type: "dpo", dpo: { hyperparameters: resolved } } : { type: "supervised", supervised: { hyperparameters: resolved } };
    job.totalSteps = Math.ceil(job.examples / batch) * epochs;
    state.status = "running";
    state.estimated_finish = this.clock.now() + Math.ceil(job.totalSteps / this.stepsPerTick) * secondsPerTick;
    this.emit(job, "info", "Fine-tuning job started");
  }

  private trainStep(job: SimulatedJob): void {
    const state = job.job;
    job.step += 1;
    const step = job.step;
    if (job.failure && job.failure.atStep > 0 && step >= job.failure.atStep) return this.fail(job, job.failure.error);
    const progress = step / job.totalSteps;
    const trainLoss = Math.max(0.01, 2.2 * Math.exp(-2.5 * progress) + noise(`${state.id}:${step}`));
    const accuracy = Math.min(0.99, 0.45 + 0.5 * progress + noise(`${state.id}:accuracy:${step}`) / 2);
    const data: Record<string, unknown> = { step, train_loss: round(trainLoss), total_steps: job.totalSteps, train_mean_token_accuracy: round(accuracy) };
    if (state.validation_file) {
      data.valid_loss = round(trainLoss * 1.1 + 0.05);
      data.valid_mean_token_accuracy = round(accuracy * 0.95);
      if (step === job.totalSteps) {
        data.full_valid_loss = round(trainLoss * 1.12 + 0.05);
        data.full_valid_mean_token_accuracy = round(accuracy * 0.94);
      }
    }
    this.emit(job, "info", `Step ${step}/${job.totalSteps}: training loss=${trainLoss.toFixed(4)}${data.valid_loss === undefined ? "" : `, validation loss=${Number(data.valid_loss).toFixed(4)}`}`, data);
    job.metricsRows.push([step, data.train_loss, data.train_mean_token_accuracy, data.valid_loss ?? "", data.valid_mean_token_accuracy ?? ""].join(","));
    const epochs = Number(state.hyperparameters.n_epochs);
    const stepsPerEpoch = job.totalSteps / epochs;
    if (Number.isInteger(stepsPerEpoch) && step % stepsPerEpoch === 0 && step / stepsPerEpoch > epochs - 3) {
      this.emit(job, "info", `Checkpoint created at step ${step}`);
    }
    if (step < job.totalSteps) return;
    const suffix = state.user_provided_suffix ?? "";
    state.fine_tuned_model = `ft:${state.model}:${this.organization}:${suffix}:${state.id.slice("ftjob-".length, "ftjob-".length + 8)}`;
    state.trained_tokens = job.trainingTokens * epochs;
    const results = this.files.addFile("step_metrics.csv", "fine-tune-results", Buffer.from(`step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n${job.metricsRows.join("\n")}\n`));
    state.result_files = [results.id];
    state.status = "succeeded";
    state.finished_at = this.clock.now();
    state.estimated_finish = null;
    this.emit(job, "info", `New fine-tuned model created: ${state.fine_tuned_model}`);
    this.emit(job, "info", "The job has successfully completed");
  }

  /** What the server's file validation finds wrong with the job's files for its method, if anything. */
  private contentProblem(job: SimulatedJob): JobError | undefined {
    const check = (fileId: string | null, param: "training_file" | "validation_file"): JobError | undefined => {
      if (!fileId) return undefined;
      const file = this.files.files.get(fileId);
      if (!file) return { code: `invalid_${param}`, message: `The job failed because the ${param.replace("_", " ")} ${fileId} was deleted.`, param };
      const lines = file.content.toString("utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
      const label = param === "training_file" ? "training" : "validation";
      if (param === "training_file" && lines.length < 10) {
        return { code: "invalid_training_file", message: `The job failed due to an invalid training file. Training file has ${lines.length} example(s), but must have at least 10 examples.`, param };
      }
      const dpo = job.job.method.type === "dpo";
      for (const [index, line] of lines.entries()) {
        const row = JSON.parse(line) as Record<string, unknown>;
        const ok = dpo
          ? typeof row.input === "object" && Array.isArray(row.preferred_output) && Array.isArray(row.non_preferred_output)
          : Array.isArray(row.messages) && (row.messages as { role?: string }[]).some((message) => message?.role === "assistant");
        if (!ok) {
          const expected = dpo ? "`input`, `preferred_output` and `non_preferred_output`" : "a `messages` list with an assistant message";
          return { code: `invalid_${param}`, message: `The job failed due to an invalid ${label} file. Example ${index + 1} must have ${expected} for ${job.job.method.type} fine-tuning.`, param };
        }
      }
      return undefined;
    };
    return check(job.job.training_file, "training_file") ?? check(job.job.validation_file, "validation_file");
  }
}
