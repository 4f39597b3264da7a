// @tandem/retrieval — Chroma (launcher + store), loaders, chunking, incremental ingestion, search, the RAG chain.
export { startChromaServer, freePort, type ChromaServer, type StartChromaServerOptions } from "./chroma/chroma-server";
export { ensureChroma, type ChromaConnection, type EnsureChromaOptions } from "./chroma/ensure-chroma";
export { loadSources, loaders, sourceName, type Loader, type LoadSourcesResult } from "./loaders/load-sources";
export type { SourceDocument, LoadFailure } from "./loaders/source-document";
export { chunkDocument, chunkId, type ChunkingOptions } from "./chunking/chunk-document";
export { ChromaStore, type OpenChromaStoreOptions } from "./store/chroma-store";
export { collectionName } from "./store/collection-name";
export { IngestionRecords, type SourceRecord } from "./indexing/ingestion-records";
export { ingest, type IngestOptions, type IngestProgress, type IngestSummary } from "./indexing/ingest";
export { createRetriever, asLangChainRetriever, type Retriever, type SearchOptions } from "./search/retriever";
export { createHybridRetriever, type HybridRetriever, type HybridRetrieverOptions } from "./search/hybrid-retriever";
export { fuseHits, type FusionOptions } from "./search/fuse-hits";
export { expandQueryVector, type DenseFeedbackOptions, type DenseSideOptions } from "./search/dense-feedback";
export { Bm25Index, type Bm25Hit, type Bm25Options } from "./search/bm25-index";
export { reciprocalRankFusion, type RankedList } from "./search/reciprocal-rank-fusion";
export { scoreFusion, type ScoredList, type ScoreNormalization } from "./search/score-fusion";
export { createRagChain, contextBlocks, type RagAnswer, type RagChainOptions } from "./rag/rag-chain";
export { resolveCitations, type ResolvedCitations } from "./rag/resolve-citations";
export {
  recallAtK,
  allGoldAtK,
  reciprocalRank,
  ndcgAtK,
  summarizeRetrieval,
  type Judgements,
  type MetricSummary,
} from "./evaluation/retrieval-metrics";
