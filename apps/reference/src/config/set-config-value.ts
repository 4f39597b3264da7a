import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseDocument } from "yaml";

/**
 * Sets one key of a YAML config file, keeping its comments and layout (the yaml Document API), and replaces the
 * file atomically. Returns the previous value (undefined when the key was absent).
 */
export function setConfigValue(file: string, path: readonly string[], value: unknown): unknown {
  const document = parseDocument(readFileSync(file, "utf8"));
  const previous = document.getIn(path);
  document.setIn(path, value);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, document.toString());
  renameSync(temporary, file);
  return previous;
}
