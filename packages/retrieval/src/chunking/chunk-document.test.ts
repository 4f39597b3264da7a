import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../loaders/source-document";
import { chunkDocument } from "./chunk-document";

const sampleCorpus = join(import.meta.dirname, "../../../../datasets/kestrel/corpus");

function document(text: string, source = "doc.md", format: SourceDocument["format"] = "markdown"): SourceDocument {
  return { source, path: `/x/${source}`, title: "T", text, format, modifiedAt: "2026-01-01T00:00:00.000Z", contentHash: "h" };
}

describe("chunkDocument", () => {
  it("keeps exact spans for every chunk of every sample document", async () => {
    let total = 0;
    for (const name of readdirSync(sampleCorpus)) {
      const text = readFileSync(join(sampleCorpus, name), "utf8");
      const chunks = await chunkDocument(document(text, name, name.endsWith(".md") ? "markdown" : "text"), { chunkSize: 500, chunkOverlap: 80 });
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) {
        expect(text.slice(chunk.metadata.spanStart, chunk.metadata.spanEnd)).toBe(chunk.text);
        total += 1;
      }
      expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(chunks.length);
    }
    expect(total).toBeGreaterThan(100);
  });

  it("gives stable ids and heading paths", async () => {
    const text = "# Guide\nIntro.\n\n## Setup\n" + "Install the CLI. ".repeat(40) + "\n\n### Linux\nUse the package.\n\n## Usage\nRun it.";
    const first = await chunkDocument(document(text), { chunkSize: 300, chunkOverlap: 50 });
    const second = await chunkDocument(document(text), { chunkSize: 300, chunkOverlap: 50 });
    expect(first.map((chunk) => chunk.id)).toEqual(second.map((chunk) => chunk.id));
    const headingFor = (needle: string) => first.find((chunk) => chunk.text.includes(needle))?.metadata.headings;
    expect(headingFor("Use the package")).toBe("Guide > Setup > Linux");
    expect(headingFor("Run it")).toBe("Guide > Usage");
    expect(first.map((chunk) => chunk.metadata.chunkIndex)).toEqual(first.map((_, index) => index));
  });

  it("changes the id when the text or the source changes", async () => {
    const [one] = await chunkDocument(document("Same text."));
    const [two] = await chunkDocument(document("Other text."));
    const [three] = await chunkDocument(document("Same text.", "other.md"));
    expect(new Set([one?.id, two?.id, three?.id]).size).toBe(3);
  });
});
