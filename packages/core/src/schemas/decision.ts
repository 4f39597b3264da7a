import { z } from "zod";
import { routeSchema, routeScoresSchema } from "./route";

/** One signal the router computed: its value, the threshold it was compared with, and what it said. */
export const routeSignalSchema = z.object({
  name: z.string(),
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  /** `pass`: value reached the threshold; `fail`: it did not; `skipped`: not needed (early exit) or unavailable. */
  verdict: z.enum(["pass", "fail", "skipped"]),
  /** The route a passing signal argues for, if any. */
  supports: routeSchema.optional(),
  ms: z.number().nonnegative(),
  /** Evidence behind the value (nearest training prompts, top hits, matched rule...). */
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type RouteSignal = z.infer<typeof routeSignalSchema>;

/** How the router read the request, once, before any signal (every signal reads this analysis). */
export const requestAnalysisSchema = z.object({
  /** What it asks: the text before its own material starts. */
  instruction: z.string(),
  /** The material it brings along (notes, a ticket, code), or "". */
  payload: z.string(),
  /** Words of the trained tasks' wording it uses. */
  taskWords: z.array(z.string()),
  /** Corpus subjects (document titles and their parts) it names. */
  subjects: z.array(z.string()),
  /** Information it asks for without giving it: questions, "mention which …", "(name it)". */
  informationRequests: z.array(z.object({ text: z.string(), kind: z.enum(["question", "include", "open-value", "relayed"]) })),
  /** Dates written in it (YYYY-MM-DD). */
  dates: z.array(z.string()),
  /** Figures it supplies itself (amounts, times, versions, ids). */
  suppliedFacts: z.number().int().nonnegative(),
});
export type RequestAnalysisSummary = z.infer<typeof requestAnalysisSchema>;

/** The router's typed, explainable decision. */
export const routeDecisionSchema = z.object({
  route: routeSchema,
  /** 0..1: how sure the policy is of `route` over the runner-up. */
  confidence: z.number().min(0).max(1),
  scores: routeScoresSchema,
  signals: z.array(routeSignalSchema),
  reasons: z.array(z.string()),
  /** How the request was read (absent when a rule or a single-target deployment decided before reading it). */
  analysis: requestAnalysisSchema.optional(),
  /** True when no signal was decisive and the configured default route applied. */
  defaulted: z.boolean(),
  /** Hash of the router config that made this decision. */
  configVersion: z.string(),
  timings: z.object({ totalMs: z.number().nonnegative() }).catchall(z.number()),
});
export type RouteDecision = z.infer<typeof routeDecisionSchema>;
