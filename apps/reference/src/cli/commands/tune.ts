// `tandem tune start|status|events|cancel|list`: fine-tuning jobs on an OpenAI-compatible API, with a job ledger in
// .tandem/ so status and following survive restarts, and the tuned model id written into the config on request.
import { join, resolve } from "node:path";
import { TandemError } from "@tandem/core";
import { FineTuningClient, type FineTuningJob, formatJobEvent, type JobEvent, JobLedger, type JobParameters, type LedgerEntry, resolveFineTuningConnection } from "@tandem/finetune";
import { isTerminal, jobFailure, ledgerFields } from "@tandem/finetune/jobs";
import { type Command, Option } from "commander";
import { defaultConfigName, type TandemConfig } from "../../config/load-config";
import { setConfigValues } from "../../config/set-config-values";
import type { OptionalConfigContext } from "../context";
import { defineAction } from "../define-action";
import { integer, numberOrAuto, positiveInteger } from "../parsers";

interface TuneContext extends OptionalConfigContext {
  ledger: JobLedger;
  connect: (pollIntervalMs?: number) => FineTuningClient;
}

interface StartOptions {
  validation?: string;
  model?: string;
  method: "supervised" | "dpo";
  epochs?: number | "auto";
  batchSize?: number | "auto";
  lrMultiplier?: number | "auto";
  beta?: number | "auto";
  suffix?: string;
  seed?: number;
  follow?: boolean;
  writeConfig?: boolean;
  force?: boolean;
  pollInterval?: number;
}

const flags: Partial<Record<keyof JobParameters, string>> = {
  model: "--model",
  method: "--method",
  epochs: "--epochs",
  batchSize: "--batch-size",
  learningRateMultiplier: "--lr-multiplier",
  beta: "--beta",
  suffix: "--suffix",
  seed: "--seed",
};

/**
 * The tune commands' context: the ledger (in the config's state directory, else ./.tandem) and a client factory
 * (the connection from models.baseURL / models.apiKeyEnv, else OPENAI_BASE_URL / OPENAI_API_KEY). `tandem tune events |
 * head`: a closed stdout ends the command quietly.
 */
function tuneContext(context: OptionalConfigContext): TuneContext {
  process.stdout.once("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
  });
  const { config } = context;
  return {
    ...context,
    ledger: JobLedger.inDirectory(config?.stateDir ?? resolve(".tandem")),
    connect: (pollIntervalMs) => {
      const connection = resolveFineTuningConnection({
        ...(config?.models.baseURL ? { baseURL: config.models.baseURL } : {}),
        ...(config ? { apiKeyEnv: config.models.apiKeyEnv } : {}),
      });
      return new FineTuningClient({
        ...(connection.baseURL ? { baseURL: connection.baseURL } : {}),
        ...(connection.apiKey ? { apiKey: connection.apiKey } : {}),
        ...(config ? { timeoutMs: config.models.timeoutMs } : {}),
        ...(pollIntervalMs ? { pollIntervalMs } : {}),
      });
    },
  };
}

/** Registers `tandem tune …` on the program; the config is optional (the connection can come from the environment). */
export function registerTuneCommands(program: Command): void {
  const action = <Args extends unknown[]>(handler: (context: TuneContext, ...args: Args) => Promise<number>) =>
    defineAction({ needs: "config-if-present" }, (context, ...args: Args) => handler(tuneContext(context), ...args));

  const tune = program
    .command("tune")
    .description("Fine-tuning jobs on an OpenAI-compatible API (OpenAI, Azure OpenAI, Together, Fireworks, local trainers)")
    .addHelpText(
      "after",
      "\nConnection: models.baseURL / models.apiKeyEnv from the config, else OPENAI_BASE_URL / OPENAI_API_KEY.\n" +
        "There is no offline fine-tuning. Started jobs are recorded in .tandem/fine-tuning-jobs.json, so `status` and\n" +
        "`events --follow` resume after a restart without repeating events.",
    );
  const pollOption = () => new Option("--poll-interval <ms>", "first interval between polls while following, in milliseconds (grows while nothing happens)").argParser(positiveInteger).default(5000);

  tune
    .command("start")
    .description("Check the parameters and the file locally, upload it, wait for processing, and create a job")
    .argument("<train>", "training data: chat SFT JSONL (supervised) or preference JSONL (dpo)")
    .option("--validation <file>", "validation data, same format (its tokens are not billed)")
    .option("--model <model>", "base model (a fine-tunable snapshot or an ft: model)", "gpt-4o-mini-2024-07-18")
    .addOption(new Option("--method <method>", "training method").choices(["supervised", "dpo"]).default("supervised"))
    .option("--epochs <n>", 'passes over the data, 1–50 or "auto"', numberOrAuto)
    .option("--batch-size <n>", 'examples per batch, 1–256 or "auto"', numberOrAuto)
    .option("--lr-multiplier <x>", 'learning-rate multiplier, > 0 or "auto"', numberOrAuto)
    .option("--beta <x>", 'DPO only: preference weight in (0, 2] or "auto"', numberOrAuto)
    .option("--suffix <s>", "1–64 characters added to the tuned model's name")
    .option("--seed <n>", "seed, 0–2147483647", integer)
    .option("--follow", "follow events and metrics until the job ends (progress on stderr)")
    .option("--write-config", "with --follow: on success, write the tuned model id into the config as models.tuned")
    .option("--force", "start even if the ledger holds an active job from the same file and parameters")
    .addOption(pollOption())
    .action(action((context, train: string, options: StartOptions) => runTuneStart(context, train, options)));

  tune
    .command("status")
    .description("Show a job's status, tuned model, tokens and latest metrics (default: the last job started here)")
    .argument("[job]", "job id (default: the most recent job in the ledger)")
    .option("--write-config", "when the job succeeded, write its tuned model id into the config as models.tuned")
    .action(action((context, job: string | undefined, options: { writeConfig?: boolean }) => runTuneStatus(context, job, options)));

  tune
    .command("events")
    .description("Print the job's events not shown before (the ledger remembers the last one); --follow until it ends")
    .argument("[job]", "job id (default: the most recent job in the ledger)")
    .option("--follow", "keep polling until the job ends; resumes where a previous follow stopped")
    .option("--all", "print every event from the start, not only the new ones")
    .addOption(pollOption())
    .action(action((context, job: string | undefined, options: { follow?: boolean; all?: boolean; pollInterval?: number }) => runTuneEvents(context, job, options)));

  tune
    .command("cancel")
    .description("Cancel a job")
    .argument("<job>", "job id")
    .action(action((context, job: string) => runTuneCancel(context, job)));

  tune
    .command("list")
    .description("List the provider's jobs, newest first, marking the ones this project tracks")
    .option("--limit <n>", "jobs to list", positiveInteger, 20)
    .action(action((context, options: { limit: number }) => runTuneList(context, options)));
}

async function runTuneStart(context: TuneContext, train: string, options: StartOptions): Promise<number> {
  const { output } = context;
  if (options.writeConfig && !options.follow) {
    throw new TandemError({
      code: "INPUT_INVALID",
      path: "--write-config",
      message: "--write-config needs --follow (the tuned model id exists only when the job has succeeded)",
      hint: "add --follow, or later run `tandem tune status JOB --write-config`",
    });
  }
  if (options.writeConfig) requireConfig(context);
  const client = context.connect(options.pollInterval);
  const parameters: JobParameters = {
    method: options.method,
    ...(options.model ? { model: options.model } : {}),
    ...(options.epochs !== undefined ? { epochs: options.epochs } : {}),
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    ...(options.lrMultiplier !== undefined ? { learningRateMultiplier: options.lrMultiplier } : {}),
    ...(options.beta !== undefined ? { beta: options.beta } : {}),
    ...(options.suffix !== undefined ? { suffix: options.suffix } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  };
  let job: FineTuningJob;
  try {
    job = await client.start({
      ...parameters,
      trainingFile: resolve(train),
      ...(options.validation ? { validationFile: resolve(options.validation) } : {}),
      ledger: context.ledger,
      allowDuplicate: Boolean(options.force),
      onProgress: (message) => output.log(message),
    });
  } catch (error) {
    throw withFlagNames(error);
  }
  if (!options.follow) {
    output.result({ job: summarize(job, context.ledger.get(job.id)) }, () => `${renderJob(job, context.ledger.get(job.id))}\nfollow it with: tandem tune events ${job.id} --follow`);
    return 0;
  }
  const final = await follow(context, client, job.id, (event) => output.log(formatJobEvent(event)));
  return finish(context, final, Boolean(options.writeConfig));
}

async function runTuneStatus(context: TuneContext, jobId: string | undefined, options: { writeConfig?: boolean }): Promise<number> {
  if (options.writeConfig) requireConfig(context);
  const id = pickJob(context, jobId);
  const client = context.connect();
  const job = await client.retrieve(id);
  track(context, client, job);
  if (options.writeConfig && job.status !== "succeeded") {
    throw new TandemError({ code: "INPUT_INVALID", message: `job ${job.id} is ${job.status}; nothing was written`, hint: "write the config once the job has succeeded" });
  }
  return finish(context, job, Boolean(options.writeConfig), { quiet: true });
}

async function runTuneEvents(context: TuneContext, jobId: string | undefined, options: { follow?: boolean; all?: boolean; pollInterval?: number }): Promise<number> {
  const { output } = context;
  const id = pickJob(context, jobId);
  const client = context.connect(options.pollInterval);
  const known = context.ledger.get(id);
  if (!known) track(context, client, await client.retrieve(id));
  const after = options.all ? undefined : known?.lastEventId;
  if (after) output.log(`resuming after event ${after} (${known?.eventsSeen ?? 0} shown before; --all prints every event)`);
  const print = (event: JobEvent) => (output.json ? output.line(event) : process.stdout.write(`${formatJobEvent(event)}\n`));
  if (options.follow) {
    const final = await follow(context, client, id, print, after);
    output.log(`job ${final.id} ${final.status}${final.fine_tuned_model ? `: ${final.fine_tuned_model}` : ""}`);
    return final.status === "succeeded" ? 0 : 1;
  }
  const events = await client.eventsSince(id, after);
  for (const event of events) {
    print(event);
    context.ledger.recordEvent(id, event);
  }
  if (events.length === 0) output.log("no new events");
  return 0;
}

async function runTuneCancel(context: TuneContext, jobId: string): Promise<number> {
  const client = context.connect();
  const job = await client.cancel(jobId);
  track(context, client, job);
  context.output.result({ job: summarize(job, context.ledger.get(job.id)) }, () => `cancelled ${job.id} (status ${job.status})`);
  return 0;
}

async function runTuneList(context: TuneContext, options: { limit: number }): Promise<number> {
  const client = context.connect();
  const { jobs, hasMore } = await client.list({ limit: options.limit });
  const rows = jobs.map((job) => ({ ...summarize(job, context.ledger.get(job.id)), tracked: context.ledger.get(job.id) !== undefined }));
  context.output.result({ jobs: rows, hasMore }, () =>
    rows.length === 0
      ? `no fine-tuning jobs on ${client.baseURL}`
      : [
          ...rows.map((row) => `${row.tracked ? "*" : " "} ${row.id}  ${row.status.padEnd(16)} ${row.model}${row.fineTunedModel ? ` → ${row.fineTunedModel}` : ""}`),
          "",
          `* tracked in ${context.ledger.file}${hasMore ? `; more jobs exist (--limit)` : ""}`,
        ].join("\n"),
  );
  return 0;
}

/** Follows a job through the ledger's cursor, printing each event once; returns the final job. */
async function follow(context: TuneContext, client: FineTuningClient, id: string, print: (event: JobEvent) => void, after = context.ledger.get(id)?.lastEventId): Promise<FineTuningJob> {
  let status = "";
  const iterator = client.follow(id, {
    ...(after ? { after } : {}),
    ledger: context.ledger,
    onJob: (job) => {
      if (job.status !== status) context.output.log(`status: ${job.status}`);
      status = job.status;
    },
    onRetry: (error, attempt) => context.output.log(`poll failed (${error.message}); retrying (${attempt})`),
    signal: context.signal,
  });
  for (;;) {
    const next = await iterator.next();
    if (next.done) return next.value;
    print(next.value);
  }
}

/** Prints the final job; writes the config when asked and the job succeeded; exit 1 for failed or cancelled jobs. */
function finish(context: TuneContext, job: FineTuningJob, writeConfig: boolean, options: { quiet?: boolean } = {}): number {
  const { output } = context;
  let written: { file: string; key: string; value: string; previous: unknown } | undefined;
  if (writeConfig && job.status === "succeeded" && job.fine_tuned_model) {
    const config = requireConfig(context);
    const [previous] = setConfigValues(config.file, [{ path: ["models", "tuned"], value: job.fine_tuned_model }]);
    written = { file: config.file, key: "models.tuned", value: job.fine_tuned_model, previous };
    context.ledger.upsert({ id: job.id, configWritten: { file: config.file, key: "models.tuned", value: job.fine_tuned_model, at: new Date().toISOString() } });
    output.log(`wrote models.tuned: ${job.fine_tuned_model} into ${config.file}${previous === undefined ? "" : ` (was: ${String(previous)})`}`);
    if (config.models.provider === "local") output.log("note: models.provider is local; the tuned model is used with provider openai (or auto with a key or base URL)");
  }
  const entry = context.ledger.get(job.id);
  output.result({ job: summarize(job, entry), ...(written ? { configWritten: written } : {}) }, () => renderJob(job, entry));
  if (job.status === "failed") {
    const failure = jobFailure(job);
    output.log(`error [${failure.code}] ${failure.format()}`);
    return 1;
  }
  if (job.status === "cancelled") return 1;
  if (!options.quiet && !isTerminal(job)) output.log(`follow it with: tandem tune events ${job.id} --follow`);
  return 0;
}

function track(context: TuneContext, client: FineTuningClient, job: FineTuningJob): void {
  context.ledger.upsert(ledgerFields(job, client.baseURL));
}

function pickJob(context: TuneContext, jobId: string | undefined): string {
  if (jobId) return jobId;
  const latest = context.ledger.latest();
  if (!latest) {
    throw new TandemError({
      code: "INPUT_INVALID",
      file: context.ledger.file,
      message: "no job given and none recorded in this project",
      hint: "pass a job id (see `tandem tune list`), or start one with `tandem tune start FILE`",
    });
  }
  return latest.id;
}

function requireConfig(context: TuneContext): TandemConfig {
  if (context.config) return context.config;
  throw new TandemError({
    code: "CONFIG_NOT_FOUND",
    message: `--write-config needs a config file, and there is no ${defaultConfigName} here`,
    hint: "run in the project directory, or pass --config FILE",
  });
}

/** Parameter problems name the CLI flags instead of the API fields. */
function withFlagNames(error: unknown): unknown {
  if (!TandemError.isInstance(error) || error.code !== "INPUT_INVALID" || !error.message.includes("invalid job parameter")) return error;
  let message = error.message;
  for (const [field, flag] of Object.entries(flags)) message = message.replaceAll(`\n  ${field}:`, `\n  ${flag}:`);
  return new TandemError({ code: error.code, message, ...(error.path ? { path: error.path } : {}), ...(error.hint ? { hint: error.hint } : {}), cause: error });
}

interface JobSummary {
  id: string;
  status: string;
  model: string;
  method: string;
  fineTunedModel: string | null;
  trainedTokens: number | null;
  hyperparameters: unknown;
  trainingFile: string;
  validationFile: string | null;
  createdAt: string;
  finishedAt: string | null;
  error: FineTuningJob["error"];
  eventsSeen?: number;
  lastMetrics?: LedgerEntry["lastMetrics"];
}

function summarize(job: FineTuningJob, entry: LedgerEntry | undefined): JobSummary {
  const method = job.method?.type ?? "supervised";
  const methodHyperparameters = (job.method as Record<string, { hyperparameters?: unknown } | undefined> | undefined)?.[method]?.hyperparameters;
  return {
    id: job.id,
    status: job.status,
    model: job.model,
    method,
    fineTunedModel: job.fine_tuned_model,
    trainedTokens: job.trained_tokens,
    hyperparameters: methodHyperparameters ?? job.hyperparameters,
    trainingFile: job.training_file,
    validationFile: job.validation_file,
    createdAt: new Date(job.created_at * 1000).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at * 1000).toISOString() : null,
    error: job.error,
    ...(entry ? { eventsSeen: entry.eventsSeen } : {}),
    ...(entry?.lastMetrics ? { lastMetrics: entry.lastMetrics } : {}),
  };
}

function renderJob(job: FineTuningJob, entry: LedgerEntry | undefined): string {
  const summary = summarize(job, entry);
  const hyperparameters = Object.entries((summary.hyperparameters ?? {}) as Record<string, unknown>)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(", ");
  const metrics = summary.lastMetrics;
  return [
    `${job.id}  ${job.status}`,
    `  model       ${job.model}${job.fine_tuned_model ? ` → ${job.fine_tuned_model}` : ""}`,
    `  method      ${summary.method}${hyperparameters ? ` (${hyperparameters})` : ""}`,
    `  files       training ${job.training_file}${job.validation_file ? `, validation ${job.validation_file}` : ""}`,
    ...(job.trained_tokens ? [`  trained     ${job.trained_tokens.toLocaleString("en-US")} tokens`] : []),
    `  created     ${summary.createdAt}${summary.finishedAt ? `, finished ${summary.finishedAt}` : ""}`,
    ...(metrics
      ? [`  last step   ${metrics.step}${metrics.totalSteps ? `/${metrics.totalSteps}` : ""}${metrics.trainLoss !== undefined ? `, train_loss ${metrics.trainLoss.toFixed(4)}` : ""}${metrics.validLoss !== undefined ? `, valid_loss ${metrics.validLoss.toFixed(4)}` : ""}`]
      : []),
    ...(entry ? [`  events seen ${entry.eventsSeen} (ledger ${join(".tandem", "fine-tuning-jobs.json")})`] : []),
    ...(job.error ? [`  error       ${job.error.message} [code ${job.error.code}${job.error.param ? `, param ${job.error.param}` : ""}]`] : []),
  ].join("\n");
}
