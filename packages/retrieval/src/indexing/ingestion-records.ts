import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { TandemError } from "@tandem/core";

/** What was stored for one source. */
export interface SourceRecord {
  contentHash: string;
  chunkIds: string[];
  ingestedAt: string;
}

interface RecordsFile {
  version: 1;
  collection: string;
  sources: Record<string, SourceRecord>;
}

/**
 * The persistent record of source → stored chunk ids, beside the vector data. Written atomically (temp file +
 * rename) after every source, and only after Chroma accepted the writes, so it never claims chunks that are not
 * stored; a re-run repairs anything an interrupted run left behind.
 */
export class IngestionRecords {
  private constructor(
    readonly file: string,
    private readonly data: RecordsFile,
  ) {}

  static load(file: string, collection: string): IngestionRecords {
    let text: string | undefined;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return new IngestionRecords(file, { version: 1, collection, sources: {} });
    }
    try {
      const data = JSON.parse(text) as RecordsFile;
      if (data.version !== 1 || typeof data.sources !== "object") throw new Error("unknown format");
      return new IngestionRecords(file, { ...data, collection });
    } catch (error) {
      throw new TandemError({
        code: "INPUT_INVALID",
        file,
        message: `ingestion records are corrupt: ${(error as Error).message}`,
        hint: "delete this file and run ingest again (unchanged chunks are upserted idempotently)",
      });
    }
  }

  get(source: string): SourceRecord | undefined {
    return this.data.sources[source];
  }

  sources(): string[] {
    return Object.keys(this.data.sources).sort();
  }

  set(source: string, record: SourceRecord): void {
    this.data.sources[source] = record;
    this.save();
  }

  remove(source: string): void {
    delete this.data.sources[source];
    this.save();
  }

  private save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.data, null, 1)}\n`);
    renameSync(temporary, this.file);
  }
}
