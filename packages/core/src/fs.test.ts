import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "./fs";
import { round } from "./round";

describe("writeFileAtomic", () => {
  const directory = () => mkdtempSync(join(tmpdir(), "tandem-fs-"));

  it("writes a string, bytes or pieces, creating the directory, and leaves no temporary file", () => {
    const root = directory();
    const file = join(root, "nested", "a.json");
    writeFileAtomic(file, '{"a":1}\n');
    expect(readFileSync(file, "utf8")).toBe('{"a":1}\n');
    writeFileAtomic(file, new Uint8Array([104, 105]), { fsync: false });
    expect(readFileSync(file, "utf8")).toBe("hi");
    writeFileAtomic(file, ["one\n", "two\n"]);
    expect(readFileSync(file, "utf8")).toBe("one\ntwo\n");
    expect(readdirSync(join(root, "nested"))).toEqual(["a.json"]);
  });

  it("the old content stays until the rename (beforeRename sees it)", () => {
    const file = join(directory(), "records.json");
    writeFileSync(file, "old");
    let seen = "";
    writeFileAtomic(file, "new", { beforeRename: () => (seen = readFileSync(file, "utf8")) });
    expect(seen).toBe("old");
    expect(readFileSync(file, "utf8")).toBe("new");
  });

  it("a failure while writing leaves the old file and removes the temporary one", () => {
    const root = directory();
    const file = join(root, "out.jsonl");
    writeFileSync(file, "old\n");
    function* pieces(): Generator<string> {
      yield "first\n";
      throw new Error("the source broke");
    }
    expect(() => writeFileAtomic(file, pieces())).toThrow("the source broke");
    expect(readFileSync(file, "utf8")).toBe("old\n");
    expect(readdirSync(root)).toEqual(["out.jsonl"]);
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  });
});

describe("round", () => {
  it("rounds to 4 decimals by default, or to the digits asked", () => {
    expect(round(0.123456)).toBe(0.1235);
    expect(round(0.123456, 3)).toBe(0.123);
    expect(round(2.5, 0)).toBe(3);
    expect(round(1e-9, 8)).toBe(0);
  });
});
