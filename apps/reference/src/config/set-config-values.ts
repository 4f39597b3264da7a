import { readFileSync } from "node:fs";
import { writeFileAtomic } from "@tandem/core";
import { parseDocument } from "yaml";

/** One key of the config to set: its path (`["router", "budget"]`) and its new value. */
export interface ConfigValue {
  path: readonly string[];
  value: unknown;
}

/**
 * The one writer of tandem.config.yaml: sets keys in place, keeping comments and layout (the yaml Document API),
 * and replaces the file atomically. Returns each key's previous value (undefined where it was absent).
 */
export function setConfigValues(file: string, entries: readonly ConfigValue[]): unknown[] {
  const document = parseDocument(readFileSync(file, "utf8"));
  const previous = entries.map((entry) => {
    const before = document.getIn(entry.path);
    document.setIn(entry.path, entry.value);
    return before;
  });
  writeFileAtomic(file, document.toString());
  return previous;
}
