import { z } from "zod";
import { citationSchema } from "./citation";
import { routeDecisionSchema } from "./decision";
import { routeSchema } from "./route";
import { traceEventSchema } from "./trace";

/** Which models produced an answer, and whether they were the offline stand-ins. */
export const modelInfoSchema = z.object({
  /** local: the offline stand-ins; openai: real models on an OpenAI-compatible server; langchain: some named `provider:model` (langchain's initChatModel). */
  provider: z.enum(["local", "openai", "langchain"]),
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

/** How a "both" decision was executed: the strategy, which answer was served, and why. */
export const executionSchema = z.object({
  strategy: z.enum(["rag-on-tuned", "parallel-fuse", "cascade"]),
  /** Whose text was served: one target's, or `fused` (the tuned answer followed by the RAG answer's cited sentences). */
  chosen: z.enum(["tuned", "rag", "both", "fused"]),
  reason: z.string(),
  /** Share of each answer's content words that the retrieved sources contain (0..1), where measured. */
  groundedness: z.object({ tuned: z.number().optional(), rag: z.number().optional() }).optional(),
  /** cascade: true when the tuned answer was held back and another target answered. */
  escalated: z.boolean().optional(),
});
export type Execution = z.infer<typeof executionSchema>;

/** How a conversation's last turn became the query that was routed and answered. */
export const conversationTurnSchema = z.object({
  /** The last user message as sent. */
  original: z.string(),
  /** The standalone query routed and answered (equal to `original` when it needed no context). */
  standalone: z.string(),
  followUp: z.boolean(),
  /** What marked it as a follow-up: pronoun, ellipsis, short. */
  cues: z.array(z.string()),
  condensedBy: z.enum(["none", "rules", "llm"]),
  previousRoute: routeSchema.optional(),
});
export type ConversationTurn = z.infer<typeof conversationTurnSchema>;

/** What `tandem ask` and `POST /v1/ask` return. */
export const answerSchema = z.object({
  text: z.string(),
  /** The route that actually served the answer (differs from `decision.route` after a fallback). */
  route: routeSchema,
  citations: z.array(citationSchema),
  decision: routeDecisionSchema.optional(),
  /** Set when the chosen target failed and another one answered. */
  fallback: z.object({ from: routeSchema, to: routeSchema, reason: z.string() }).optional(),
  /** Set when the route was "both" and a strategy chose between or fused the targets' answers. */
  execution: executionSchema.optional(),
  /** Set when the query was the last turn of a conversation. */
  conversation: conversationTurnSchema.optional(),
  trace: z.array(traceEventSchema),
  usage: usageSchema.optional(),
  models: modelInfoSchema.optional(),
  timings: z.object({ totalMs: z.number().nonnegative() }).catchall(z.number()),
});
export type Answer = z.infer<typeof answerSchema>;
