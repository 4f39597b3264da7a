// Ingest Markdown and a JSONL FAQ with metadata, keep the BM25 side persisted beside Chroma, search hybrid with a
// `where` filter, and evaluate dense / BM25 / hybrid on judged queries.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalHashEmbeddings } from "@tandem/models";
import {
  ChromaStore,
  createHybridRetriever,
  ensureChroma,
  evaluateRetrieval,
  ingest,
  LexicalIndex,
  parseRetrievalJudgements,
} from "@tandem/retrieval";

const root = mkdtempSync(join(tmpdir(), "tandem-hybrid-example-"));
mkdirSync(join(root, "docs"));
writeFileSync(join(root, "docs", "pricing.md"), "# Pricing\n\n## Egress\nEgress in eu-west-1 costs $0.09 per GB.\n");
writeFileSync(join(root, "docs", "backups.md"), "# Backups\n\nDaily backups are kept for 7 days on Starter.\n");
writeFileSync(
  join(root, "faq.jsonl"),
  `${JSON.stringify({ q: "Which port does the pooler use?", a: "Port 6432.", team: "platform" })}\n${JSON.stringify({ q: "Is there an SLA?", a: "99.95% on Pro.", team: "legal" })}\n`,
);

const stateDir = join(root, ".tandem");
const chroma = await ensureChroma({ dataDir: join(stateDir, "chroma") });
try {
  const embeddings = new LocalHashEmbeddings();
  const store = await ChromaStore.open({ client: chroma.client, embedderId: embeddings.id, repair: chroma.repair });
  const { index: lexical } = await LexicalIndex.open({ cacheDir: stateDir, store });
  const summary = await ingest({
    sources: ["docs", { path: "faq.jsonl", textFields: ["q", "a"], metadataFields: ["team"] }],
    metadata: { product: "kestrel" },
    baseDir: root,
    stateDir,
    store,
    embeddings,
    lexical, // synced with Chroma, updated in place and saved (a cache: deleting it is harmless)
    chunking: { chunkSize: 256, chunkOverlap: 32 },
  });
  console.log(`added ${summary.added}, chunks ${summary.chunks.total}, failed ${summary.failed.length}`);

  const hybrid = await createHybridRetriever({ store, embeddings, lexical }); // the default search (options: README → Search options)
  const [hit] = await hybrid.search("pooler port", { k: 1, where: { $and: [{ team: "platform" }, { product: "kestrel" }] } });
  console.log(hit?.source, hit?.metadata.line, hit?.scores); // faq.jsonl 1 { fused, lexical, lexicalRank, dense, denseRank }

  const { queries } = parseRetrievalJudgements(`${JSON.stringify({ query: "backup retention", relevant: ["docs/backups.md"] })}\n`, "judged.jsonl");
  const evaluation = await evaluateRetrieval({
    queries,
    k: 1,
    methods: {
      dense: (query, options) => hybrid.search(query, { ...options, mode: "dense" }),
      bm25: (query, options) => hybrid.search(query, { ...options, mode: "lexical" }),
      hybrid: (query, options) => hybrid.search(query, options),
    },
  });
  console.log(evaluation.methods.hybrid); // { recall, allGold, mrr, ndcg }
} finally {
  await chroma.stop();
}
