import { resolve } from "node:path";
import { writeFileAtomic } from "@tandem/core";
import { configJsonSchemaText } from "../../config/config-json-schema";
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
