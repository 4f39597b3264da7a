import { basename } from "node:path";
import { type Finding, type ValidationReport, validateDataset } from "@tandem/finetune";
import { ruleById } from "@tandem/finetune/validation";
import { textTable } from "../text-table";
import type { Command } from "commander";
import type { CommandContext } from "../context";
import { defineAction } from "../define-action";
import { positiveInteger } from "../parsers";
import { addDatasetOptions, type DatasetCommandOptions, validateOptions } from "./dataset-options";

/** `tandem data validate FILE`: the report as a table (or JSON); exit code 1 when there is an error. */
export async function runDataValidate({ output }: CommandContext, file: string, options: DatasetCommandOptions & { maxFindings: number }): Promise<number> {
  const { options: validate, done } = validateOptions(options);
  const report = await validateDataset(file, validate).finally(done);
  output.result(report, () => renderValidation(report, options.maxFindings));
  return report.valid ? 0 : 1;
}

const count = (value: number) => value.toLocaleString("en-US");

export function renderValidation(report: ValidationReport, maxFindings: number): string {
  const { counts, tokens } = report;
  const lines = [
    `${basename(report.file)}: ${report.format} (${report.layout}), ${count(report.records)} records, ${count(report.examples)} examples, ${(report.bytes / 1024).toFixed(0)} KB`,
    `profile ${report.profile}, model ${tokens.model} (${tokens.encoding}${tokens.encodingAssumed ? ", assumed" : ""}), context ${count(tokens.contextLimit)} tokens`,
    report.valid
      ? `✓ valid: no errors, ${counts.warn} warning(s), ${counts.info} note(s)`
      : `✗ ${count(counts.error)} error(s) in ${count(report.examplesWithErrors)} example(s)${report.records > report.examples ? ` and ${count(report.records - report.examples)} unreadable record(s)` : ""}, ${count(counts.warn)} warning(s), ${count(counts.info)} note(s)`,
  ];
  // Located findings in file order (the order to fix them in), whole-file findings after them.
  const ordered = [...report.findings.filter((finding) => finding.line !== undefined), ...report.findings.filter((finding) => finding.line === undefined)];
  const listed = ordered.slice(0, maxFindings);
  if (listed.length > 0) {
    lines.push("", textTable(["line", "pointer", "rule", "severity", "message"], listed.map(findingRow), { align: "left" }));
    const total = counts.error + counts.warn + counts.info;
    if (total > listed.length) lines.push(`(${count(listed.length)} of ${count(total)} findings listed; --max-findings N or --json for more)`);
  }
  const rules = Object.entries(report.rules).sort(([left], [right]) => left.localeCompare(right));
  if (rules.length > 0) {
    lines.push(
      "",
      "by rule:",
      textTable(
        ["rule", "error", "warn", "info", "what to do"],
        rules.map(([id, perRule]) => [id, String(perRule.error), String(perRule.warn), String(perRule.info), ruleById(id).hint]),
        { align: "left" },
      ),
    );
  }
  lines.push("", `tokens: ${count(tokens.totalTokens)} (${count(tokens.trainableTokens)} trainable) — \`tandem data stats\` for percentiles, epochs and cost`);
  for (const note of report.notes) lines.push(`note: ${note}`);
  return lines.join("\n");
}

function findingRow(finding: Finding): string[] {
  const message = finding.message.length > 160 ? `${finding.message.slice(0, 159)}…` : finding.message;
  return [finding.line === undefined ? "-" : String(finding.line), finding.pointer || (finding.line === undefined ? "(file)" : "(record)"), finding.ruleId, finding.severity, message];
}

export function registerDataValidateCommand(data: Command): void {
  addDatasetOptions(
    data
      .command("validate")
      .description("Check a dataset against a provider profile: every problem with its line, JSON pointer, rule id and severity; exit code 1 on errors")
      .argument("<file>", "JSONL (OpenAI chat or DPO, prompt/completion, ShareGPT, Alpaca), a JSON array (ShareGPT/Alpaca) or CSV")
      .option("--max-findings <n>", "findings listed in the table (all are counted; --json lists up to 1000 per rule)", positiveInteger, 50),
  ).action(defineAction({ needs: "files" }, (context, file: string, options: DatasetCommandOptions & { maxFindings: number }) => runDataValidate(context, file, options)));
}
