// `rag:` of a Tandem config, owned here: the collection, its sources, chunking and search, each default taken from
// the part that applies it (so the config, its JSON Schema and a retriever built without one agree), and what the
// parsed block means to those parts: `configuredSources` for paths given at ingest time, `hybridRetrieverOptions`.
import { z } from "zod";
import { defaultChunkOverlap, defaultChunkSize } from "../chunking/chunk-document";
import { type SourceEntry, sourceEntrySchema, userMetadataSchema } from "../loaders/source-spec";
import { defaultRagK } from "../rag/rag-chain";
import { defaultFusion, type HybridRetrieverOptions } from "../search/hybrid-retriever";
import { defaultTitleWeight } from "../search/lexical-ranking";
import { defaultHop } from "../search/linked-documents";
import { defaultFeedback } from "../search/relevance-feedback";

/** `rag:` — the document collection the RAG chain answers from. */
export const ragConfigSchema = z.strictObject({
  sources: z
    .array(sourceEntrySchema)
    .min(1, "list at least one file or directory to ingest")
    .describe(
      "Files and directories ingested into the collection (relative paths resolve from the config file's directory): a path, " +
        "or {path, format?, textFields?, titleField?, metadataFields?, delimiter?, metadata?}.",
    ),
  metadata: userMetadataSchema.default({}).describe("Metadata added to every chunk, e.g. {team: docs} (a source's own metadata overrides it). Default none."),
  collection: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,60}[a-zA-Z0-9]$/, "3-62 characters of letters, digits, '.', '_' or '-', starting and ending with a letter or digit")
    .default("tandem")
    .describe("Base name of the Chroma collection; the embedder id is appended. Default: tandem."),
  chunkSize: z.number().int().min(16).max(8192).default(defaultChunkSize).describe(`Largest chunk, in tokens (o200k_base). Default ${defaultChunkSize}.`),
  chunkOverlap: z
    .number()
    .int()
    .min(0)
    .max(4096)
    .default(defaultChunkOverlap)
    .describe(`Tokens a chunk repeats from the end of the previous one (at most half of chunkSize). Default ${defaultChunkOverlap}.`),
  k: z.number().int().min(1).max(50).default(defaultRagK).describe(`Chunks retrieved per question. Default ${defaultRagK}.`),
  hybrid: z
    .strictObject({
      fusion: z
        .enum(["guarded", "rrf", "score"])
        .default(defaultFusion.fusion)
        .describe(
          "How the lexical ranking and the dense side combine. guarded: lexical first, the dense similarity scales a hit's score by at most " +
            "(1 + denseWeight), so a weak embedder can only break near-ties; rrf: reciprocal rank fusion; score: weighted sum of each side's " +
            "normalised scores (see normalization). Default guarded.",
        ),
      denseWeight: z
        .number()
        .min(0)
        .optional()
        .describe("Weight of the dense (Chroma) side: the guard's factor with fusion guarded (default 0.1), the list weight with rrf / score (default 1). 0 = no dense search."),
      lexicalWeight: z.number().min(0).default(defaultFusion.lexicalWeight).describe(`Weight of the lexical list with fusion rrf / score. Default ${defaultFusion.lexicalWeight}.`),
      rrfK: z.number().min(0).default(defaultFusion.rrfK).describe(`RRF constant k in weight / (k + rank), ranks 0-based. Default ${defaultFusion.rrfK}.`),
      candidates: z.number().int().min(1).max(1000).optional().describe("Candidates taken from each side. Default 4 per requested hit."),
      collapseDuplicates: z.boolean().default(defaultFusion.collapseDuplicates).describe(`Fold near-duplicate chunks into the best hit. Default ${defaultFusion.collapseDuplicates}.`),
      normalization: z.enum(["min-max", "z-score"]).default(defaultFusion.normalization).describe(`Score normalisation of fusion: score, per query and side. Default ${defaultFusion.normalization}.`),
      titleWeight: z
        .number()
        .min(0)
        .default(defaultTitleWeight)
        .describe(`Weight of a chunk's title (its document's title) beside its text in BM25, BM25F-style; 0 = text only. Default ${defaultTitleWeight}.`),
      feedback: z
        .union([
          z.literal(false),
          z.strictObject({
            documents: z.number().int().min(1).max(100).default(defaultFeedback.documents).describe(`Top first-pass hits the expansion terms come from. Default ${defaultFeedback.documents}.`),
            terms: z.number().int().min(1).max(100).default(defaultFeedback.terms).describe(`Expansion terms. Default ${defaultFeedback.terms}.`),
            originalWeight: z.number().min(0).max(1).default(defaultFeedback.originalWeight).describe(`Share of the original query in the expanded one (RM3's lambda). Default ${defaultFeedback.originalWeight}.`),
            firstPassWeight: z
              .number()
              .min(0)
              .max(1)
              .default(defaultFeedback.firstPassWeight)
              .describe(`Share of the first pass's score in a chunk's score, the expanded pass making up the rest; 0 = classic RM3. Default ${defaultFeedback.firstPassWeight}.`),
            guard: z
              .boolean()
              .default(defaultFeedback.guard)
              .describe(`Skip the feedback for a query whose best hits name other documents by title (entity queries, where it drifts). Default ${defaultFeedback.guard}.`),
          }),
        ])
        .prefault({})
        .describe(`RM3 pseudo-relevance feedback on the lexical side (false = off). Default on: ${defaultFeedback.documents} documents, ${defaultFeedback.terms} terms, original weight ${defaultFeedback.originalWeight}, averaged with the first pass, guarded.`),
      hop: z
        .union([
          z.literal(false),
          z.strictObject({
            linkers: z.number().int().min(1).max(50).default(defaultHop.linkers).describe(`Best hits whose text is read for names of other documents. Default ${defaultHop.linkers}.`),
            weight: z.number().min(0).max(1).default(defaultHop.weight).describe(`A named document's bonus as a share of the naming hit's score. Default ${defaultHop.weight}.`),
            maxSources: z.number().int().min(1).default(defaultHop.maxSources).describe(`Titles held by more sources than this are headings, never linked. Default ${defaultHop.maxSources}.`),
          }),
        ])
        .prefault({})
        .describe("Linked-document hop: chunks of documents whose title the best hits mention get a bonus (false = off). Default on."),
      denseFeedback: z
        .strictObject({
          documents: z.number().int().min(0).max(10).describe("Top lexical hits whose text moves the dense query vector (0 = off)."),
          weight: z.number().min(0).default(0.5).describe("Weight of their mean vector beside the query's. Default 0.5."),
        })
        .optional()
        .describe("Dense pseudo-relevance feedback (costs one read of those vectors per search). Default off."),
    })
    .prefault({})
    .describe("Search: the lexical ranking (BM25 over text and title, RM3 feedback, linked-document hop) and the dense side, combined by the guarded fusion."),
});

export type RagConfig = z.output<typeof ragConfigSchema>;

/** `rag.hybrid` as retriever options (unset keys keep the retriever's defaults). */
export function hybridRetrieverOptions(hybrid: RagConfig["hybrid"]): Omit<HybridRetrieverOptions, "store" | "embeddings" | "lexical"> {
  const { candidates, denseFeedback, denseWeight, ...rest } = hybrid;
  return { ...rest, ...(candidates ? { candidates } : {}), ...(denseFeedback ? { denseFeedback } : {}), ...(denseWeight === undefined ? {} : { denseWeight }) };
}

/**
 * The configured source spec for each entry: a path the config names (or lies under) keeps that source's options
 * (format, fields, metadata), so `tandem ingest data/faq.jsonl` reads it as `rag.sources` says.
 */
export function configuredSources(entries: readonly SourceEntry[], configured: readonly SourceEntry[]): SourceEntry[] {
  const specs = configured.filter((entry) => typeof entry !== "string");
  return entries.map((entry) => {
    if (typeof entry !== "string") return entry;
    const owner = specs.find((spec) => entry === spec.path || entry.startsWith(`${spec.path}/`));
    return owner ? { ...owner, path: entry } : entry;
  });
}
