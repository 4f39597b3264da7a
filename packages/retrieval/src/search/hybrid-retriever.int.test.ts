// Integration: the hybrid retriever's fusion options on the real Chroma server, with the offline embedders.
import { Embeddings } from "@langchain/core/embeddings";
import { LocalHashEmbeddings, LsaEmbeddings } from "@tandem/models";
import { describe, expect, it } from "vitest";
import { ChromaStore } from "../store/chroma-store";
import { textChunks, useRealChroma } from "../testing/real-chroma.test-helper";
import { createHybridRetriever } from "./hybrid-retriever";

const texts = [
  "Aircraft wing lift rises with the angle of attack until the wing stalls.",
  "Pilots lower the flaps to add lift at low speed before landing.",
  "Supersonic flow over a thin wing forms shock waves at the leading edge.",
  "Banana bread needs ripe bananas, flour, butter and a little sugar.",
  "Ripe mangoes and bananas are sweet yellow fruit.",
  "Boundary layer transition on a flat plate depends on the Reynolds number.",
];
const chunks = textChunks(texts, "c");

/** Records what the retriever asks the embedder for (to check the dense feedback), embedding with `inner`. */
class RecordingEmbeddings extends Embeddings {
  readonly documentCalls: string[][] = [];
  constructor(private readonly inner: LocalHashEmbeddings | LsaEmbeddings) {
    super({});
  }
  async embedDocuments(documents: string[]): Promise<number[][]> {
    this.documentCalls.push(documents);
    return this.inner.embedDocuments(documents);
  }
  async embedQuery(document: string): Promise<number[]> {
    return this.inner.embedQuery(document);
  }
}

const chroma = useRealChroma("tandem-hybrid");

async function openStore(embeddings: LocalHashEmbeddings | LsaEmbeddings): Promise<ChromaStore> {
  const store = await ChromaStore.open({ client: chroma.client, baseName: "hybrid", embedderId: embeddings.id });
  await store.upsert(chunks, await embeddings.embedDocuments(texts));
  return store;
}

describe("hybrid retriever fusion options (real Chroma)", () => {
  it("score fusion: min-max by default, 1 for a hit first on both sides, per-side scores exposed", async () => {
    const embeddings = new LocalHashEmbeddings();
    const store = await openStore(embeddings);
    const hybrid = await createHybridRetriever({ store, embeddings, fusion: "score" });
    const [top, second] = await hybrid.search("banana bread sugar", { k: 2 });
    expect(top?.id).toBe("c3");
    expect(top?.scores).toMatchObject({ denseRank: 0, lexicalRank: 0 });
    expect(top?.score).toBeCloseTo(1, 10);
    expect(second?.score).toBeLessThan(1);
    const zScored = await createHybridRetriever({ store, embeddings, fusion: "score", normalization: "z-score" });
    expect((await zScored.search("banana bread sugar", { k: 1 }))[0]?.id).toBe("c3");
  });

  it("weights decide which side leads (rrf and score fusion alike)", async () => {
    const embeddings = new LocalHashEmbeddings();
    const store = await openStore(embeddings);
    // "lift" is a BM25 term of c0 and c1; the dense side of a hash embedder also matches "lifting" by character n-grams.
    for (const fusion of ["rrf", "score"] as const) {
      const lexicalOnly = await createHybridRetriever({ store, embeddings, fusion, denseWeight: 0 });
      const hits = await lexicalOnly.search("wing lift", { k: 3 });
      expect(hits.every((hit) => hit.scores?.lexical !== undefined)).toBe(true);
      const denseOnly = await createHybridRetriever({ store, embeddings, fusion, lexicalWeight: 0 });
      const denseHits = await denseOnly.search("wing lift", { k: 6 });
      const denseOrder = [...denseHits].sort((left, right) => (left.scores?.denseRank ?? 99) - (right.scores?.denseRank ?? 99));
      expect(denseHits.map((hit) => hit.id)).toEqual(denseOrder.map((hit) => hit.id));
    }
  });

  it("dense feedback moves the dense query towards the top BM25 hits' stored vectors, embedding nothing", async () => {
    const lsa = LsaEmbeddings.fit(texts, { dimensions: 3 });
    const store = await openStore(lsa);
    const plainEmbeddings = new RecordingEmbeddings(lsa);
    const plain = await createHybridRetriever({ store, embeddings: plainEmbeddings });
    const query = "flow transition"; // BM25 puts c5 first; LSA alone puts the wing documents first
    const before = await plain.search(query, { k: 3 });
    expect(plainEmbeddings.documentCalls).toEqual([]);

    const feedbackEmbeddings = new RecordingEmbeddings(lsa);
    const withFeedback = await createHybridRetriever({ store, embeddings: feedbackEmbeddings, denseFeedback: { documents: 1, weight: 2 } });
    const after = await withFeedback.search(query, { k: 3 });
    expect(feedbackEmbeddings.documentCalls).toEqual([]); // c5's vector came from Chroma
    // Chroma's dense score for c5 is the cosine of c5 with the query vector before, and with
    // normalise(query + 2 × vector(c5)) after: the dense query moved towards the feedback document.
    const cosine = (left: number[], right: number[]) => left.reduce((sum, value, index) => sum + value * (right[index] as number), 0);
    const queryVector = lsa.embed(query);
    const feedbackVector = lsa.embed(texts[5] as string);
    const expanded = queryVector.map((value, index) => value + 2 * (feedbackVector[index] as number));
    const norm = Math.hypot(...expanded);
    const denseScore = (hits: typeof before, id: string) => hits.find((hit) => hit.id === id)?.scores?.dense;
    expect(denseScore(before, "c5")).toBeCloseTo(cosine(queryVector, feedbackVector), 5);
    expect(denseScore(after, "c5")).toBeCloseTo(cosine(expanded.map((value) => value / norm), feedbackVector), 5);
    expect(denseScore(after, "c5") as number).toBeGreaterThan((denseScore(before, "c5") as number) + 0.1);

    // A feedback hit the store has no vector for (here: deleted from Chroma after the BM25 side was built) is embedded.
    await store.delete(["c5"]);
    await withFeedback.search(query, { k: 3 });
    expect(feedbackEmbeddings.documentCalls).toEqual([[texts[5]]]);
  });

  it("a where filter restricts the feedback documents too", async () => {
    const embeddings = new RecordingEmbeddings(new LocalHashEmbeddings());
    const store = await openStore(new LocalHashEmbeddings());
    const requested: string[][] = [];
    const read = store.vectors.bind(store);
    store.vectors = (ids) => {
      requested.push([...ids]);
      return read(ids);
    };
    const hybrid = await createHybridRetriever({ store, embeddings, denseFeedback: { documents: 2 } });
    const hits = await hybrid.search("wing lift", { k: 3, where: { source: "doc2.txt" } });
    expect(hits.map((hit) => hit.id)).toEqual(["c2"]);
    expect(requested).toEqual([["c2"]]);
    expect(embeddings.documentCalls).toEqual([]);
  });
});
