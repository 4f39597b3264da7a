import { z } from "zod";

/** Who answers a query: the fine-tuned model alone, the RAG chain, or both together. */
export const routeSchema = z.enum(["tuned", "rag", "both"]);
export type Route = z.infer<typeof routeSchema>;
export const routes: readonly Route[] = routeSchema.options;

/** A number per route. */
export const routeScoresSchema = z.object({ tuned: z.number(), rag: z.number(), both: z.number() });
export type RouteScores = z.infer<typeof routeScoresSchema>;
