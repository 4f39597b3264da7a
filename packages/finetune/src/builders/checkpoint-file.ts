// The checkpoint of a generation run: one JSON line per finished (or failed) item, appended as soon as the item
// finishes, so killing the process loses nothing already written and a re-run skips what is done.
import { appendFileSync, existsSync, mkdirSync, readFileSync, truncateSync } from "node:fs";
import { dirname } from "node:path";
import { TandemError } from "@tandem/core";

export interface CheckpointRecord<Output> {
  key: string;
  /** Hash of the item's content and the generation settings; a record with another fingerprint is stale. */
  fingerprint: string;
  status: "done" | "failed";
  output?: Output;
  reason?: string;
  attempts: number;
  at: string;
}

export interface LoadedCheckpoint<Output> {
  /** The latest record per key. */
  records: Map<string, CheckpointRecord<Output>>;
  /** 1 when the last line was cut off by a kill mid-write (it was removed; that item runs again), else 0. */
  truncatedLines: number;
}

export class CheckpointFile<Output> {
  constructor(readonly file: string) {}

  /** Reads the records; a cut-off last line is removed (and counted); any other bad line is an error. */
  load(): LoadedCheckpoint<Output> {
    const records = new Map<string, CheckpointRecord<Output>>();
    if (!existsSync(this.file)) return { records, truncatedLines: 0 };
    const text = readFileSync(this.file, "utf8");
    const lines = text.split("\n");
    const tail = lines.pop() ?? "";
    let truncatedLines = 0;
    if (tail !== "") {
      // No newline after the last line: it was being written when the process died.
      truncateSync(this.file, Buffer.byteLength(text) - Buffer.byteLength(tail));
      truncatedLines = 1;
    }
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      let record: CheckpointRecord<Output>;
      try {
        record = JSON.parse(line) as CheckpointRecord<Output>;
      } catch (error) {
        throw new TandemError({
          code: "INPUT_INVALID",
          file: this.file,
          line: index + 1,
          message: `checkpoint line ${index + 1} is not valid JSON (${(error as Error).message})`,
          hint: "the checkpoint is only ever appended to; fix or delete that line (its item is then generated again)",
        });
      }
      if (typeof record.key !== "string" || typeof record.fingerprint !== "string") {
        throw new TandemError({ code: "INPUT_INVALID", file: this.file, line: index + 1, message: "checkpoint line lacks key or fingerprint", hint: "is this a Tandem checkpoint file?" });
      }
      records.set(record.key, record);
    });
    return { records, truncatedLines };
  }

  /** Appends one record (one write of one line). */
  append(record: CheckpointRecord<Output>): void {
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(record)}\n`);
  }
}
