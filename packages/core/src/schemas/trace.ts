import { z } from "zod";

/** One step of a request, noun-verb named: `route-decided`, `retrieval-finished`, `target-failed`, `fallback-used`. */
export const traceEventSchema = z.object({
  type: z.string(),
  /** Milliseconds since the request started. */
  at: z.number().nonnegative(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type TraceEvent = z.infer<typeof traceEventSchema>;
