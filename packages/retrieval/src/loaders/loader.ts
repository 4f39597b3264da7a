import type { SourceSpec } from "./source-spec";
import type { LoadFailure, MetadataValue, SourceDocument, SourceFormat } from "./source-document";

/** What a loader is given: one file's bytes and what identifies it. */
export interface LoaderInput {
  source: string;
  path: string;
  bytes: Uint8Array;
  modifiedAt: string;
  contentHash: string;
  spec: SourceSpec;
  /** User metadata for every document of the file (rag.metadata merged with the source's own). */
  metadata: Record<string, MetadataValue>;
}

/** What a loader returns: the file's documents, and the rows it could not read (JSONL, CSV). */
export interface LoaderOutput {
  documents: SourceDocument[];
  problems: LoadFailure[];
}

/** Reads one file into documents. Throwing fails the whole file (the reason is reported, other files go on). */
export type Loader = (input: LoaderInput) => LoaderOutput | Promise<LoaderOutput>;

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The bytes as UTF-8 text without a byte-order mark; throws "not valid UTF-8 text". */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new Error("not valid UTF-8 text");
  }
}

/** The document fields shared by every loader. */
export function baseDocument(input: LoaderInput, format: SourceFormat, text: string, title: string): SourceDocument {
  return {
    source: input.source,
    path: input.path,
    title,
    text,
    format,
    modifiedAt: input.modifiedAt,
    contentHash: input.contentHash,
    ...(Object.keys(input.metadata).length > 0 ? { metadata: { ...input.metadata } } : {}),
  };
}

/** Throws "empty file" when there is no text. */
export function requireText(text: string, what = "empty file"): string {
  if (text.trim() === "") throw new Error(what);
  return text;
}
