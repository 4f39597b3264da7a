import { basename } from "node:path";
import { type ValidationReport, validateDataset } from "@tandem/finetune";
import type { Distribution } from "@tandem/finetune/tokens";
import { textTable } from "../text-table";
import type { Command } from "commander";
import type { CommandContext } from "../context";
import { defineAction } from "../define-action";
import { positiveInteger, positiveNumber } from "../parsers";
import { addDatasetOptions, type DatasetCommandOptions, validateOptions } from "./dataset-options";

/** `tandem data stats FILE`: token accounting of a dataset (exact counts, trainable vs billed, epochs, cost). */
export async function runDataStats({ output }: CommandContext, file: string, options: DatasetCommandOptions): Promise<number> {
  const { options: validate, done } = validateOptions(options);
  const report = await validateDataset(file, validate).finally(done);
  const summary = {
    file: report.file,
    profile: report.profile,
    format: report.format,
    records: report.records,
    examples: report.examples,
    errors: report.counts.error,
    tokens: report.tokens,
  };
  output.result(summary, () => renderStats(report));
  return 0;
}

const count = (value: number) => value.toLocaleString("en-US");

export function renderStats(report: ValidationReport): string {
  const { tokens } = report;
  const distribution = (name: string, value: Distribution): string[] => [
    name,
    count(value.min),
    count(Math.round(value.mean)),
    count(value.p10),
    count(value.p50),
    count(value.p90),
    count(value.p95),
    count(value.max),
  ];
  const share = tokens.totalTokens === 0 ? 0 : (tokens.trainableTokens / tokens.totalTokens) * 100;
  const lines = [
    `${basename(report.file)}: ${count(report.examples)} ${report.format} examples — model ${tokens.model}, ${tokens.encoding}${tokens.encodingAssumed ? " (assumed: not an OpenAI model, counts approximate)" : ""}`,
    "",
    textTable(
      ["per example", "min", "mean", "p10", "p50", "p90", "p95", "max"],
      [distribution("tokens", tokens.tokensPerExample), distribution("trainable tokens", tokens.trainableTokensPerExample), distribution("messages", tokens.messagesPerExample)],
      { align: "left" },
    ),
    "",
    `tokens:            ${count(tokens.totalTokens)} (ChatML formula: 3 per message + role + content, +3 priming)`,
    `trainable tokens:  ${count(tokens.trainableTokens)} (${share.toFixed(1)}%; assistant messages with weight absent or 1)`,
    `billed per epoch:  ${count(tokens.billedTokens)} (each example capped at the ${count(tokens.contextLimit)}-token context)`,
    `over the context:  ${count(tokens.overLimit)} example(s)`,
    `epochs:            ${tokens.epochs} (${tokens.epochsSource === "heuristic" ? "cookbook default for this many examples; --epochs to change" : "--epochs"})`,
    `charged tokens:    ${count(tokens.chargedTokens)} (epochs × billed)`,
    tokens.cost
      ? `estimated cost:    $${tokens.cost.usd.toFixed(2)} at $${tokens.cost.pricePerMillionTokens} per 1M training tokens (${tokens.cost.note})`
      : `estimated cost:    unknown — no price for ${tokens.model}; pass --price USD_PER_1M_TOKENS`,
  ];
  if (tokens.approximateExamples > 0) lines.push(`approximate:       ${count(tokens.approximateExamples)} example(s) with tools, images or very long unbroken runs`);
  if (tokens.pairs) lines.push(`preference pairs:  ${count(tokens.pairs.count)}; preferred output longer in ${(tokens.pairs.preferredLongerShare * 100).toFixed(0)}%`);
  if (report.counts.error > 0) lines.push("", `${count(report.counts.error)} error(s) in this file: run \`tandem data validate\` to see them`);
  return lines.join("\n");
}

export function registerDataStatsCommand(data: Command): void {
  addDatasetOptions(
    data
      .command("stats")
      .description("Tokens (exact, by the model's encoding), trainable tokens, percentiles per example, default epochs and a cost estimate")
      .argument("<file>", "the dataset file")
      .option("--price <usd>", "USD per 1M training tokens (overrides the built-in price table, whose prices are configurable defaults)", positiveNumber)
      .option("--epochs <n>", "epochs for the cost estimate (default: the cookbook's heuristic from the example count)", positiveInteger),
  ).action(defineAction({ needs: "files" }, (context, file: string, options: DatasetCommandOptions) => runDataStats(context, file, options)));
}
