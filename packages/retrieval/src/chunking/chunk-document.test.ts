import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownHeadings } from "../loaders/markdown-loader";
import type { SourceDocument } from "../loaders/source-document";
import { chunkDocument } from "./chunk-document";
import { countTokens } from "./token-counter";

const sampleCorpus = join(import.meta.dirname, "../../../../datasets/kestrel/corpus");

function document(text: string, source = "doc.md", format: SourceDocument["format"] = "markdown"): SourceDocument {
  return {
    source,
    path: `/x/${source}`,
    title: "T",
    text,
    format,
    modifiedAt: "2026-01-01T00:00:00.000Z",
    contentHash: "h",
    ...(format === "markdown" ? { headings: markdownHeadings(text) } : {}),
  };
}

describe("chunkDocument", () => {
  it("keeps exact spans and the token budget for every chunk of every sample document", () => {
    let total = 0;
    for (const name of readdirSync(sampleCorpus)) {
      const text = readFileSync(join(sampleCorpus, name), "utf8");
      for (const chunkSize of [64, 256]) {
        const chunks = chunkDocument(document(text, name, name.endsWith(".md") ? "markdown" : "text"), { chunkSize, chunkOverlap: 16 });
        expect(chunks.length).toBeGreaterThan(0);
        for (const chunk of chunks) {
          expect(text.slice(chunk.metadata.spanStart, chunk.metadata.spanEnd)).toBe(chunk.text);
          expect(chunk.text).toBe(chunk.text.trim());
          expect(countTokens(chunk.text)).toBeLessThanOrEqual(chunkSize);
          expect(chunk.metadata.tokens).toBe(countTokens(chunk.text));
          total += 1;
        }
        expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(chunks.length);
      }
    }
    expect(total).toBeGreaterThan(300);
  });

  it("covers every word of the document", () => {
    const text = readFileSync(join(sampleCorpus, "pricing.md"), "utf8");
    const chunks = chunkDocument(document(text), { chunkSize: 48, chunkOverlap: 8 });
    const covered = new Uint8Array(text.length);
    for (const chunk of chunks) covered.fill(1, chunk.metadata.spanStart, chunk.metadata.spanEnd);
    for (const match of text.matchAll(/\S/g)) expect(covered[match.index ?? 0], `offset ${match.index}`).toBe(1);
  });

  it("overlaps neighbouring chunks of a section by at most chunkOverlap tokens", () => {
    const text = `# Long\n\n${Array.from({ length: 60 }, (_, index) => `Sentence number ${index} talks about topic ${index % 7}.`).join(" ")}`;
    const chunks = chunkDocument(document(text), { chunkSize: 64, chunkOverlap: 16 });
    expect(chunks.length).toBeGreaterThan(3);
    for (let index = 1; index < chunks.length; index += 1) {
      const previous = chunks[index - 1]?.metadata as { spanEnd: number };
      const current = chunks[index]?.metadata as { spanStart: number };
      expect(current.spanStart).toBeLessThan(previous.spanEnd);
      const shared = text.slice(current.spanStart, previous.spanEnd);
      expect(countTokens(shared)).toBeLessThanOrEqual(16);
      expect(countTokens(shared)).toBeGreaterThan(4);
    }
  });

  it("gives stable ids and heading paths, and never mixes sections", () => {
    const text = "# Guide\nIntro.\n\n## Setup\n" + "Install the CLI. ".repeat(40) + "\n\n### Linux\nUse the package.\n\n## Usage\nRun it.";
    const first = chunkDocument(document(text), { chunkSize: 64, chunkOverlap: 8 });
    const second = chunkDocument(document(text), { chunkSize: 64, chunkOverlap: 8 });
    expect(first.map((chunk) => chunk.id)).toEqual(second.map((chunk) => chunk.id));
    const headingFor = (needle: string) => first.find((chunk) => chunk.text.includes(needle))?.metadata.headings;
    expect(headingFor("Use the package")).toBe("Guide > Setup > Linux");
    expect(headingFor("Run it")).toBe("Guide > Usage");
    expect(first.some((chunk) => chunk.text.includes("Intro") && chunk.text.includes("Install"))).toBe(false);
    expect(first.map((chunk) => chunk.metadata.chunkIndex)).toEqual(first.map((_, index) => index));
  });

  it("joins a heading-only section to the next one", () => {
    const chunks = chunkDocument(document("# Guide\n\n## Setup\nInstall it.\n\n## Usage\nRun it."));
    expect(chunks.map((chunk) => [chunk.text, chunk.metadata.headings])).toEqual([
      ["# Guide\n\n## Setup\nInstall it.", "Guide > Setup"],
      ["## Usage\nRun it.", "Guide > Usage"],
    ]);
  });

  it("splits a run without separators into token windows", () => {
    const text = `before\n\n${"x9Qz".repeat(400)}\n\nafter`;
    const chunks = chunkDocument(document(text, "blob.txt", "text"), { chunkSize: 32, chunkOverlap: 0 });
    for (const chunk of chunks) {
      expect(text.slice(chunk.metadata.spanStart, chunk.metadata.spanEnd)).toBe(chunk.text);
      expect(countTokens(chunk.text)).toBeLessThanOrEqual(32);
    }
    expect(chunks.map((chunk) => chunk.text).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });

  it("changes the id when the text or the source changes; repeats get distinct ids", () => {
    const [one] = chunkDocument(document("Same text."));
    const [two] = chunkDocument(document("Other text."));
    const [three] = chunkDocument(document("Same text.", "other.md"));
    expect(new Set([one?.id, two?.id, three?.id]).size).toBe(3);
    const occurrences = new Map<string, number>();
    const [first] = chunkDocument(document("Same text."), { occurrences });
    const [again] = chunkDocument(document("Same text."), { occurrences });
    expect(first?.id).not.toBe(again?.id);
  });
});
