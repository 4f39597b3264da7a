// The job ledger: a small JSON file (in the project's `.tandem/`) of the jobs this project started or followed,
// each with the last event id seen, so following resumes after a restart without repeating or losing events.
// Every change re-reads the file and replaces it atomically (write a temporary file, fsync, rename).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TandemError, writeFileAtomic } from "@tandem/core";
import { z } from "zod";
import type { JobEvent, JobMetrics } from "./job-event";

const fileReferenceSchema = z.object({ id: z.string(), path: z.string().optional(), sha256: z.string().optional() });

const metricsSchema = z.object({
  step: z.number(),
  totalSteps: z.number().optional(),
  trainLoss: z.number().optional(),
  validLoss: z.number().optional(),
  fullValidLoss: z.number().optional(),
  trainMeanTokenAccuracy: z.number().optional(),
  validMeanTokenAccuracy: z.number().optional(),
  fullValidMeanTokenAccuracy: z.number().optional(),
});

export const ledgerEntrySchema = z.object({
  id: z.string(),
  /** The API the job lives on. */
  baseURL: z.string(),
  model: z.string(),
  method: z.string(),
  status: z.string(),
  trainingFile: fileReferenceSchema.optional(),
  validationFile: fileReferenceSchema.optional(),
  suffix: z.string().optional(),
  /** Hash of the files and parameters the job was started with (to warn before starting the same job twice). */
  requestKey: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Id of the last event delivered to the user; following resumes after it. */
  lastEventId: z.string().optional(),
  eventsSeen: z.number().int().nonnegative().default(0),
  lastMetrics: metricsSchema.optional(),
  fineTunedModel: z.string().optional(),
  trainedTokens: z.number().optional(),
  error: z.object({ code: z.string(), message: z.string(), param: z.string().nullable() }).optional(),
  /** Set when the tuned model id was written into a config file. */
  configWritten: z.object({ file: z.string(), key: z.string(), value: z.string(), at: z.string() }).optional(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

const uploadSchema = z.object({ baseURL: z.string(), sha256: z.string(), fileId: z.string(), path: z.string(), uploadedAt: z.string() });
export type LedgerUpload = z.infer<typeof uploadSchema>;

const ledgerSchema = z.object({
  version: z.literal(1),
  jobs: z.array(ledgerEntrySchema),
  uploads: z.array(uploadSchema).default([]),
});
type LedgerData = z.infer<typeof ledgerSchema>;

/** The ledger's file name inside a state directory. */
export const ledgerFileName = "fine-tuning-jobs.json";

export class JobLedger {
  /** @param file The ledger file; `JobLedger.inDirectory(stateDir)` for the usual place. */
  constructor(readonly file: string) {}

  static inDirectory(stateDir: string): JobLedger {
    return new JobLedger(join(stateDir, ledgerFileName));
  }

  /** Every job, newest first (jobs created in the same second: the later recorded first). */
  list(): LedgerEntry[] {
    return [...this.read().jobs].reverse().sort((left, right) => right.createdAt.localeCompare(left.createdAt));
  }

  get(id: string): LedgerEntry | undefined {
    return this.read().jobs.find((job) => job.id === id);
  }

  /** The most recently started job, if any. */
  latest(): LedgerEntry | undefined {
    return this.list()[0];
  }

  /** Adds a job, or merges `entry` into the one with its id. */
  upsert(entry: Partial<LedgerEntry> & Pick<LedgerEntry, "id">): LedgerEntry {
    let result: LedgerEntry | undefined;
    this.change((data) => {
      const now = new Date().toISOString();
      const index = data.jobs.findIndex((job) => job.id === entry.id);
      const previous = data.jobs[index];
      const merged = ledgerEntrySchema.parse({
        baseURL: "",
        model: "",
        method: "supervised",
        status: "unknown",
        createdAt: now,
        ...previous,
        ...entry,
        updatedAt: now,
      });
      if (index >= 0) data.jobs[index] = merged;
      else data.jobs.push(merged);
      result = merged;
    });
    return result as LedgerEntry;
  }

  /** Records that `event` was delivered: the cursor moves past it, and its metrics become the job's latest. */
  recordEvent(jobId: string, event: JobEvent): void {
    this.change((data) => {
      const job = data.jobs.find((entry) => entry.id === jobId);
      if (!job) throw new TandemError({ code: "INTERNAL", file: this.file, message: `job ${jobId} is not in the ledger` });
      job.lastEventId = event.id;
      job.eventsSeen += 1;
      if (event.metrics) job.lastMetrics = event.metrics satisfies JobMetrics;
      job.updatedAt = new Date().toISOString();
    });
  }

  /** A file already uploaded to `baseURL` with this content hash, if any. */
  findUpload(baseURL: string, sha256: string): LedgerUpload | undefined {
    return this.read().uploads.findLast((upload) => upload.baseURL === baseURL && upload.sha256 === sha256);
  }

  recordUpload(upload: LedgerUpload): void {
    this.change((data) => {
      data.uploads = data.uploads.filter((existing) => !(existing.baseURL === upload.baseURL && existing.sha256 === upload.sha256));
      data.uploads.push(upload);
    });
  }

  forgetUpload(baseURL: string, fileId: string): void {
    this.change((data) => {
      data.uploads = data.uploads.filter((upload) => !(upload.baseURL === baseURL && upload.fileId === fileId));
    });
  }

  private read(): LedgerData {
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { version: 1, jobs: [], uploads: [] };
      throw new TandemError({ code: "SOURCE_UNREADABLE", file: this.file, message: `cannot read the job ledger: ${(error as Error).message}`, cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new TandemError({
        code: "INPUT_INVALID",
        file: this.file,
        message: `the job ledger is not valid JSON (${(error as Error).message})`,
        hint: "it is only ever replaced atomically, so it was edited by hand; fix it or move it away (jobs stay on the provider: `tandem tune list`)",
        cause: error,
      });
    }
    const parsed = ledgerSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TandemError({
        code: "INPUT_INVALID",
        file: this.file,
        path: issue ? `/${issue.path.join("/")}` : undefined,
        message: `the job ledger does not have the expected shape: ${issue?.message ?? "unknown problem"}`,
        hint: "fix it or move it away (jobs stay on the provider: `tandem tune list`)",
      });
    }
    return parsed.data;
  }

  private change(apply: (data: LedgerData) => void): void {
    const data = this.read();
    apply(data);
    writeFileAtomic(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}
