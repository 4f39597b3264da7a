import { modelsConfigSchema } from "@tandem/models";
import { sourceEntrySchema, userMetadataSchema } from "@tandem/retrieval";
import { routerConfigSchema } from "@tandem/router";
import { z } from "zod";
import { serverConfigSchema } from "./server-config-schema";

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
  chunkSize: z.number().int().min(16).max(8192).default(256).describe("Largest chunk, in tokens (o200k_base). Default 256."),
  chunkOverlap: z
    .number()
    .int()
    .min(0)
    .max(4096)
    .default(32)
    .describe("Tokens a chunk repeats from the end of the previous one (at most half of chunkSize). Default 32."),
  k: z.number().int().min(1).max(50).default(4).describe("Chunks retrieved per question. Default 4."),
  hybrid: z
    .strictObject({
      fusion: z
        .enum(["guarded", "rrf", "score"])
        .default("guarded")
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
      lexicalWeight: z.number().min(0).default(1).describe("Weight of the lexical list with fusion rrf / score. Default 1."),
      rrfK: z.number().min(0).default(60).describe("RRF constant k in weight / (k + rank), ranks 0-based. Default 60."),
      candidates: z.number().int().min(1).max(1000).optional().describe("Candidates taken from each side. Default 4 per requested hit."),
      collapseDuplicates: z.boolean().default(true).describe("Fold near-duplicate chunks into the best hit. Default true."),
      normalization: z.enum(["min-max", "z-score"]).default("min-max").describe("Score normalisation of fusion: score, per query and side. Default min-max."),
      titleWeight: z
        .number()
        .min(0)
        .default(2)
        .describe("Weight of a chunk's title (its document's title) beside its text in BM25, BM25F-style; 0 = text only. Default 2."),
      feedback: z
        .union([
          z.literal(false),
          z.strictObject({
            documents: z.number().int().min(1).max(100).default(10).describe("Top first-pass hits the expansion terms come from. Default 10."),
            terms: z.number().int().min(1).max(100).default(10).describe("Expansion terms. Default 10."),
            originalWeight: z.number().min(0).max(1).default(0.5).describe("Share of the original query in the expanded one (RM3's lambda). Default 0.5."),
            firstPassWeight: z
              .number()
              .min(0)
              .max(1)
              .default(0.5)
              .describe("Share of the first pass's score in a chunk's score, the expanded pass making up the rest; 0 = classic RM3. Default 0.5."),
            guard: z
              .boolean()
              .default(true)
              .describe("Skip the feedback for a query whose best hits name other documents by title (entity queries, where it drifts). Default true."),
          }),
        ])
        .prefault({})
        .describe("RM3 pseudo-relevance feedback on the lexical side (false = off). Default on: 10 documents, 10 terms, original weight 0.5, averaged with the first pass, guarded."),
      hop: z
        .union([
          z.literal(false),
          z.strictObject({
            linkers: z.number().int().min(1).max(50).default(5).describe("Best hits whose text is read for names of other documents. Default 5."),
            weight: z.number().min(0).max(1).default(0.5).describe("A named document's bonus as a share of the naming hit's score. Default 0.5."),
            maxSources: z.number().int().min(1).default(3).describe("Titles held by more sources than this are headings, never linked. Default 3."),
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

/** `tuned:` — the fine-tuned model and the data it learned from. */
export const tunedConfigSchema = z.strictObject({
  trainingData: z
    .string()
    .min(1)
    .describe("OpenAI chat JSONL the tuned model was trained on (relative to the config file)."),
  systemPrompt: z
    .string()
    .optional()
    .describe("System prompt sent to the tuned model. Default: the most common system prompt in trainingData."),
  cutoff: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2026-06-30")
    .optional()
    .describe("The tuned model's training cutoff (YYYY-MM-DD)."),
});

export const tandemConfigSchema = z
  .object({
    rag: ragConfigSchema.optional(),
    tuned: tunedConfigSchema.optional(),
    models: modelsConfigSchema.prefault({}),
    router: routerConfigSchema,
    chroma: z
      .strictObject({
        url: z
          .url()
          .optional()
          .describe("A running Chroma server. Default: the CHROMA_URL environment variable, else a local server Tandem starts."),
      })
      .prefault({}),
    server: serverConfigSchema,
  })
  .strict()
  .refine((config) => config.rag !== undefined || config.tuned !== undefined, {
    message: "configure at least one of `rag` (documents to answer from) or `tuned` (the fine-tuned model's training data)",
  });

export type TandemConfigInput = z.input<typeof tandemConfigSchema>;
export type ParsedTandemConfig = z.output<typeof tandemConfigSchema>;
