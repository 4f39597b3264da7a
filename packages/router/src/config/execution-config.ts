import { z } from "zod";

/** How the "both" route is executed. */
export const bothStrategies = ["rag-on-tuned", "parallel-fuse", "cascade"] as const;
export type BothStrategy = (typeof bothStrategies)[number];

/** `router.both`: how a "both" decision is executed. */
export const bothConfigSchema = z
  .strictObject({
    strategy: z
      .enum(bothStrategies)
      .default("rag-on-tuned")
      .describe(
        "rag-on-tuned: the retrieved context goes into the tuned model (one call). parallel-fuse: the tuned model and the RAG chain run concurrently; the tuned answer is kept (with the RAG citations) only when the sources support it, else the RAG answer. cascade: the tuned model answers first and the RAG chain takes over on a hedge, low confidence or unsupported content — the tuned answer is held back until it passes. Default rag-on-tuned.",
      ),
    minGroundedness: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe("Share of the tuned answer's content words the retrieved sources must contain for it to count as supported (parallel-fuse and cascade). Default 0.5."),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe("cascade and parallel-fuse: a tuned answer whose reported confidence is below this cannot stand. Confidence scales are target-specific (the offline example-memory model reports its similarity to the nearest training prompt), so this is off (0) unless set. Default 0."),
    hedges: z
      .array(z.string().min(1))
      .default([])
      .describe("cascade and parallel-fuse: extra phrases that mark an answer as a hedge, besides the built-in ones (\"I don't know\", \"I'm not sure\", \"cannot answer\"...)."),
    escalateTo: z
      .enum(["rag", "both"])
      .default("rag")
      .describe("cascade: the target that takes over — rag (the RAG chain) or both (retrieved context into the tuned model). Default rag."),
  })
  .prefault({});
export type BothConfig = z.infer<typeof bothConfigSchema>;

/** `router.fallback`: a failing or timed-out target falls back to the other, behind a circuit breaker per target. */
export const fallbackConfigSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe("Fall back to another target when the chosen one fails or times out. Default true."),
    failures: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe("Consecutive failures of a target (within windowMs) that open its circuit: it is skipped until coolDownMs has passed. Default 3."),
    windowMs: z.number().int().min(1).default(60_000).describe("Window in which the failures must occur, in milliseconds. Default 60000."),
    coolDownMs: z
      .number()
      .int()
      .min(1)
      .default(30_000)
      .describe("How long an open circuit skips its target before one probe request is let through (half-open). Default 30000."),
    timeoutMs: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("Per-target time limit in milliseconds; a target that exceeds it counts as failed. Default: models.timeoutMs."),
  })
  .prefault({});
export type FallbackConfig = z.infer<typeof fallbackConfigSchema>;

/** `router.conversation`: routing multi-turn conversations. */
export const conversationConfigSchema = z
  .strictObject({
    condense: z
      .enum(["rules", "llm", "off"])
      .default("rules")
      .describe("How a follow-up that needs context becomes a standalone query: rules (offline: the previous turn's content words are carried over), llm (the configured chat model rewrites it; rules if it fails), off. Default rules."),
    maxTurns: z.number().int().min(1).max(50).default(6).describe("User turns of the conversation the router looks at. Default 6."),
    switchMargin: z
      .number()
      .min(0)
      .max(1)
      .default(0.15)
      .describe("A new standalone question leaves the previous turn's route only when another route's score beats it by this much. Default 0.15."),
    followUpMargin: z
      .number()
      .min(0)
      .max(1)
      .default(0.35)
      .describe("The same margin for a follow-up (pronouns, ellipsis, very short turns): follow-ups stick harder. Default 0.35."),
  })
  .prefault({});
export type ConversationConfig = z.infer<typeof conversationConfigSchema>;
