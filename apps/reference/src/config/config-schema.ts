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
      denseWeight: z.number().min(0).default(1).describe("Weight of the dense (Chroma) list in reciprocal rank fusion. Default 1."),
      lexicalWeight: z.number().min(0).default(1).describe("Weight of the BM25 list. Default 1."),
      rrfK: z.number().min(0).default(60).describe("RRF constant k in weight / (k + rank), ranks 0-based. Default 60."),
      candidates: z.number().int().min(1).max(1000).optional().describe("Candidates taken from each side. Default 4 per requested hit."),
      collapseDuplicates: z.boolean().default(true).describe("Fold near-duplicate chunks into the best hit. Default true."),
      fusion: z
        .enum(["rrf", "score"])
        .default("rrf")
        .describe("rrf: reciprocal rank fusion; score: weighted sum of each side's normalised scores (see normalization). Default rrf."),
      normalization: z.enum(["min-max", "z-score"]).default("min-max").describe("Score normalisation of fusion: score, per query and side. Default min-max."),
      denseFeedback: z
        .strictObject({
          documents: z.number().int().min(0).max(10).describe("Top BM25 hits whose text moves the dense query vector (0 = off)."),
          weight: z.number().min(0).default(0.5).describe("Weight of their mean vector beside the query's. Default 0.5."),
        })
        .optional()
        .describe("Dense pseudo-relevance feedback (costs one embedding of those texts per search). Default off."),
    })
    .prefault({})
    .describe("Hybrid search: dense + BM25 fused (reciprocal rank fusion by default)."),
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
