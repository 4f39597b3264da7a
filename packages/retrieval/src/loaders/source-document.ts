/** How a source is read and chunked. */
export type SourceFormat = "markdown" | "text" | "html" | "pdf" | "jsonl" | "csv";

/** A flat metadata value (Chroma metadata cannot nest). */
export type MetadataValue = string | number | boolean;

/** A heading of a document: where it starts in `text`, its level (1 = top) and its text. */
export interface Heading {
  offset: number;
  level: number;
  text: string;
}

/**
 * Maps offsets of a document's extracted `text` back to offsets in the raw file (HTML). Each segment covers
 * `[textStart, textStart + textLength)` of the text and `[rawStart, rawEnd)` of the file; a `linear` segment maps
 * character for character, any other (a decoded entity, a collapsed space, an inserted line break) as a whole.
 */
export interface RawSegment {
  textStart: number;
  textLength: number;
  rawStart: number;
  rawEnd: number;
  linear: boolean;
}

/** A loaded document: its text and what identifies it. One file gives one document, or one per row (JSONL, CSV). */
export interface SourceDocument {
  /** Path relative to the base directory when inside it, else absolute (used as the `source` of its chunks). */
  source: string;
  /** Absolute path on disk. */
  path: string;
  title: string;
  /**
   * The text chunks are cut from; chunk spans are offsets into it. For Markdown and plain text it is the file's
   * text; for HTML the visible text; for PDF the pages' text joined by blank lines; for JSONL/CSV the row's text
   * fields joined by blank lines.
   */
  text: string;
  format: SourceFormat;
  /** Modification time of the file, ISO 8601. */
  modifiedAt: string;
  /** sha256 of the file's bytes. */
  contentHash: string;
  /** Section headings (Markdown `#` lines, HTML `<h1>`–`<h6>`), in order. */
  headings?: Heading[];
  /** PDF: offset in `text` where page n + 1 starts. */
  pageOffsets?: number[];
  /** HTML: how offsets in `text` map back to the raw file. */
  rawSegments?: RawSegment[];
  /** JSONL/CSV: the row's line in the file (1-based). */
  line?: number;
  /** Metadata every chunk of the document carries: user metadata from the config and the row's metadata fields. */
  metadata?: Record<string, MetadataValue>;
}

/** A file (or a row of one) that could not be loaded, and why. One bad file or row never aborts the others. */
export interface LoadFailure {
  source: string;
  reason: string;
  /** The row's line, for JSONL and CSV rows. */
  line?: number;
}
