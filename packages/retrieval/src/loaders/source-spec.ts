import { z } from "zod";

const metadataValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** Metadata keys every chunk already carries; user metadata may not replace them. */
export const reservedMetadataKeys = [
  "source",
  "title",
  "headings",
  "spanStart",
  "spanEnd",
  "chunkIndex",
  "modifiedAt",
  "sourceHash",
  "format",
  "page",
  "pageEnd",
  "line",
  "rawSpanStart",
  "rawSpanEnd",
] as const;

/** User metadata: flat string / number / boolean values, none of the reserved keys. */
export const userMetadataSchema = z.record(z.string().min(1), metadataValueSchema).superRefine((metadata, context) => {
  for (const key of Object.keys(metadata)) {
    if ((reservedMetadataKeys as readonly string[]).includes(key)) {
      context.addIssue({ code: "custom", path: [key], message: `"${key}" is set by Tandem for every chunk; choose another key` });
    }
  }
});

/**
 * One entry of `rag.sources`: a file or directory and how to read it. A plain string is `{ path }`.
 * JSONL and CSV files give one document per line / row.
 */
export const sourceSpecSchema = z.strictObject({
  path: z.string().min(1).describe("File or directory (relative paths resolve from the config file's directory)."),
  format: z
    .enum(["markdown", "text", "html", "pdf", "jsonl", "csv"])
    .optional()
    .describe("Read every file under `path` in this format. Default: by extension (.md .txt .html .pdf .jsonl .csv ...)."),
  textFields: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe("JSONL/CSV: fields whose values make a row's text, joined by blank lines (dots reach nested JSON fields). Default [text]."),
  titleField: z.string().min(1).optional().describe("JSONL/CSV: field holding a row's title. Default: `title` when present."),
  metadataFields: z
    .array(z.string().min(1))
    .optional()
    .describe("JSONL/CSV: fields copied into every chunk's metadata (string, number or boolean values). Default none."),
  delimiter: z.string().min(1).max(4).optional().describe("CSV field delimiter. Default `,` (`\\t` for .tsv files)."),
  metadata: userMetadataSchema.optional().describe("Metadata added to every chunk of this source (overrides rag.metadata)."),
});

export type SourceSpec = z.infer<typeof sourceSpecSchema>;
export type UserMetadata = z.infer<typeof userMetadataSchema>;

/** A plain path or a source spec, as `rag.sources` accepts. */
export const sourceEntrySchema = z.union([z.string().min(1), sourceSpecSchema]);
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** `{ path }` for a plain string. */
export function toSourceSpec(entry: SourceEntry): SourceSpec {
  return typeof entry === "string" ? { path: entry } : entry;
}
