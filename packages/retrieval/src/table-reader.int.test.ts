// Integration: the offline reader on tables through the real RAG chain — a real Chroma server (started by our
// launcher on a temp dir), real Markdown and HTML files, ingestion, hybrid search, citation resolution.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SearchHit } from "@tandem/core";
import { ExtractiveReader, LocalHashEmbeddings } from "@tandem/models";
import { ChromaClient } from "chromadb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChromaServer, startChromaServer } from "./chroma/chroma-server";
import { ingest } from "./indexing/ingest";
import { createRagChain, type RagAnswer, type RagChain } from "./rag/rag-chain";
import { createHybridRetriever } from "./search/hybrid-retriever";
import { ChromaStore } from "./store/chroma-store";

let server: ChromaServer;
let chain: RagChain;
const root = mkdtempSync(join(tmpdir(), "tandem-table-reader-"));
const corpus = join(root, "corpus");
const stateDir = join(root, ".tandem");
const embeddings = new LocalHashEmbeddings();

const files: Record<string, string> = {
  "sla.md": [
    "# Service Level Agreement",
    "",
    "## Uptime commitment",
    "",
    "| Plan | Monthly uptime commitment |",
    "|---|---|",
    "| Hobby | No SLA |",
    "| Starter | No SLA (target 99.9%, no service credits) |",
    "| Pro | 99.95% |",
    "| Enterprise | 99.99% |",
    "",
    "## Claims",
    "",
    "Open a support ticket within 30 days after the end of the month in which the downtime happened.",
  ].join("\n"),
  // The same row again, in another source: quoted once at most.
  "notice-sla.md": "# Notice: SLA unchanged\n\nThe uptime commitments stay as they are:\n\n| Plan | Monthly uptime commitment |\n|---|---|\n| Pro | 99.95% |\n| Enterprise | 99.99% |\n",
  "api.md": "# Management API\n\n## Rate limits\n\n| Plan | Requests per minute per token |\n|---|---|\n| Hobby, Starter, Pro | 600 |\n| Enterprise | 3,000 |\n\nWhen you exceed the limit, the API returns 429.\n",
  "backups.md": "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro.\n",
  "branches.html":
    "<html><head><title>Branches</title></head><body><h1>Branches</h1><p>Opening hours of our branches.</p>" +
    "<table><tr><th>Branch</th><th>Weekdays</th><th>Saturday</th></tr>" +
    "<tr><td>Central</td><td>09:00–20:00</td><td>10:00–17:00</td></tr>" +
    "<tr><td>Eastside</td><td>10:00–18:00</td><td>closed</td></tr></table><p>Holidays differ.</p></body></html>",
};

beforeAll(async () => {
  mkdirSync(corpus, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
  server = await startChromaServer({ dataDir: join(stateDir, "chroma") });
  const store = await ChromaStore.open({ client: new ChromaClient({ host: server.host, port: server.port }), embedderId: embeddings.id });
  const summary = await ingest({ paths: [corpus], baseDir: root, stateDir, store, embeddings });
  expect(summary.failed).toEqual([]);
  const retriever = await createHybridRetriever({ store, embeddings });
  chain = createRagChain({ retriever, model: new ExtractiveReader(), k: 4 });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The cited hit of a marker. */
const citedHit = (answer: RagAnswer, marker: number): SearchHit => answer.hits[marker - 1] as SearchHit;

describe("the offline reader on tables, through the RAG chain (real Chroma server)", () => {
  it("answers a table question with the header and the matching row, and the citation resolves to the chunk's span in the file", async () => {
    const answer = await chain.invoke({ query: "What monthly uptime does the SLA promise on Pro?" });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^\| Plan \| Monthly uptime commitment \|\n\|---\|---\|\n\| Pro \| 99\.95% \| \[\d\]$/);
    const [citation] = answer.citations;
    expect(answer.citations).toHaveLength(1);
    const hit = citedHit(answer, citation?.marker ?? 0);
    expect(citation).toMatchObject({ chunkId: hit.id, source: hit.source, quote: "| Plan | Monthly uptime commitment |\n|---|---|\n| Pro | 99.95% |" });
    // The span is the chunk's place in its source file, and every quoted line is inside it, verbatim.
    const file = readFileSync(join(root, citation?.source ?? ""), "utf8");
    const spanned = file.slice(citation?.span.start, citation?.span.end);
    expect(spanned).toBe(hit.text);
    for (const line of (citation?.quote ?? "").split("\n")) expect(spanned).toContain(line);
  });

  it("quotes rows of one table under one header and never repeats a row, even when two sources hold it", async () => {
    const answer = await chain.invoke({ query: "What monthly uptime do the Pro and Enterprise plans get?" });
    const lines = answer.text.split("\n").map((line) => line.replace(/ \[\d\]$/, ""));
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.filter((line) => line === "| Plan | Monthly uptime commitment |")).toHaveLength(1);
    expect(lines).toContain("| Pro | 99.95% |");
    expect(lines).toContain("| Enterprise | 99.99% |");
    expect(lines.indexOf("| Pro | 99.95% |")).toBeLessThan(lines.indexOf("| Enterprise | 99.99% |"));
  });

  it("reads a table of an HTML page: header row and matching row, cited to the page", async () => {
    const answer = await chain.invoke({ query: "What are the Eastside opening hours on weekdays?" });
    expect(answer.text).toMatch(/^Branch \| Weekdays \| Saturday\nEastside \| 10:00–18:00 \| closed \[\d\]$/);
    const [citation] = answer.citations;
    expect(citation?.source).toBe("corpus/branches.html");
    // The chunk's raw span in the HTML file holds the quoted cells.
    const hit = citedHit(answer, citation?.marker ?? 0);
    const raw = readFileSync(join(root, "corpus/branches.html"), "utf8").slice(Number(hit.metadata.rawSpanStart), Number(hit.metadata.rawSpanEnd));
    expect(raw).toContain("<td>Eastside</td><td>10:00–18:00</td>");
  });

  it("streams the table answer as it invokes it, line breaks included", async () => {
    const query = "What is the Management API rate limit per token on Enterprise?";
    let streamed = "";
    for await (const chunk of await chain.stream({ query })) streamed += chunk.text ?? "";
    const answer = await chain.invoke({ query });
    expect(streamed).toBe(answer.text);
    expect(answer.text).toMatch(/^\| Plan \| Requests per minute per token \|\n\|---\|---\|\n\| Enterprise \| 3,000 \| \[\d\]$/);
  });

  it("abstains when the retrieved tables and sentences do not hold the answer", async () => {
    for (const query of ["What monthly uptime does the SLA promise on the Titan plan?", "Who founded the company?", "When were daily backups on Pro introduced?"]) {
      const answer = await chain.invoke({ query });
      expect(answer.hits.length).toBeGreaterThan(0);
      expect({ query, abstained: answer.abstained, citations: answer.citations }).toEqual({ query, abstained: true, citations: [] });
    }
  });
});
