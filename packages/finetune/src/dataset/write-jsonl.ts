import { once } from "node:events";
import { createWriteStream, renameSync } from "node:fs";
import type { DatasetRecord } from "./canonical-example";

/** Streams records to a JSONL file (one example per line), writing to a temporary name and renaming at the end. */
export async function writeJsonl(file: string, records: Iterable<DatasetRecord | { example: unknown }>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary, { encoding: "utf8" });
  for (const record of records) {
    if (!stream.write(`${JSON.stringify(record.example)}\n`)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
  renameSync(temporary, file);
}
