import { type DatasetFormat, datasetFormats, providerProfiles, type ValidateDatasetOptions } from "@tandem/finetune";
import { type Command, Option } from "commander";
import { csvColumns, positiveInteger } from "../parsers";
import { createProgress } from "../progress";

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

/** The options `data validate` and `data stats` share: profile, format, model, context limit, CSV columns. */
export function addDatasetOptions(command: Command): Command {
  return command
    .option("--profile <name|file.json>", `provider profile: ${Object.keys(providerProfiles).join(", ")}, or a profile JSON file`, "openai")
    .addOption(new Option("--format <format>", "the file's format (default: detected from its shape)").choices([...datasetFormats]))
    .option("--model <id>", "model to fine-tune: picks the tokenizer, context limit and price (default: the profile's)")
    .option("--context-limit <tokens>", "training context per example, overriding the profile's", positiveInteger)
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
