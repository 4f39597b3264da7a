// Hybrid search with the corpus-fitted offline embedder: fit LSA on the chunks, store its vectors in Chroma, and
// fuse dense and BM25 with the score fusion and dense feedback chosen on the benchmarks' tuning split.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Chunk } from "@tandem/core";
import { LsaEmbeddings } from "@tandem/models";
import { ChromaStore, createHybridRetriever, ensureChroma } from "@tandem/retrieval";

const texts = [
  "Aircraft wing lift rises with the angle of attack until the wing stalls.",
  "Pilots lower the flaps to add lift at low speed before landing the airplane.",
  "Supersonic flow over a thin wing forms shock waves at the leading edge.",
  "Boundary layer transition on a flat plate depends on the Reynolds number.",
  "Banana bread needs ripe bananas, flour, butter and a little sugar.",
];
const chunks: Chunk[] = texts.map((text, index) => ({
  id: `c${index}`,
  text,
  metadata: { source: `notes/${index}.txt`, spanStart: 0, spanEnd: text.length, chunkIndex: 0, sourceHash: `${index}` },
}));

const chroma = await ensureChroma({ dataDir: join(mkdtempSync(join(tmpdir(), "tandem-hybrid-")), "chroma") }); // or CHROMA_URL
try {
  const embeddings = LsaEmbeddings.fit(texts, { dimensions: 4 }); // frozen; save() it beside the index
  const store = await ChromaStore.open({ client: chroma.client, baseName: "notes", embedderId: embeddings.id });
  await store.upsert(chunks, await embeddings.embedDocuments(texts));
  const hybrid = await createHybridRetriever({
    store,
    embeddings,
    fusion: "score", // default "guarded" (lexical first, the dense side breaks near-ties)
    normalization: "z-score", // default "min-max"
    denseWeight: 0.5, // default 1 with score fusion
    denseFeedback: { documents: 1, weight: 0.5 }, // default off
  });
  for (const hit of await hybrid.search("airplane wing stall", { k: 2 })) {
    console.log(hit.source, hit.score.toFixed(2), JSON.stringify(hit.scores));
  }
} finally {
  await chroma.stop();
}
