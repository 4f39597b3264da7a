// @tandem/retrieval — Chroma (launcher + store), loaders, chunking, incremental ingestion, search, the RAG chain.
export { startChromaServer, freePort, type ChromaServer, type StartChromaServerOptions } from "./chroma/chroma-server";
export { ensureChroma, type ChromaConnection, type EnsureChromaOptions } from "./chroma/ensure-chroma";
export { ChromaSupervisor, type ChromaHealth, type ChromaRole } from "./chroma/chroma-supervisor";
export { DataDirLock, readLock, processAlive, processStartTime, type LockRecord, type ChromaEndpoint } from "./chroma/data-dir-lock";
export { loadSources, listSourceFiles, loaders, formatsByExtension, sourceName, type LoadSourcesResult, type SourceFile } from "./loaders/load-sources";
export type { Loader, LoaderInput, LoaderOutput } from "./loaders/loader";
export { sourceSpecSchema, sourceEntrySchema, userMetadataSchema, reservedMetadataKeys, type SourceSpec, type SourceEntry } from "./loaders/source-spec";
export { ragConfigSchema, hybridRetrieverOptions, configuredSources, type RagConfig } from "./config/rag-config";
export type { SourceDocument, SourceFormat, LoadFailure, Heading, MetadataValue } from "./loaders/source-document";
export { chunkDocument, chunkId, defaultChunkSize, defaultChunkOverlap, type ChunkingOptions } from "./chunking/chunk-document";
export { countTokens, tokenizerName } from "./chunking/token-counter";
export { ChromaStore, isStoppedCompactor, isConnectionFailure, storedMetadata, type CompanionCollection, type OpenChromaStoreOptions } from "./store/chroma-store";
export { collectionName } from "./store/collection-name";
export { IngestionRecords, chunkIdsHash, type IndexState, type RecordChange, type RecordsStats, type SourceRecord } from "./indexing/ingestion-records";
export { IngestLease, processIdentity, type IngestLeaseOptions, type LeaseIdentity, type LeaseWait } from "./indexing/ingest-lease";
export { hasLocalRecords, migrateLocalRecords, migrateLocalRecordsHoldingLease, readLocalRecords } from "./indexing/local-records";
export { ingest, type IngestOptions, type IngestProgress, type IngestSummary } from "./indexing/ingest";
export { createRetriever, asLangChainRetriever, type Retriever, type SearchOptions } from "./search/retriever";
export {
  createHybridRetriever,
  defaultFusion,
  type HybridRetriever,
  type HybridRetrieverOptions,
  type HybridSearchOptions,
  type SearchMode,
  type SearchSettings,
} from "./search/hybrid-retriever";
export { rankLexical, defaultTitleWeight, type LexicalRanking, type LexicalRankingOptions, type LexicalCandidate } from "./search/lexical-ranking";
export { expandQuery, defaultFeedback, type RelevanceFeedbackOptions } from "./search/relevance-feedback";
export { defaultHop, type LinkedDocumentOptions } from "./search/linked-documents";
export { TitleDictionary, titleKey } from "./search/title-dictionary";
export { guardedFusion } from "./search/guarded-fusion";
export { LexicalIndex, type LexicalSync, type OpenLexicalIndexOptions } from "./search/lexical-index";
export { IndexFollower, type IndexFollowerOptions, type IndexStatus } from "./search/index-follower";
export { Bm25Index, type Bm25Hit, type Bm25Options, type Bm25SearchOptions, type LexicalDocument, type WeightedTerms } from "./search/bm25-index";
export { plainAnalyzer } from "./search/plain-analyzer";
export { compileWhere, type WhereFilter } from "./search/where-filter";
export { collapseNearDuplicates } from "./search/near-duplicates";
export type { Reranker } from "./search/reranker";
export { reciprocalRankFusion, type RankedList } from "./search/reciprocal-rank-fusion";
export { createRagChain, RagChain, defaultRagK, contextBlocks, retrievalFinishedEvent, type RagAnswer, type RagAnswerChunk, type RagChainOptions } from "./rag/rag-chain";
export { fuseHits, type FusionOptions } from "./search/fuse-hits";
export { expandQueryVector, moveQueryVector, type DenseFeedbackOptions, type DenseSideOptions } from "./search/dense-feedback";
export { scoreFusion, type ScoredList, type ScoreNormalization } from "./search/score-fusion";
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
export { parseRetrievalJudgements, type RetrievalJudgement } from "./evaluation/retrieval-judgements";
export {
  evaluateRetrieval,
  sourceMatches,
  type EvaluateRetrievalOptions,
  type EvaluatedSearch,
  type MethodScores,
  type QueryOutcome,
  type RetrievalEvaluation,
} from "./evaluation/evaluate-retrieval";
