import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { loadSources } from "./load-sources";

function corpus(): string {
  const directory = mkdtempSync(join(tmpdir(), "tandem-load-"));
  mkdirSync(join(directory, "docs", "nested"), { recursive: true });
  writeFileSync(join(directory, "docs", "b.md"), "Intro\n\n# Bee Title\nText about bees.");
  writeFileSync(join(directory, "docs", "a.txt"), "\nAlpha notes\nsecond line");
  writeFileSync(join(directory, "docs", "nested", "c.md"), "no heading here");
  writeFileSync(join(directory, "docs", ".hidden.md"), "# hidden");
  writeFileSync(join(directory, "docs", "image.png"), "binary");
  writeFileSync(join(directory, "docs", "broken.md"), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x41]));
  writeFileSync(join(directory, "docs", "empty.txt"), "  \n");
  return directory;
}

describe("loadSources", () => {
  it("loads supported files sorted, with titles, hashes and sources relative to the base", () => {
    const base = corpus();
    const result = loadSources(["docs"], base);
    expect(result.documents.map((document) => [document.source, document.title, document.format])).toEqual([
      ["docs/a.txt", "Alpha notes", "text"],
      ["docs/b.md", "Bee Title", "markdown"],
      ["docs/nested/c.md", "c.md", "markdown"],
    ]);
    expect(result.documents[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.unsupported).toEqual(["docs/image.png"]);
  });

  it("reports bad files per file without aborting the rest", () => {
    const result = loadSources(["docs"], corpus());
    expect(result.failures).toEqual([
      { source: "docs/broken.md", reason: "not valid UTF-8 text" },
      { source: "docs/empty.txt", reason: "empty file" },
    ]);
    expect(result.documents).toHaveLength(3);
  });

  it("rejects a missing path before reading anything", () => {
    const base = corpus();
    let caught: unknown;
    try {
      loadSources(["docs", "missing"], base);
    } catch (error) {
      caught = error;
    }
    expect(TandemError.isInstance(caught)).toBe(true);
    expect((caught as TandemError).code).toBe("SOURCE_NOT_FOUND");
    expect((caught as TandemError).message).toContain(join(base, "missing"));
  });
});
