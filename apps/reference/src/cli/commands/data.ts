import { type Command, InvalidArgumentError, Option } from "commander";
import { type DatasetFormat, datasetFormats, providerProfiles, type ValidateDatasetOptions } from "@tandem/finetune";
import type { Output } from "../output";
import { createProgress } from "../progress";
import { runDataStats } from "./data-stats";
import { runDataValidate } from "./data-validate";

/** Runs a handler that needs no config file and no runtime (the `data` commands work on a file alone). */
export type StandaloneAction = (handler: (output: Output, ...args: never[]) => Promise<number | void>) => (...args: unknown[]) => Promise<void>;

/** Options shared by `data validate` and `data stats`. */
export interface DatasetCommandOptions {
  profile: string;
  format?: DatasetFormat;
  model?: string;
  contextLimit?: number;
  price?: number;
  epochs?: number;
  csvColumns?: Record<string, string>;
}

function positive(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError("expected a positive number");
  return parsed;
}

function csvColumns(value: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const [role, column] = pair.split("=").map((part) => part.trim());
    if (!role || !column || !["user", "assistant", "system", "input", "delimiter"].includes(role)) {
      throw new InvalidArgumentError('expected role=column pairs, e.g. "user=question,assistant=answer" (roles: user, assistant, system, input)');
    }
    mapping[role] = column;
  }
  return mapping;
}

function addDatasetOptions(command: Command): Command {
  return command
    .option("--profile <name|file.json>", `provider profile: ${Object.keys(providerProfiles).join(", ")}, or a profile JSON file`, "openai")
    .addOption(new Option("--format <format>", "the file's format (default: detected from its shape)").choices([...datasetFormats]))
    .option("--model <id>", "model to fine-tune: picks the tokenizer, context limit and price (default: the profile's)")
    .option("--context-limit <tokens>", "training context per example, overriding the profile's", positive)
    .option("--csv-columns <mapping>", 'CSV column mapping, e.g. "user=question,assistant=answer,system=sys"', csvColumns);
}

/** Options for the package API from the command line, with progress on stderr. */
export function validateOptions(options: DatasetCommandOptions): { options: ValidateDatasetOptions; done: () => void } {
  const progress = createProgress("reading");
  return {
    options: {
      profile: options.profile,
      ...(options.format ? { format: options.format } : {}),
      ...(options.model ? { model: options.model } : {}),
      ...(options.contextLimit ? { contextLimit: options.contextLimit } : {}),
      ...(options.price ? { price: options.price } : {}),
      ...(options.epochs ? { epochs: options.epochs } : {}),
      ...(options.csvColumns ? { csv: options.csvColumns } : {}),
      onProgress: (value) => progress.update(value),
    },
    done: () => progress.done(),
  };
}

/** `tandem data validate|stats`: fine-tuning datasets, on a file alone (no config file needed). */
/** Adds `validate` and `stats` to the `data` command. */
export function registerDataCommands(data: Command, standalone: StandaloneAction): void {
  addDatasetOptions(
    data
      .command("validate")
      .description("Check a dataset against a provider profile: every problem with its line, JSON pointer, rule id and severity; exit code 1 on errors")
      .argument("<file>", "JSONL (OpenAI chat or DPO, prompt/completion, ShareGPT, Alpaca), a JSON array (ShareGPT/Alpaca) or CSV")
      .option("--max-findings <n>", "findings listed in the table (all are counted; --json lists up to 1000 per rule)", positive, 50),
  ).action(standalone((output, file: string, options: DatasetCommandOptions & { maxFindings: number }) => runDataValidate(output, file, options)));
  addDatasetOptions(
    data
      .command("stats")
      .description("Tokens (exact, by the model's encoding), trainable tokens, percentiles per example, default epochs and a cost estimate")
      .argument("<file>", "the dataset file")
      .option("--price <usd>", "USD per 1M training tokens (overrides the built-in price table, whose prices are configurable defaults)", positive)
      .option("--epochs <n>", "epochs for the cost estimate (default: the cookbook's heuristic from the example count)", positive),
  ).action(standalone((output, file: string, options: DatasetCommandOptions) => runDataStats(output, file, options)));
}
