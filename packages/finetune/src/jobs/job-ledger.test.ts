import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { JobLedger } from "./job-ledger";

describe("JobLedger", () => {
  it("records jobs and the event cursor, replacing the file atomically (no temporary file left)", () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-ledger-"));
    const ledger = JobLedger.inDirectory(directory);
    expect(ledger.latest()).toBeUndefined();
    ledger.upsert({ id: "ftjob-1", baseURL: "http://x/v1", model: "m", status: "queued", createdAt: "2026-01-01T00:00:00.000Z" });
    ledger.upsert({ id: "ftjob-2", baseURL: "http://x/v1", model: "m", status: "running", createdAt: "2026-01-02T00:00:00.000Z" });
    ledger.recordEvent("ftjob-1", { id: "e1", createdAt: 0, level: "info", type: "metrics", message: "step", metrics: { step: 3, trainLoss: 0.5 } });
    const reread = new JobLedger(ledger.file);
    expect(reread.latest()?.id).toBe("ftjob-2");
    expect(reread.get("ftjob-1")).toMatchObject({ lastEventId: "e1", eventsSeen: 1, lastMetrics: { step: 3, trainLoss: 0.5 }, status: "queued" });
    expect(readdirSync(directory)).toEqual(["fine-tuning-jobs.json"]);
  });

  it("names the file and says what to do when the ledger was damaged by hand", () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-ledger-"));
    const ledger = JobLedger.inDirectory(directory);
    writeFileSync(ledger.file, '{"version": 1, "jobs": [');
    const error = (() => {
      try {
        ledger.list();
      } catch (caught) {
        return caught as TandemError;
      }
    })();
    expect(error?.code).toBe("INPUT_INVALID");
    expect(error?.file).toBe(ledger.file);
    expect(error?.hint).toContain("tandem tune list");
    writeFileSync(ledger.file, '{"version": 1, "jobs": [{"id": 3}]}');
    expect(() => ledger.list()).toThrow(/does not have the expected shape/);
  });
});
