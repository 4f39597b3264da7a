import { writeFileAtomic } from "@tandem/core";

/**
 * Writes records as JSONL, one `JSON.stringify(record)` a line, atomically (`writeFileAtomic`: a temporary file
 * flushed and renamed over the target; its directory is created). Lines are written one by one, never joined into
 * one string. Returns the number of lines.
 */
export function writeJsonl(file: string, records: Iterable<unknown>): number {
  let count = 0;
  function* lines(): Generator<string> {
    for (const record of records) {
      count += 1;
      yield `${JSON.stringify(record)}\n`;
    }
  }
  writeFileAtomic(file, lines());
  return count;
}
