/** A loaded source: its text and what identifies it. */
export interface SourceDocument {
  /** Path relative to the base directory when inside it, else absolute (used as the `source` of its chunks). */
  source: string;
  /** Absolute path on disk. */
  path: string;
  title: string;
  text: string;
  /** "markdown" or "text": decides how it is chunked. */
  format: "markdown" | "text";
  modifiedAt: string;
  /** sha256 of the text. */
  contentHash: string;
}

/** A file that could not be loaded, and why (one bad file never aborts the others). */
export interface LoadFailure {
  source: string;
  reason: string;
}
