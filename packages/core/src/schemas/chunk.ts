import { z } from "zod";

/** Character span `[start, end)` of a chunk or quote in its source text. */
export const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof spanSchema>;

/** Flat metadata every chunk carries (flat because Chroma metadata cannot nest). */
export const chunkMetadataSchema = z
  .object({
    /** Source path (relative to the config directory when it is inside it) or URL. */
    source: z.string(),
    title: z.string().optional(),
    /** Heading path of the section the chunk belongs to, joined with " > ". */
    headings: z.string().optional(),
    spanStart: z.number().int().nonnegative(),
    spanEnd: z.number().int().nonnegative(),
    chunkIndex: z.number().int().nonnegative(),
    /** Modification time of the source, ISO 8601. */
    modifiedAt: z.string().optional(),
    /** Content hash of the whole source, used by incremental ingestion. */
    sourceHash: z.string(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type ChunkMetadata = z.infer<typeof chunkMetadataSchema>;

export const chunkSchema = z.object({
  /** Stable id: a hash of source and content. */
  id: z.string(),
  text: z.string(),
  metadata: chunkMetadataSchema,
});
export type Chunk = z.infer<typeof chunkSchema>;

/** One search result. `score` is higher-is-better; `scores` exposes each side of a hybrid search. */
export const searchHitSchema = z.object({
  id: z.string(),
  score: z.number(),
  source: z.string(),
  text: z.string(),
  metadata: chunkMetadataSchema,
  scores: z
    .object({
      dense: z.number().optional(),
      /** BM25 score of the query as typed (the lexical side's first pass). */
      lexical: z.number().optional(),
      /** The lexical ranking's score in [0, 1] (title field, feedback and hop applied), before the dense side. */
      fused: z.number().optional(),
      /** What the linked-document hop added to the lexical ranking's score (the hit is named by a better hit). */
      hop: z.number().optional(),
      denseRank: z.number().optional(),
      lexicalRank: z.number().optional(),
      /** Score given by a reranker, when one reordered the hits. */
      rerank: z.number().optional(),
    })
    .optional(),
  /** Ids of near-duplicate chunks (same or nearly the same text, e.g. a copy in another source) folded into this hit. */
  collapsed: z.array(z.string()).optional(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
