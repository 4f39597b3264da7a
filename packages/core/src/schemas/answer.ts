import { z } from "zod";
import { citationSchema } from "./citation";
import { routeDecisionSchema } from "./decision";
import { routeSchema } from "./route";
import { traceEventSchema } from "./trace";

/** Which models produced an answer, and whether they were the offline stand-ins. */
export const modelInfoSchema = z.object({
  provider: z.enum(["local", "openai"]),
  /** True when the deterministic offline models are in use (no network, no weights). */
  offline: z.boolean(),
  tuned: z.string().optional(),
  reader: z.string().optional(),
  embeddings: z.string().optional(),
});
export type ModelInfo = z.infer<typeof modelInfoSchema>;

export const usageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
});
export type Usage = z.infer<typeof usageSchema>;

/** What `tandem ask` and `POST /v1/ask` return. */
export const answerSchema = z.object({
  text: z.string(),
  /** The route that actually served the answer (differs from `decision.route` after a fallback). */
  route: routeSchema,
  citations: z.array(citationSchema),
  decision: routeDecisionSchema.optional(),
  /** Set when the chosen target failed and another one answered. */
  fallback: z.object({ from: routeSchema, to: routeSchema, reason: z.string() }).optional(),
  trace: z.array(traceEventSchema),
  usage: usageSchema.optional(),
  models: modelInfoSchema.optional(),
  timings: z.object({ totalMs: z.number().nonnegative() }).catchall(z.number()),
});
export type Answer = z.infer<typeof answerSchema>;
