import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseDocument } from "yaml";

/** Sets keys in a YAML config file in place (comments and the rest of the file are kept), atomically. */
export function writeConfigKeys(file: string, entries: readonly { path: readonly string[]; value: unknown }[]): void {
  const document = parseDocument(readFileSync(file, "utf8"));
  for (const entry of entries) document.setIn(entry.path, entry.value);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, document.toString());
  renameSync(temporary, file);
}
