// The local records of earlier versions (a snapshot and its journal in .tandem/), read once to move them into Chroma.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { hasLocalRecords, localRecordFiles, readLocalRecords } from "./local-records";

const fresh = () => mkdtempSync(join(tmpdir(), "tandem-local-records-"));
const record = (chunkIds: string[], fingerprint = "f1") => ({ fingerprint, chunkIds, ingestedAt: "2026-01-01T00:00:00.000Z" });
const lines = (...entries: unknown[]) => `${entries.map((entry) => JSON.stringify(entry)).join("\n")}\n`;

describe("readLocalRecords", () => {
  it("replays the journal over the snapshot: a begin without its commit is pending with every id it may have written", () => {
    const directory = fresh();
    const { snapshot, journal } = localRecordFiles(directory, "c");
    writeFileSync(snapshot, JSON.stringify({ version: 2, collection: "c", seq: 1, sources: { "a.md": record(["a1", "a2"]) } }));
    writeFileSync(journal, lines({ seq: 1, op: "remove", source: "a.md" }, { seq: 2, op: "begin", source: "a.md", fingerprint: "f2", chunkIds: ["a2", "a3"] }, { seq: 3, op: "commit", source: "b.md", record: record(["b1"]) }));
    expect(hasLocalRecords(directory, "c")).toBe(true);
    const records = readLocalRecords(directory, "c");
    // seq 1 is already in the snapshot: the remove is not replayed.
    expect(records.get("a.md")).toMatchObject({ fingerprint: "f1", pending: "f2", chunkIds: ["a1", "a2", "a3"] });
    expect(records.get("b.md")).toEqual(record(["b1"]));
  });

  it("ignores a torn last journal line, and rejects damage elsewhere naming the file", () => {
    const directory = fresh();
    const { journal } = localRecordFiles(directory, "c");
    writeFileSync(journal, `${lines({ seq: 1, op: "commit", source: "a.md", record: record(["a1"]) })}{"seq":2,"op":"beg`);
    expect(readLocalRecords(directory, "c").get("a.md")).toEqual(record(["a1"]));
    writeFileSync(journal, `not json\n${lines({ seq: 1, op: "commit", source: "a.md", record: record(["a1"]) })}`);
    const error = (() => {
      try {
        readLocalRecords(directory, "c");
      } catch (caught) {
        return caught;
      }
    })();
    expect(TandemError.isInstance(error) && error.code).toBe("INPUT_INVALID");
    expect((error as TandemError).file).toBe(journal);
  });

  it("reads the first version's file and marks every source for one redo", () => {
    const directory = fresh();
    writeFileSync(localRecordFiles(directory, "c").snapshot, JSON.stringify({ version: 1, collection: "c", sources: { "a.md": { contentHash: "h", chunkIds: ["a1"], ingestedAt: "x" } } }));
    expect(readLocalRecords(directory, "c").get("a.md")).toEqual({ fingerprint: "v1:h", chunkIds: ["a1"], ingestedAt: "x" });
  });

  it("finds nothing in a directory without records", () => {
    const directory = fresh();
    expect(hasLocalRecords(directory, "c")).toBe(false);
    expect(readLocalRecords(directory, "c").size).toBe(0);
  });
});
