import { parseJsonlStrict } from "@tandem/core";
import { z } from "zod";
import type { Judgements } from "./retrieval-metrics";

/** Relevant sources: a list (gain 1 each) or graded gains. Empty = an unanswerable question, not scored. */
const sourcesSchema = z.union([z.array(z.string().min(1)), z.record(z.string().min(1), z.number().positive())]);

/**
 * One line of a retrieval evaluation file. Tandem's format: `{"query": "...", "relevant": ["corpus/a.md", ...]}`
 * (binary) or `{"query": "...", "relevant": {"corpus/a.md": 2, "corpus/b.md": 1}}` (graded gains), optionally
 * `"where"` (a metadata filter for this query). The QA format of the sample datasets is read too:
 * `{"question": "...", "sources": [...]}`.
 */
const judgementSchema = z.union([
  z.looseObject({ query: z.string().min(1), relevant: sourcesSchema, where: z.record(z.string(), z.unknown()).optional() }),
  z.looseObject({ question: z.string().min(1), sources: sourcesSchema, where: z.record(z.string(), z.unknown()).optional() }),
]);

export interface RetrievalJudgement {
  line: number;
  query: string;
  /** Relevant sources with their gain (1 for binary judgements). */
  relevant: Judgements;
  where?: Record<string, unknown>;
}

/**
 * Parses an evaluation file strictly: any bad line is an error naming the file, the line and the field. Lines
 * with no relevant source (unanswerable questions in QA files) cannot be scored: they come back in `unjudged`.
 */
export function parseRetrievalJudgements(text: string, file: string): { queries: RetrievalJudgement[]; unjudged: number[] } {
  const all = parseJsonlStrict(text, judgementSchema, file, {
    hint: 'each line: {"query": "...", "relevant": ["path/of/source.md"]} or {"query": "...", "relevant": {"path.md": 2}} or {"question": "...", "sources": [...]}',
  }).map(({ line, value }) => {
    const fields = value as { query?: string; question?: string; relevant?: z.infer<typeof sourcesSchema>; sources?: z.infer<typeof sourcesSchema> };
    const query = (fields.query ?? fields.question) as string;
    const sources = (fields.relevant ?? fields.sources) as z.infer<typeof sourcesSchema>;
    const relevant = new Map(Array.isArray(sources) ? sources.map((source) => [source, 1] as const) : Object.entries(sources));
    return { line, query, relevant, ...(value.where ? { where: value.where } : {}) } as RetrievalJudgement;
  });
  return { queries: all.filter((query) => query.relevant.size > 0), unjudged: all.filter((query) => query.relevant.size === 0).map((query) => query.line) };
}
