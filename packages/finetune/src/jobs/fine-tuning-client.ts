// A fine-tuning job client for any OpenAI-compatible API (OpenAI, Azure OpenAI, Together, Fireworks, local
// trainers that serve the same routes), on the official `openai` SDK: upload and wait for processing, create with
// local preflight, follow events (resumable), cancel. Errors come back as TandemErrors that say what to do.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { TandemError } from "@tandem/core";
import OpenAI from "openai";
import type { FileObject } from "openai/resources/files";
import type { FineTuningJob, JobCreateParams } from "openai/resources/fine-tuning/jobs/jobs";
import { type JobEvent, toJobEvent } from "./job-event";
import type { JobLedger, LedgerEntry } from "./job-ledger";
import { assertJobParameters, defaultTuningModel, hyperparameters, type JobParameters } from "./job-parameters";
import { preflightTrainingFile } from "./training-file-preflight";

export type { FineTuningJob } from "openai/resources/fine-tuning/jobs/jobs";
export type { FileObject } from "openai/resources/files";

export interface FineTuningClientOptions {
  /** Base URL of the API, e.g. `https://api.openai.com/v1`. Default: OpenAI. */
  baseURL?: string;
  /** API key. Default none (some local trainers need none). */
  apiKey?: string;
  /** Retries per request on 429, 5xx and connection errors, with backoff honouring `retry-after`. Default 4. */
  maxRetries?: number;
  /** Timeout of one request in milliseconds. Default 60000. */
  timeoutMs?: number;
  /** First interval between polls (file processing, events). Default 5000 ms (openai-node's own default). */
  pollIntervalMs?: number;
  /** Longest interval between polls while nothing happens (the interval grows by half each quiet poll). Default 60000 ms. */
  maxPollIntervalMs?: number;
  /** How long to wait for an uploaded file to be processed. Default 30 minutes. */
  processingTimeoutMs?: number;
  /** Consecutive failed polls (after the SDK's own retries) a follow survives before giving up. Default 5. */
  maxFailedPolls?: number;
  /** Events fetched per page. Default 50. */
  pageSize?: number;
  /** A ready client (tests, custom fetch). */
  client?: OpenAI;
}

export interface UploadOptions {
  /** SHA-256 of the file's content, when the caller has it. */
  sha256?: string;
  /** Upload purpose. Default `fine-tune`. */
  purpose?: "fine-tune";
  /** Reuse a file with the same content already uploaded to this API (recorded in the ledger). */
  ledger?: JobLedger;
  onProgress?: (message: string) => void;
}

export interface StartJobOptions extends JobParameters {
  /** Training data (chat SFT JSONL for supervised, preference JSONL for dpo). */
  trainingFile: string;
  /** Validation data, same format; its tokens are not billed. */
  validationFile?: string;
  /** Records the job (and uploads) so status and following survive restarts. */
  ledger?: JobLedger;
  /** Start even when the ledger holds an active job from the same files and parameters. Default false. */
  allowDuplicate?: boolean;
  onProgress?: (message: string) => void;
}

export interface FollowOptions {
  /** Deliver events after this event id (the ledger's cursor). Default: from the first event. */
  after?: string;
  /** Moves the ledger's cursor past each event once the consumer has taken it. */
  ledger?: JobLedger;
  /** Called with the job after every status poll. */
  onJob?: (job: FineTuningJob) => void;
  /** Called when a poll failed and will be retried. */
  onRetry?: (error: TandemError, attempt: number) => void;
  signal?: AbortSignal;
}

const terminalStatuses = new Set(["succeeded", "failed", "cancelled"]);

/** True for a job that will not change any more. */
export function isTerminal(job: Pick<FineTuningJob, "status">): boolean {
  return terminalStatuses.has(job.status);
}

export class FineTuningClient {
  readonly baseURL: string;
  private readonly client: OpenAI;
  private readonly pollIntervalMs: number;
  private readonly maxPollIntervalMs: number;
  private readonly processingTimeoutMs: number;
  private readonly maxFailedPolls: number;
  private readonly pageSize: number;

  constructor(options: FineTuningClientOptions = {}) {
    this.client =
      options.client ??
      new OpenAI({
        apiKey: options.apiKey ?? "no-key",
        ...(options.baseURL ? { baseURL: options.baseURL } : {}),
        maxRetries: options.maxRetries ?? 4,
        timeout: options.timeoutMs ?? 60_000,
      });
    this.baseURL = this.client.baseURL;
    this.pollIntervalMs = options.pollIntervalMs ?? 5000;
    this.maxPollIntervalMs = options.maxPollIntervalMs ?? 60_000;
    this.processingTimeoutMs = options.processingTimeoutMs ?? 30 * 60_000;
    this.maxFailedPolls = options.maxFailedPolls ?? 5;
    this.pageSize = options.pageSize ?? 50;
  }

  /** Uploads a file and waits until the API has processed it; a processing failure is an error naming the file. */
  async upload(file: string, options: UploadOptions = {}): Promise<FileObject> {
    const sha256 = options.sha256 ?? sha256File(file);
    const known = options.ledger?.findUpload(this.baseURL, sha256);
    if (known) {
      const existing = await this.client.files.retrieve(known.fileId).catch(() => undefined);
      if (existing?.status === "processed") {
        options.onProgress?.(`reusing ${existing.id} (same content as ${file}, uploaded ${known.uploadedAt})`);
        return existing;
      }
      options.ledger?.forgetUpload(this.baseURL, known.fileId);
    }
    options.onProgress?.(`uploading ${file}…`);
    const uploaded = await this.call(`upload ${file}`, () => this.client.files.create({ file: createReadStream(file), purpose: options.purpose ?? "fine-tune" }));
    options.onProgress?.(`uploaded ${uploaded.id} (${uploaded.bytes} bytes); waiting for the API to process it…`);
    let processed: FileObject;
    try {
      processed = await this.client.files.waitForProcessing(uploaded.id, { pollInterval: this.pollIntervalMs, maxWait: this.processingTimeoutMs });
    } catch (error) {
      if (error instanceof OpenAI.APIConnectionTimeoutError) {
        throw new TandemError({
          code: "TIMEOUT",
          file,
          message: `${uploaded.id} was not processed within ${this.processingTimeoutMs < 1000 ? `${this.processingTimeoutMs} ms` : `${Math.round(this.processingTimeoutMs / 1000)} s`}`,
          hint: "the provider is slow; try again later (the upload is reused when the content is unchanged)",
          cause: error,
        });
      }
      throw toTuningError(error, `wait for ${uploaded.id}`);
    }
    if (processed.status !== "processed") {
      throw new TandemError({
        code: "INPUT_INVALID",
        file,
        message: `the API could not process ${file} (${processed.id}, status ${processed.status}): ${processed.status_details ?? "no details given"}`,
        hint: "run `tandem data validate` on the file, fix it and start again",
      });
    }
    options.ledger?.recordUpload({ baseURL: this.baseURL, sha256, fileId: processed.id, path: file, uploadedAt: new Date().toISOString() });
    return processed;
  }

  /**
   * Starts a job: checks the parameters and the files locally first (nothing is uploaded when they are wrong),
   * uploads and waits for processing, creates the job, and records it in the ledger.
   */
  async start(options: StartJobOptions): Promise<FineTuningJob> {
    const method = options.method ?? "supervised";
    assertJobParameters(options);
    preflightTrainingFile(options.trainingFile, method, "training");
    if (options.validationFile) preflightTrainingFile(options.validationFile, method, "validation");

    const trainingHash = sha256File(options.trainingFile);
    const validationHash = options.validationFile ? sha256File(options.validationFile) : undefined;
    const requestKey = createHash("sha256").update(JSON.stringify([this.baseURL, trainingHash, validationHash ?? null, parameterKey(options)])).digest("hex");
    const duplicate = options.ledger?.list().find((entry) => entry.requestKey === requestKey && !["failed", "cancelled"].includes(entry.status));
    if (duplicate && !options.allowDuplicate) {
      throw new TandemError({
        code: "INPUT_INVALID",
        message: `job ${duplicate.id} was already started from the same files and parameters (status ${duplicate.status}, ${duplicate.createdAt})`,
        hint: `follow it with \`tandem tune events ${duplicate.id} --follow\`, or pass --force to start another (and pay again)`,
      });
    }

    const uploadOptions = { ...(options.ledger ? { ledger: options.ledger } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
    const training = await this.upload(options.trainingFile, { ...uploadOptions, sha256: trainingHash });
    const validation = options.validationFile ? await this.upload(options.validationFile, { ...uploadOptions, sha256: validationHash as string }) : undefined;
    const job = await this.create({ ...options, trainingFileId: training.id, ...(validation ? { validationFileId: validation.id } : {}) });
    options.ledger?.upsert({
      ...ledgerFields(job, this.baseURL),
      trainingFile: { id: training.id, path: options.trainingFile, sha256: trainingHash },
      ...(validation && options.validationFile && validationHash ? { validationFile: { id: validation.id, path: options.validationFile, sha256: validationHash } } : {}),
      ...(options.suffix ? { suffix: options.suffix } : {}),
      requestKey,
    });
    options.onProgress?.(`created ${job.id} on ${this.baseURL} (${job.status})`);
    return job;
  }

  /**
   * Creates a job on already-processed files (parameters are checked locally first). A create is not safe to
   * repeat blindly: a 5xx, a timeout or a dropped connection can come after the provider created the job. So this
   * retries it itself (up to `maxRetries`, honouring `retry-after`), and before each retry after such a failure it
   * looks for a job created since the first attempt from the same files, model and suffix, and adopts it instead
   * of paying for a second one. A 429 is retried directly (the provider refused the request).
   */
  async create(options: JobParameters & { trainingFileId: string; validationFileId?: string; onProgress?: (message: string) => void }): Promise<FineTuningJob> {
    assertJobParameters(options);
    const method = options.method ?? "supervised";
    const given = hyperparameters(options);
    const body: JobCreateParams = {
      model: options.model ?? defaultTuningModel,
      training_file: options.trainingFileId,
      ...(options.validationFileId ? { validation_file: options.validationFileId } : {}),
      ...(options.suffix !== undefined ? { suffix: options.suffix } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.metadata ? { metadata: options.metadata } : {}),
      method: method === "dpo" ? { type: "dpo", dpo: { hyperparameters: given } } : { type: "supervised", supervised: { hyperparameters: given } },
    };
    const startedAt = Math.floor(Date.now() / 1000);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.client.fineTuning.jobs.create(body, { maxRetries: 0 });
      } catch (error) {
        if (!retryableCreateFailure(error) || attempt > this.client.maxRetries) throw toTuningError(error, "create the job");
        const reason = (error as Error).message;
        if (!(error instanceof OpenAI.RateLimitError)) {
          const created = await this.findCreatedJob(body, startedAt, reason);
          if (created) {
            options.onProgress?.(`the create request failed (${reason}), but the API had created ${created.id} from it; using that job`);
            return created;
          }
        }
        options.onProgress?.(`the create request failed (${reason}); no job was created; retrying (${attempt}/${this.client.maxRetries})`);
        await sleep(retryDelayMs(error, attempt));
      }
    }
  }

  /** A job created since `since` (server seconds, minus clock skew) from the same files, model, method and suffix. */
  private async findCreatedJob(body: JobCreateParams, since: number, failure: string): Promise<FineTuningJob | undefined> {
    let jobs: FineTuningJob[];
    try {
      jobs = (await this.list({ limit: 20 })).jobs;
    } catch (error) {
      throw new TandemError({
        code: "UPSTREAM_FAILED",
        message: `creating the job failed (${failure}), and the job list could not be read to see whether the API created it anyway (${(error as Error).message})`,
        hint: "run `tandem tune list` when the API answers again, before starting the job a second time (it may exist already)",
        cause: error,
      });
    }
    const clockSkewSeconds = 300;
    return jobs.find(
      (job) =>
        job.training_file === body.training_file &&
        (job.validation_file ?? null) === (body.validation_file ?? null) &&
        job.model === body.model &&
        (job.method?.type ?? "supervised") === (body.method?.type ?? "supervised") &&
        sameSuffix(job, body.suffix) &&
        job.created_at >= since - clockSkewSeconds,
    );
  }

  retrieve(jobId: string): Promise<FineTuningJob> {
    return this.call(`read job ${jobId}`, () => this.client.fineTuning.jobs.retrieve(jobId));
  }

  cancel(jobId: string): Promise<FineTuningJob> {
    return this.call(`cancel job ${jobId}`, () => this.client.fineTuning.jobs.cancel(jobId));
  }

  /** One page of jobs, newest first. */
  async list(options: { limit?: number; after?: string } = {}): Promise<{ jobs: FineTuningJob[]; hasMore: boolean }> {
    const page = await this.call("list jobs", () => this.client.fineTuning.jobs.list({ limit: options.limit ?? 20, ...(options.after ? { after: options.after } : {}) }));
    return { jobs: page.data, hasMore: page.has_more };
  }

  /**
   * The events after `afterId`, oldest first. The API lists events newest first and pages towards older ones
   * with `after`, so this reads pages until it reaches `afterId` (or the oldest event).
   */
  async eventsSince(jobId: string, afterId?: string): Promise<JobEvent[]> {
    const collected: JobEvent[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await this.call(`read events of ${jobId}`, () =>
        this.client.fineTuning.jobs.listEvents(jobId, { limit: this.pageSize, ...(cursor ? { after: cursor } : {}) }),
      );
      for (const event of page.data) {
        if (event.id === afterId) return collected.reverse();
        collected.push(toJobEvent(event));
      }
      const last = page.data.at(-1);
      if (!page.has_more || !last) return collected.reverse();
      cursor = last.id;
    }
  }

  /**
   * Follows a job's events until it ends: yields each new event once, oldest first, polling with a backoff that
   * grows while nothing happens. With a ledger, the cursor moves past an event after the consumer took it, so a
   * restarted follow resumes where this one stopped.
   */
  async *follow(jobId: string, options: FollowOptions = {}): AsyncGenerator<JobEvent, FineTuningJob> {
    let cursor = options.after;
    let interval = this.pollIntervalMs;
    let failures = 0;
    const poll = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
      try {
        const value = await read();
        failures = 0;
        return value;
      } catch (error) {
        const tandemError = toTuningError(error, `follow ${jobId}`);
        failures += 1;
        if (!isTransient(error) || failures > this.maxFailedPolls) throw tandemError;
        options.onRetry?.(tandemError, failures);
        return undefined;
      }
    };
    let finished: FineTuningJob | undefined;
    for (;;) {
      options.signal?.throwIfAborted();
      const events = await poll(() => this.eventsSince(jobId, cursor));
      for (const event of events ?? []) {
        try {
          yield event;
        } finally {
          // Runs when the consumer asks for the next event or stops: it has taken this one.
          cursor = event.id;
          options.ledger?.recordEvent(jobId, event);
        }
      }
      // After the job ended, one more read of the events delivers the last ones; then the follow is over.
      if (finished && events !== undefined) return finished;
      const job = events === undefined ? undefined : await poll(() => this.retrieve(jobId));
      if (job) {
        options.onJob?.(job);
        options.ledger?.upsert(ledgerFields(job, this.baseURL));
        if (isTerminal(job)) {
          finished = job;
          continue;
        }
      }
      interval = events && events.length > 0 ? this.pollIntervalMs : Math.min(this.maxPollIntervalMs, Math.ceil(interval * 1.5));
      await sleep(interval, undefined, options.signal ? { signal: options.signal } : {});
    }
  }

  private async call<T>(action: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toTuningError(error, action);
    }
  }
}

/** Whether a job was created with `suffix`; jobs from APIs that do not echo `user_provided_suffix` match any. */
function sameSuffix(job: FineTuningJob, suffix: string | null | undefined): boolean {
  const echoed = (job as FineTuningJob & { user_provided_suffix?: string | null }).user_provided_suffix;
  return echoed === undefined || (echoed ?? null) === (suffix ?? null);
}

/** Failures after which a create may be tried again: 408, 409, 429, 5xx, timeouts and dropped connections. */
function retryableCreateFailure(error: unknown): boolean {
  if (error instanceof OpenAI.APIConnectionError) return true;
  return error instanceof OpenAI.APIError && typeof error.status === "number" && (error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500);
}

/** The wait the provider asks for (`retry-after-ms`, `retry-after`), else exponential backoff from 0.5 s up to 8 s. */
function retryDelayMs(error: unknown, attempt: number): number {
  const headers = error instanceof OpenAI.APIError ? error.headers : undefined;
  const seconds = headerNumber(headers, "retry-after");
  const asked = headerNumber(headers, "retry-after-ms") ?? (seconds === undefined ? undefined : seconds * 1000);
  return asked === undefined ? Math.min(500 * 2 ** (attempt - 1), 8000) : Math.min(asked, 60_000);
}

/** A non-negative number in a response header; undefined when the header is absent or not a number (an HTTP date). */
function headerNumber(headers: Headers | undefined, name: string): number | undefined {
  const value = headers?.get(name);
  const number = value ? Number(value) : Number.NaN;
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

/** The ledger fields a job object carries. */
export function ledgerFields(job: FineTuningJob, baseURL: string): Partial<LedgerEntry> & Pick<LedgerEntry, "id"> {
  return {
    id: job.id,
    baseURL,
    model: job.model,
    method: job.method?.type ?? "supervised",
    status: job.status,
    createdAt: new Date(job.created_at * 1000).toISOString(),
    ...(job.fine_tuned_model ? { fineTunedModel: job.fine_tuned_model } : {}),
    ...(job.trained_tokens !== null && job.trained_tokens !== undefined ? { trainedTokens: job.trained_tokens } : {}),
    ...(job.error && job.error.code ? { error: { code: job.error.code, message: job.error.message, param: job.error.param ?? null } } : {}),
  };
}

/** A failed job's error as a TandemError: the provider's code, message and the parameter it names. */
export function jobFailure(job: FineTuningJob): TandemError {
  const error = job.error;
  return new TandemError({
    code: "UPSTREAM_FAILED",
    message: `fine-tuning job ${job.id} failed: ${error?.message ?? "no reason given"}${error?.code ? ` [code ${error.code}${error.param ? `, param ${error.param}` : ""}]` : ""}`,
    ...(error?.param ? { path: error.param } : {}),
    hint:
      error?.param === "training_file" || error?.param === "validation_file"
        ? `fix the ${error.param.replace("_", " ")} (run \`tandem data validate\` on it) and start a new job`
        : "see `tandem tune events` for the job's log; start a new job when the cause is fixed",
  });
}

function isTransient(caught: unknown): boolean {
  const error = TandemError.isInstance(caught) ? caught.cause : caught;
  if (error instanceof OpenAI.APIConnectionError) return true;
  return error instanceof OpenAI.APIError && (error.status === 429 || (typeof error.status === "number" && error.status >= 500));
}

/** Normalises an SDK error into a TandemError that names the request parameter and says what to do. */
export function toTuningError(error: unknown, action: string): TandemError {
  if (TandemError.isInstance(error)) return error;
  if (error instanceof OpenAI.APIConnectionError) {
    return new TandemError({
      code: "UPSTREAM_FAILED",
      message: `cannot ${action}: the fine-tuning API is unreachable (${error.message})`,
      hint: "check OPENAI_BASE_URL / models.baseURL and the network",
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIError) {
    const details = [error.code ? `code ${error.code}` : undefined, error.param ? `param ${error.param}` : undefined].filter(Boolean).join(", ");
    const message = `cannot ${action}: HTTP ${error.status} ${(error.error as { message?: string } | undefined)?.message ?? error.message}${details ? ` [${details}]` : ""}`;
    if (error.status === 401 || error.status === 403) {
      return new TandemError({ code: "NOT_CONFIGURED", message, hint: "check the API key (OPENAI_API_KEY, or the variable named by models.apiKeyEnv)", cause: error });
    }
    const invalid = error.status === 400 || error.status === 404 || error.status === 422;
    return new TandemError({
      code: invalid ? "INPUT_INVALID" : "UPSTREAM_FAILED",
      message,
      ...(error.param ? { path: error.param } : {}),
      hint: invalid ? "the API rejected the request; fix the parameter named" : "the provider failed or is rate-limiting; try again later",
      cause: error,
    });
  }
  return new TandemError({ code: "UPSTREAM_FAILED", message: `cannot ${action}: ${(error as Error)?.message ?? String(error)}`, cause: error });
}

function sha256File(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function parameterKey(parameters: JobParameters): string {
  const { model, method, epochs, batchSize, learningRateMultiplier, beta, suffix, seed } = parameters;
  return JSON.stringify({ model: model ?? defaultTuningModel, method: method ?? "supervised", epochs, batchSize, learningRateMultiplier, beta, suffix, seed });
}
