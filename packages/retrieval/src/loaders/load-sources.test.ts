import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { chunkDocument } from "../chunking/chunk-document";
import { extractHtml } from "./html-loader";
import { loadSources } from "./load-sources";

const page = `<!doctype html><html><head><title>Kestrel &amp; Pricing</title><style>p { color: red }</style>
<script>var menu = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/docs">Docs</a></nav>
<main><h1>Pricing</h1><p>Egress   costs <b>$0.09</b> per&nbsp;GB in eu-west-1.</p>
<h2>Storage</h2><p>Storage costs $0.25 per GB-month.<br>Snapshots are free.</p>
<div hidden>secret draft</div><ul><li>Starter</li><li>Pro &mdash; $79</li></ul>
<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$79</td></tr></table></main>
<footer>© 2026 Kestrel</footer><noscript>enable JS</noscript></body></html>`;

async function pdfBytes(pages: string[][], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (title) pdf.setTitle(title);
  for (const lines of pages) {
    const sheet = pdf.addPage([420, 300]);
    lines.forEach((line, index) => sheet.drawText(line, { x: 20, y: 260 - index * 18, size: 11, font }));
  }
  return pdf.save();
}

async function corpus(): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), "tandem-load-"));
  mkdirSync(join(directory, "docs", "nested"), { recursive: true });
  mkdirSync(join(directory, "data"));
  writeFileSync(join(directory, "docs", "b.md"), "Intro\n\n# Bee Title\nText about bees.");
  writeFileSync(join(directory, "docs", "a.txt"), "\nAlpha notes\nsecond line");
  writeFileSync(join(directory, "docs", "nested", "c.md"), "no heading here");
  writeFileSync(join(directory, "docs", ".hidden.md"), "# hidden");
  writeFileSync(join(directory, "docs", "image.png"), "binary");
  writeFileSync(join(directory, "docs", "broken.md"), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x41]));
  writeFileSync(join(directory, "docs", "empty.txt"), "  \n");
  writeFileSync(join(directory, "docs", "page.html"), page);
  writeFileSync(join(directory, "docs", "manual.pdf"), await pdfBytes([["Kestrel Manual", "Backups run daily."], ["Restores take minutes.", "Page two ends here."]], "The Kestrel Manual"));
  writeFileSync(join(directory, "docs", "scan.pdf"), await pdfBytes([[]]));
  writeFileSync(join(directory, "docs", "corrupt.pdf"), "%PDF-1.7 this is not a pdf");
  writeFileSync(
    join(directory, "data", "faq.jsonl"),
    [
      JSON.stringify({ id: 1, q: "How long are backups kept?", a: "Seven days on Starter.", team: "support", year: 2026 }),
      "{not json",
      JSON.stringify({ id: 2, q: "Missing answer" }),
      "",
      JSON.stringify({ id: 3, q: "Which port?", a: "Port 6432.", team: ["a", "b"] }),
      JSON.stringify({ id: 4, q: "Is there an SLA?", a: "99.95% on Pro.", team: "legal", year: 2025 }),
    ].join("\n"),
  );
  writeFileSync(
    join(directory, "data", "notes.csv"),
    'title,body,team\nFirst,"Backups are daily.\nRestores are fast.",ops\nShort,only two\nThird,"Pooler listens on 6432",platform\nEmpty,,ops\n',
  );
  return directory;
}

describe("loadSources", () => {
  it("loads every format, sorted, with titles, hashes and sources relative to the base", async () => {
    const base = await corpus();
    const result = await loadSources(["docs"], base);
    expect(result.documents.map((document) => [document.source, document.title, document.format])).toEqual([
      ["docs/a.txt", "Alpha notes", "text"],
      ["docs/b.md", "Bee Title", "markdown"],
      ["docs/manual.pdf", "The Kestrel Manual", "pdf"],
      ["docs/nested/c.md", "c.md", "markdown"],
      ["docs/page.html", "Kestrel & Pricing", "html"],
    ]);
    expect(result.documents[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.unsupported).toEqual(["docs/image.png"]);
  });

  it("reports bad files per file without aborting the rest", async () => {
    const result = await loadSources(["docs"], await corpus());
    expect(result.failures.map((failure) => failure.source)).toEqual(["docs/broken.md", "docs/corrupt.pdf", "docs/empty.txt", "docs/scan.pdf"]);
    expect(result.failures.find((failure) => failure.source === "docs/broken.md")?.reason).toBe("not valid UTF-8 text");
    expect(result.failures.find((failure) => failure.source === "docs/scan.pdf")?.reason).toMatch(/no extractable text/);
    expect(result.failures.find((failure) => failure.source === "docs/empty.txt")?.reason).toBe("empty file");
  });

  it("extracts visible HTML text with headings and a map back to the raw file", async () => {
    const base = await corpus();
    const [document] = (await loadSources(["docs/page.html"], base)).documents;
    expect(document?.text).toBe(
      "Pricing\n\nEgress costs $0.09 per GB in eu-west-1.\n\nStorage\n\nStorage costs $0.25 per GB-month.\nSnapshots are free.\n\nStarter\n\nPro — $79\n\nPlan | Price\nPro | $79\n\n© 2026 Kestrel",
    );
    expect(document?.headings?.map((heading) => [heading.level, heading.text])).toEqual([
      [1, "Pricing"],
      [2, "Storage"],
    ]);
    const chunks = chunkDocument(document as NonNullable<typeof document>, { chunkSize: 16, chunkOverlap: 0 });
    for (const chunk of chunks) {
      expect(document?.text.slice(chunk.metadata.spanStart, chunk.metadata.spanEnd)).toBe(chunk.text);
      const raw = page.slice(chunk.metadata.rawSpanStart as number, chunk.metadata.rawSpanEnd as number);
      // The raw span starts at the chunk's first word and ends at its last one.
      const words = chunk.text.split(/\s+/);
      expect(raw.startsWith((words[0] as string).replace("&", "&amp;"))).toBe(true);
      expect(raw.endsWith((words.at(-1) as string).slice(-1))).toBe(true);
    }
    expect(chunks.find((chunk) => chunk.text.includes("Snapshots"))?.metadata.headings).toBe("Pricing > Storage");
  });

  it("drops scripts, styles, navigation and hidden elements", () => {
    const { text, title } = extractHtml(page);
    expect(title).toBe("Kestrel & Pricing");
    for (const noise of ["color: red", "not text", "Home", "Docs", "secret", "enable JS"]) expect(text).not.toContain(noise);
  });

  it("gives PDF pages to chunks", async () => {
    const base = await corpus();
    const [document] = (await loadSources(["docs/manual.pdf"], base)).documents;
    expect(document?.pageOffsets).toHaveLength(2);
    const chunks = chunkDocument(document as NonNullable<typeof document>, { chunkSize: 64 });
    expect(chunks.map((chunk) => [chunk.metadata.page, chunk.metadata.pageEnd])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(chunks[1]?.text).toContain("Restores take minutes.");
    for (const chunk of chunks) expect(document?.text.slice(chunk.metadata.spanStart, chunk.metadata.spanEnd)).toBe(chunk.text);
  });

  it("reads JSONL rows as documents with text, title and metadata fields; bad rows are reported by line", async () => {
    const base = await corpus();
    const result = await loadSources(
      [{ path: "data/faq.jsonl", textFields: ["q", "a"], titleField: "q", metadataFields: ["team", "year"], metadata: { product: "kestrel" } }],
      base,
      { metadata: { team: "default", product: "default" } },
    );
    expect(result.documents.map((document) => [document.line, document.title, document.text, document.metadata])).toEqual([
      [1, "How long are backups kept?", "How long are backups kept?\n\nSeven days on Starter.", { team: "support", product: "kestrel", year: 2026 }],
      [6, "Is there an SLA?", "Is there an SLA?\n\n99.95% on Pro.", { team: "legal", product: "kestrel", year: 2025 }],
    ]);
    expect(result.failures.map((failure) => [failure.line, failure.reason.split(":")[0]])).toEqual([
      [2, "not valid JSON"],
      [3, "missing text field /a"],
      [5, "metadata field /team is an array; metadata values must be text, numbers or booleans"],
    ]);
    const chunks = result.documents.flatMap((document) => chunkDocument(document));
    expect(chunks[0]?.metadata).toMatchObject({ source: "data/faq.jsonl", line: 1, team: "support", product: "kestrel", format: "jsonl" });
  });

  it("reads CSV records as documents; a record with the wrong field count or no text is reported by line", async () => {
    const base = await corpus();
    const result = await loadSources([{ path: "data/notes.csv", textFields: ["body"], metadataFields: ["team"] }], base);
    expect(result.documents.map((document) => [document.line, document.title, document.text, document.metadata?.team])).toEqual([
      [2, "First", "Backups are daily.\nRestores are fast.", "ops"],
      [5, "Third", "Pooler listens on 6432", "platform"],
    ]);
    expect(result.failures).toEqual([
      { source: "data/notes.csv", line: 4, reason: "2 fields, the header has 3" },
      { source: "data/notes.csv", line: 6, reason: "empty text (/body)" },
    ]);
  });

  it("keeps spans exact for the chunks of every loader", async () => {
    const base = await corpus();
    const result = await loadSources(["docs", { path: "data/faq.jsonl", textFields: ["q", "a"] }, { path: "data/notes.csv", textFields: ["body"] }], base);
    const formats = new Set<string>();
    for (const document of result.documents) {
      for (const chunk of chunkDocument(document, { chunkSize: 8, chunkOverlap: 2 })) {
        expect(document.text.slice(chunk.metadata.spanStart, chunk.metadata.spanEnd)).toBe(chunk.text);
        formats.add(document.format);
      }
    }
    expect([...formats].sort()).toEqual(["csv", "html", "jsonl", "markdown", "pdf", "text"]);
  });

  it("rejects a missing path before reading anything", async () => {
    const base = await corpus();
    let caught: unknown;
    try {
      await loadSources(["docs", "missing"], base);
    } catch (error) {
      caught = error;
    }
    expect(TandemError.isInstance(caught)).toBe(true);
    expect((caught as TandemError).code).toBe("SOURCE_NOT_FOUND");
    expect((caught as TandemError).message).toContain(join(base, "missing"));
  });
});
