import { modelsConfigSchema } from "@tandem/models";
import { ragConfigSchema } from "@tandem/retrieval";
import { routerConfigSchema } from "@tandem/router";
import { z } from "zod";
import { serverConfigSchema } from "./server-config-schema";

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
        refreshMs: z
          .number()
          .int()
          .min(50)
          .default(1000)
          .describe("How often `tandem serve` reads the index version from Chroma and refreshes its lexical index (changed sources only), in milliseconds. Default 1000."),
        stalenessMs: z
          .number()
          .int()
          .min(100)
          .default(5000)
          .describe("Staleness bound: /v1/health reports the index `degraded` once this server last knew it current longer ago than this, in milliseconds. Default 5000."),
        lease: z
          .strictObject({
            ttlMs: z
              .number()
              .int()
              .min(1000)
              .default(30_000)
              .describe("An ingest whose heartbeat has not been seen for this long is dead and its lease is taken over (a dead ingest on this same machine at once), in milliseconds. Default 30000."),
            waitMs: z
              .number()
              .int()
              .min(0)
              .default(600_000)
              .describe("How long an ingest waits for the lease another ingest holds before failing with INGEST_BUSY (0 = fail at once), in milliseconds. Default 600000."),
          })
          .prefault({})
          .describe("The ingest lease in Chroma: one ingest writes a collection at a time, from any machine."),
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
