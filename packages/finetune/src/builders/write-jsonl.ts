import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Writes records as JSONL, atomically (a temporary file renamed over the target). */
export function writeJsonl(file: string, records: Iterable<unknown>): number {
  mkdirSync(dirname(file), { recursive: true });
  const lines: string[] = [];
  for (const record of records) lines.push(JSON.stringify(record));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, lines.length > 0 ? `${lines.join("\n")}\n` : "");
  renameSync(temporary, file);
  return lines.length;
}
