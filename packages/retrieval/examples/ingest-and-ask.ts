// Start a local Chroma server, ingest a folder incrementally, search it, and ask with citations.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExtractiveReader, LocalHashEmbeddings } from "@tandem/models";
import { ChromaStore, createRagChain, createRetriever, ensureChroma, ingest } from "@tandem/retrieval";

const root = mkdtempSync(join(tmpdir(), "tandem-example-"));
mkdirSync(join(root, "docs"));
writeFileSync(join(root, "docs", "pricing.md"), "# Pricing\n\n## Egress\nEgress in eu-west-1 costs $0.09 per GB.\n");
writeFileSync(join(root, "docs", "backups.md"), "# Backups\n\nDaily backups are kept for 7 days on Starter.\n");

const chroma = await ensureChroma({ dataDir: join(root, ".tandem", "chroma") }); // or CHROMA_URL
try {
  const embeddings = new LocalHashEmbeddings();
  const store = await ChromaStore.open({ client: chroma.client, embedderId: embeddings.id, repair: chroma.repair });
  const summary = await ingest({ paths: ["docs"], baseDir: root, stateDir: join(root, ".tandem"), store, embeddings });
  console.log(`added ${summary.added}, skipped ${summary.skipped}, chunks ${summary.chunks.total}`);

  const retriever = createRetriever({ store, embeddings });
  console.log((await retriever.search("backup retention", { k: 1 }))[0]?.source); // → docs/backups.md

  const chain = createRagChain({ retriever, model: new ExtractiveReader() });
  const answer = await chain.invoke({ query: "What does egress cost in eu-west-1?" });
  console.log(answer.text, answer.citations[0]?.source, answer.citations[0]?.span);
} finally {
  await chroma.stop();
}
