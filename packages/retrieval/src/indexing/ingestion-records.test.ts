import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { IngestionRecords } from "./ingestion-records";

const fresh = () => mkdtempSync(join(tmpdir(), "tandem-records-"));
const record = (chunkIds: string[], fingerprint = "f1") => ({ fingerprint, chunkIds, ingestedAt: "2026-01-01T00:00:00.000Z" });

describe("IngestionRecords", () => {
  it("journals begin before commit: a reload after a kill sees the pending source with every id it may have written", () => {
    const directory = fresh();
    const records = IngestionRecords.open(directory, "c");
    records.commit("a.md", record(["a1", "a2"]));
    records.begin("a.md", "f2", ["a2", "a3"]);
    // No compact(): the process "died" here.
    const reloaded = IngestionRecords.open(directory, "c");
    expect(reloaded.get("a.md")).toMatchObject({ fingerprint: "f1", pending: "f2", chunkIds: ["a1", "a2", "a3"] });
    expect(reloaded.pendingSources()).toEqual(["a.md"]);
    reloaded.commit("a.md", record(["a2", "a3"], "f2"));
    reloaded.compact();
    const compacted = IngestionRecords.open(directory, "c");
    expect(compacted.get("a.md")).toEqual(record(["a2", "a3"], "f2"));
    expect(compacted.chunkCount()).toBe(2);
  });

  it("ignores a torn last journal line, and rejects damage elsewhere naming the file", () => {
    const directory = fresh();
    const records = IngestionRecords.open(directory, "c");
    records.commit("a.md", record(["a1"]));
    appendFileSync(records.journalFile, '{"seq":2,"op":"beg');
    expect(IngestionRecords.open(directory, "c").get("a.md")).toEqual(record(["a1"]));
    writeFileSync(records.journalFile, `not json\n${readFileSync(records.journalFile, "utf8")}`);
    const error = (() => {
      try {
        IngestionRecords.open(directory, "c");
      } catch (caught) {
        return caught;
      }
    })();
    expect(TandemError.isInstance(error) && error.code).toBe("INPUT_INVALID");
    expect((error as TandemError).file).toBe(records.journalFile);
  });

  it("replays only journal entries newer than the snapshot (a kill between rename and journal removal)", () => {
    const directory = fresh();
    const records = IngestionRecords.open(directory, "c");
    records.commit("a.md", record(["a1"]));
    records.remove("a.md");
    const journal = readFileSync(records.journalFile, "utf8");
    records.compact();
    writeFileSync(records.journalFile, journal);
    records.commit("b.md", record(["b1"]));
    const reloaded = IngestionRecords.open(directory, "c");
    expect(reloaded.sources()).toEqual(["b.md"]);
  });

  it("reads the first version's file and marks every source for one redo", () => {
    const directory = fresh();
    writeFileSync(join(directory, "ingest-c.json"), JSON.stringify({ version: 1, collection: "c", sources: { "a.md": { contentHash: "h", chunkIds: ["a1"], ingestedAt: "x" } } }));
    const records = IngestionRecords.open(directory, "c");
    expect(records.get("a.md")).toEqual({ fingerprint: "v1:h", chunkIds: ["a1"], ingestedAt: "x" });
  });

  it("changes its stamp when a committed record changes", () => {
    const records = IngestionRecords.open(fresh(), "c");
    const empty = records.stamp();
    records.commit("a.md", record(["a1"]));
    const one = records.stamp();
    records.begin("a.md", "f2", ["a2"]);
    expect(new Set([empty, one, records.stamp()]).size).toBe(3);
  });
});
