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
