import { exportDatasetFile, exportFormatIds, type ExportFormatId, exportRules } from "@tandem/finetune";
import { type Command, Option } from "commander";
import type { CommandContext } from "../context";
import { defineAction } from "../define-action";

/** `tandem data export FILE --format F`: writes the trainer's format and lists every skipped or changed example. */
export async function runDataExport({ output }: CommandContext, file: string, options: { format: ExportFormatId; out?: string; name?: string }): Promise<number> {
  const report = await exportDatasetFile({ input: file, format: options.format, ...(options.out ? { output: options.out } : {}), ...(options.name ? { datasetName: options.name } : {}) });
  const listed = 20;
  output.result(report, () =>
    [
      `wrote ${report.counts.exported} of ${report.counts.examples} examples to ${report.output.file} (${report.format}); skipped ${report.counts.skipped}, changed ${report.counts.changed}`,
      ...Object.entries(report.counts.byRule).map(([rule, count]) => `  ${String(count).padStart(5)}  ${rule} ${exportRules[rule as keyof typeof exportRules]}`),
      ...report.issues.slice(0, listed).map((issue) => `${issue.file}:${issue.line}${issue.pointer ? ` ${issue.pointer}` : ""}: ${issue.outcome} (${issue.ruleId}) ${issue.message}`),
      ...(report.issues.length > listed ? [`… and ${report.issues.length - listed} more (--json lists all)`] : []),
      ...report.sidecars.map((sidecar) => `wrote ${sidecar}`),
    ].join("\n"),
  );
  return 0;
}

export function registerDataExportCommand(data: Command): void {
  data
    .command("export")
    .description("Write OpenAI chat / preference JSONL in a trainer's format; every example it cannot represent is listed, never dropped silently")
    .argument("<file>", "OpenAI chat or preference (DPO) JSONL")
    .addOption(new Option("--format <format>", "target format").choices([...exportFormatIds]).makeOptionMandatory())
    .option("--out <path>", "output JSONL (default: <file stem>.<format>.jsonl beside the input); sidecars (axolotl YAML, dataset_info.json) go beside it")
    .option("--name <name>", "dataset name in dataset_info.json / the axolotl YAML file (default: the output file's stem)")
    .action(defineAction({ needs: "files" }, (context, file: string, options: { format: ExportFormatId; out?: string; name?: string }) => runDataExport(context, file, options)));
}
