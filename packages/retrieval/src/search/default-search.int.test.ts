// Integration: the default search's components on the real Chroma server — the linked-document hop, the fusion
// guard against a misleading dense side, and the title dictionary kept incrementally by ingestion and persisted.
import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Embeddings } from "@langchain/core/embeddings";
import { LocalHashEmbeddings } from "@tandem/models";
import { describe, expect, it } from "vitest";
import { ingest } from "../indexing/ingest";
import { ChromaStore } from "../store/chroma-store";
import { createHybridRetriever } from "./hybrid-retriever";
import { testProject, textChunks, useRealChroma } from "../testing/real-chroma.test-helper";
import { LexicalIndex } from "./lexical-index";

const chroma = useRealChroma("tandem-default-search");
const embeddings = new LocalHashEmbeddings();

/** A project with a corpus folder, ingested into its own collection with a persisted lexical index. */
async function project(name: string, files: Record<string, string>) {
  const { directory, stateDir, store } = await testProject(chroma, name, files, { embedderId: embeddings.id });
  const open = async () => LexicalIndex.open({ cacheDir: stateDir, store });
  const { index: lexical } = await open();
  const run = () => ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings, lexical });
  return { directory, stateDir, store, lexical, open, run };
}

const row = (title: string, text: string) => JSON.stringify({ title, text });
/** A small wiki: the sculptor's page names her teacher; the teacher's page says where he was born. */
const people = [
  row("Arlo Vance", "Arlo Vance is a sculptor who trained under Mirela Ostrova in the northern studios."),
  row("Mirela Ostrova", "Mirela Ostrova was born in Port Halden and later founded a foundry school."),
  row("Tessa Quill", "Tessa Quill, a sculptor and teacher, was born in Greywater."),
  row("Ivo Brandt", "Ivo Brandt is a teacher of sculptors, born in Lowmarsh."),
  row("Nadia Ferro", "Nadia Ferro, sculptor, was born in Eastcombe and taught at the academy."),
  // Lower-case mention of a title: a name is only recognised as the title spells it.
  row("Port Halden", "Port Halden is a harbour town; a mirela ostrova exhibition travelled there."),
].join("\n");

describe("linked-document hop (real Chroma)", () => {
  it("pulls up the document a top hit names, and only with the hop on", async () => {
    const { store, lexical, run } = await project("hop", { "people.jsonl": people });
    expect((await run()).failed).toEqual([]);
    // A bonus of half the naming hit's score (the default is 0.2, chosen on the dev sets: documentation sites name
    // each other often, and a smaller bonus keeps a directly matching page above the pages it names).
    const retriever = await createHybridRetriever({ store, embeddings, lexical, hop: { weight: 0.5 } });
    const query = "Where was the teacher of the sculptor Arlo Vance born?";
    const byDefault = await createHybridRetriever({ store, embeddings, lexical });
    const named = (await byDefault.search(query, { k: 5 })).find((hit) => hit.metadata.title === "Mirela Ostrova");
    expect(named?.scores?.hop).toBeGreaterThan(0);
    const withHop = await retriever.search(query, { k: 2 });
    expect(withHop.map((hit) => hit.metadata.title)).toEqual(["Arlo Vance", "Mirela Ostrova"]);
    expect(withHop[1]?.scores?.hop).toBeGreaterThan(0);
    const withoutHop = await retriever.search(query, { k: 2, hop: false });
    expect(withoutHop[0]?.metadata.title).toBe("Arlo Vance");
    expect(withoutHop.map((hit) => hit.metadata.title)).not.toContain("Mirela Ostrova");
    // Scores stay in [0, 1] and never increase down the list.
    for (const hits of [withHop, withoutHop]) {
      hits.forEach((hit, index) => {
        expect(hit.score).toBeGreaterThanOrEqual(0);
        expect(hit.score).toBeLessThanOrEqual(1);
        if (index > 0) expect(hit.score).toBeLessThanOrEqual(hits[index - 1]?.score as number);
      });
    }
  }, 60_000);

  it("links a name only as the title spells it, and never a record to its own title", async () => {
    const { store, lexical, run } = await project("hop-case", { "people.jsonl": people });
    await run();
    const retriever = await createHybridRetriever({ store, embeddings, lexical, feedback: false });
    // The Port Halden page mentions "mirela ostrova" in lower case: not a name, so no link and no hop bonus from it.
    const hits = await retriever.search("harbour town exhibition", { k: 3 });
    expect(hits[0]?.metadata.title).toBe("Port Halden");
    expect(lexical.titles.mentions(hits[0]?.text ?? "")).not.toContain("mirela ostrova");
    expect(lexical.titles.mentions("Arlo Vance trained under Mirela Ostrova.")).toEqual(["arlo vance", "mirela ostrova"]);
    expect(hits.find((hit) => hit.metadata.title === "Mirela Ostrova")?.scores?.hop).toBeUndefined();
    // Arlo Vance's page names itself ("Arlo Vance is …"): that is not a link to itself.
    const self = await retriever.search("sculptor northern studios", { k: 5 });
    expect(self.find((hit) => hit.metadata.title === "Arlo Vance")?.scores?.hop).toBeUndefined();
  }, 60_000);
});

/**
 * A dense side that is confidently wrong: every query lands on the vector of one chunk (the "decoy"), whatever
 * it says. A fusion without a guard lets it climb; the guarded fusion must not.
 */
class DecoyEmbeddings extends Embeddings {
  readonly id = "decoy-3";
  constructor(private readonly decoy: string) {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => (text === this.decoy ? [1, 0, 0] : text.includes("two") ? [0.6, 0.8, 0] : text.includes("Backups") ? [0.3, 0, 0.95] : [0, 0, 1]));
  }
  async embedQuery(): Promise<number[]> {
    return [1, 0, 0];
  }
}

describe("fusion guard (real Chroma)", () => {
  const texts = [
    "Backups are kept for thirty days on the Pro plan.",
    "Alpha report one covers replication lag.",
    "Alpha report two covers replication lag.",
    "Banana bread needs ripe bananas and flour.",
  ];
  const chunks = textChunks(texts, "g");

  it("keeps the lexical order, lets the dense side break a near-tie, and ranks a dense-only hit after every lexical match", async () => {
    const decoy = new DecoyEmbeddings(texts[3] as string);
    const store = await ChromaStore.open({ client: chroma.client, baseName: "guard", embedderId: decoy.id });
    await store.upsert(chunks, await decoy.embedDocuments(texts));
    const retriever = await createHybridRetriever({ store, embeddings: decoy, collapseDuplicates: false, feedback: false, candidates: 3 });

    // Lexical ranking alone: the two "alpha report" chunks tie; the first added wins the tie.
    const lexicalOnly = await retriever.search("alpha report replication", { k: 4, denseWeight: 0 });
    expect(lexicalOnly.map((hit) => hit.id)).toEqual(["g1", "g2"]);
    expect(lexicalOnly[0]?.score).toBeCloseTo(lexicalOnly[1]?.score as number, 12);

    // Guarded: the dense side prefers g2 over g1 (similarity 0.6 vs none): it breaks the tie; the decoy, which
    // matches nothing lexically, comes after every lexical match however similar the dense side finds it.
    const guarded = await retriever.search("alpha report replication", { k: 4 });
    expect(guarded.map((hit) => hit.id)).toEqual(["g2", "g1", "g3", "g0"]);
    guarded.forEach((hit, index) => {
      expect(hit.score).toBeGreaterThanOrEqual(0);
      expect(hit.score).toBeLessThanOrEqual(1);
      if (index > 0) expect(hit.score).toBeLessThanOrEqual(guarded[index - 1]?.score as number);
    });
    // The dense factor is bounded: a lexical match keeps at least 1 / (1 + denseWeight) of its lexical score.
    for (const hit of guarded.filter((candidate) => candidate.scores?.fused !== undefined)) {
      expect(hit.score).toBeGreaterThanOrEqual((hit.scores?.fused as number) / 1.1 - 1e-12);
      expect(hit.score).toBeLessThanOrEqual((hit.scores?.fused as number) + 1e-12);
    }

    // Without the guard (RRF, dense weighted 2 : 1) the same dense side pushes a lexical match (g1) out of the top 3
    // for the decoy and another chunk that matches nothing.
    const unguarded = await retriever.search("alpha report replication", { k: 3, fusion: "rrf", denseWeight: 2 });
    expect(unguarded.map((hit) => hit.id)).toEqual(["g2", "g3", "g0"]);
    const guardedTop = await retriever.search("alpha report replication", { k: 3, denseWeight: 2 });
    expect(guardedTop.map((hit) => hit.id)).toEqual(["g2", "g1", "g3"]);

    // A query nothing matches lexically still gets the dense side's answer, by similarity.
    const unmatched = await retriever.search("zzzz qqqq", { k: 2 });
    expect(unmatched.map((hit) => hit.id)).toEqual(["g3", "g2"]);
    expect(unmatched[0]?.score).toBeCloseTo(1, 6);
    expect(unmatched[1]?.score).toBeCloseTo(0.6, 6);
    expect(unmatched[0]?.scores?.fused).toBeUndefined();
  }, 60_000);
});

describe("title dictionary, kept by ingestion (real Chroma)", () => {
  const page = (title: string, body: string) => `# ${title}\n\n${body}\n`;

  it("adds, renames and removes titles with the one file that changed, and restores them from disk", async () => {
    const { directory, stateDir, store, lexical, open, run } = await project("titles", {
      "people.jsonl": row("Arlo Vance", "Arlo Vance trained under Mirela Ostrova in the northern studios."),
      "tessa.md": page("Tessa Quill", "Tessa Quill paints harbours."),
    });
    await run();
    const retriever = await createHybridRetriever({ store, embeddings, lexical });
    const linked = async () => (await retriever.search("who trained Arlo Vance", { k: 3 })).filter((hit) => (hit.scores?.hop ?? 0) > 0).map((hit) => hit.metadata.title);
    // Mirela Ostrova has no page yet: nothing to link.
    expect(await linked()).toEqual([]);
    expect(lexical.titles.chunksOf("mirela ostrova").size).toBe(0);

    // One new file: ingestion adds only it, and its title is linkable at once.
    writeFileSync(join(directory, "corpus", "mirela.md"), page("Mirela Ostrova", "Born in Port Halden; founded a foundry school."));
    const added = await run();
    expect(added).toMatchObject({ added: 1, updated: 0, skipped: 2 });
    expect(lexical.titles.chunksOf("mirela ostrova").size).toBe(1);
    expect(await linked()).toEqual(["Mirela Ostrova"]);

    // Renaming the page (one file updated): the old title goes, the new one comes.
    writeFileSync(join(directory, "corpus", "mirela.md"), page("M. Ostrova-Reyes", "Born in Port Halden; founded a foundry school."));
    expect(await run()).toMatchObject({ added: 0, updated: 1, skipped: 2 });
    expect(lexical.titles.chunksOf("mirela ostrova").size).toBe(0);
    expect(lexical.titles.chunksOf("m ostrova reyes").size).toBe(1);
    expect(await linked()).toEqual([]);

    // Reopened from disk (no Chroma read, no rebuild): the same titles, the same links.
    writeFileSync(join(directory, "corpus", "mirela.md"), page("Mirela Ostrova", "Born in Port Halden; founded a foundry school."));
    await run();
    const reopened = await open();
    expect(reopened.sync.mode).toBe("loaded");
    expect(reopened.index.titles.chunksOf("mirela ostrova")).toEqual(lexical.titles.chunksOf("mirela ostrova"));
    expect(reopened.index.titles.size).toBe(lexical.titles.size);
    const fromDisk = await createHybridRetriever({ store, embeddings, lexical: reopened.index });
    expect((await fromDisk.search("who trained Arlo Vance", { k: 3 })).map((hit) => [hit.id, hit.score])).toEqual(
      (await retriever.search("who trained Arlo Vance", { k: 3 })).map((hit) => [hit.id, hit.score]),
    );

    // Removing the file (prune): its title leaves the dictionary.
    unlinkSync(join(directory, "corpus", "mirela.md"));
    await ingest({ sources: ["corpus"], baseDir: directory, stateDir, store, embeddings, lexical, prune: true });
    expect(lexical.titles.chunksOf("mirela ostrova").size).toBe(0);
    expect(await linked()).toEqual([]);
  }, 120_000);
});
