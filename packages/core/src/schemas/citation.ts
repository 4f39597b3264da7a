import { z } from "zod";
import { spanSchema } from "./chunk";

/** A checkable citation: marker `[n]` in the answer text → the chunk and the quoted span of its source. */
export const citationSchema = z.object({
  marker: z.number().int().positive(),
  source: z.string(),
  chunkId: z.string(),
  title: z.string().optional(),
  /** Span of the chunk in its source. */
  span: spanSchema,
  /** The sentence(s) of the chunk the answer relies on, verbatim. */
  quote: z.string(),
});
export type Citation = z.infer<typeof citationSchema>;
