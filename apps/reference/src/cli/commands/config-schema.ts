import { resolve } from "node:path";
import { writeFileAtomic } from "@tandem/core";
import { configJsonSchemaText } from "../../config/config-json-schema";
import type { Command } from "commander";
import { defineAction } from "../define-action";
import type { Output } from "../output";

/**
 * `tandem config schema [--out FILE]`: the config's JSON Schema on stdout, or written to FILE (atomically).
 * Point your editor at it with `# yaml-language-server: $schema=./tandem.config.schema.json`.
 */
export function runConfigSchema(output: Output, options: { out?: string }): number {
  const text = configJsonSchemaText();
  if (!options.out) {
    process.stdout.write(text);
    return 0;
  }
  const file = resolve(options.out);
  writeFileAtomic(file, text);
  output.log(`wrote the config's JSON Schema to ${file}`);
  if (output.json) output.line({ file, bytes: Buffer.byteLength(text) });
  return 0;
}

export function registerConfigCommands(program: Command): void {
  const config = program.command("config").description("The config file: its JSON Schema for editor completion");
  config
    .command("schema")
    .description("Print the JSON Schema of tandem.config.yaml (or write it with --out); needs no config file")
    .option("--out <file>", "write it to this file instead of stdout")
    .action(defineAction({ needs: "files" }, (context, options: { out?: string }) => runConfigSchema(context.output, options)));
}
