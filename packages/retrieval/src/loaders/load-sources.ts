import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import { TandemError } from "@tandem/core";
import { csvLoader } from "./csv-loader";
import { htmlLoader } from "./html-loader";
import { jsonlLoader } from "./jsonl-loader";
import type { Loader, LoaderOutput } from "./loader";
import { markdownLoader, plainTextLoader } from "./markdown-loader";
import { pdfLoader } from "./pdf-loader";
import type { LoadFailure, MetadataValue, SourceDocument, SourceFormat } from "./source-document";
import { type SourceEntry, type SourceSpec, toSourceSpec } from "./source-spec";

/** Loaders by format. */
export const loaders: Readonly<Record<SourceFormat, Loader>> = {
  markdown: markdownLoader,
  text: plainTextLoader,
  html: htmlLoader,
  pdf: pdfLoader,
  jsonl: jsonlLoader,
  csv: csvLoader,
};

/** Formats by file extension (a source's `format` overrides it). */
export const formatsByExtension: Readonly<Record<string, SourceFormat>> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".tsv": "csv",
};

/** A file to load, and how. */
export interface SourceFile {
  source: string;
  path: string;
  format: SourceFormat;
  spec: SourceSpec;
}

/** Relative to `baseDir` when inside it, else absolute. */
export function sourceName(path: string, baseDir: string): string {
  const relativePath = relative(baseDir, path);
  return relativePath && !relativePath.startsWith("..") && !isAbsolute(relativePath) ? relativePath.split("\\").join("/") : path;
}

/**
 * The files under the given sources (directories recursively, sorted, hidden entries skipped). A missing path is
 * an error before anything is read. Files no loader handles are listed as `unsupported`, never dropped silently.
 * When two sources name the same file, the later one's options apply.
 */
export function listSourceFiles(entries: readonly SourceEntry[], baseDir: string): { files: SourceFile[]; unsupported: string[] } {
  const specs = entries.map(toSourceSpec).map((spec) => ({ ...spec, path: resolve(baseDir, spec.path) }));
  for (const spec of specs) {
    try {
      statSync(spec.path);
    } catch {
      throw new TandemError({
        code: "SOURCE_NOT_FOUND",
        file: spec.path,
        message: `source not found: ${spec.path}`,
        hint: "check rag.sources in the config (relative paths resolve from the config file's directory)",
      });
    }
  }
  const files = new Map<string, SourceFile>();
  const unsupported = new Set<string>();
  for (const spec of specs) {
    const walk = (path: string, explicit: boolean) => {
      const stats = statSync(path);
      if (stats.isDirectory()) {
        for (const entry of readdirSync(path).sort()) if (!entry.startsWith(".")) walk(join(path, entry), false);
        return;
      }
      const format = spec.format ?? formatsByExtension[extname(path).toLowerCase()];
      if (format) files.set(path, { source: sourceName(path, baseDir), path, format, spec });
      else if (explicit || stats.isFile()) unsupported.add(sourceName(path, baseDir));
    };
    walk(spec.path, true);
  }
  const sorted = [...files.values()].sort((left, right) => (left.source < right.source ? -1 : left.source > right.source ? 1 : 0));
  return { files: sorted, unsupported: [...unsupported].sort() };
}

/** A file's bytes and what identifies this version of it. */
export interface SourceFileContent {
  bytes: Uint8Array;
  /** sha256 of the bytes. */
  contentHash: string;
  modifiedAt: string;
}

export function readSourceFile(file: SourceFile): SourceFileContent {
  const bytes = readFileSync(file.path);
  return {
    bytes,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
    modifiedAt: statSync(file.path).mtime.toISOString(),
  };
}

/** Parses a read file with its format's loader; `metadata` (rag.metadata) is overridden by the source's own. */
export async function parseSourceFile(
  file: SourceFile,
  content: SourceFileContent,
  metadata: Readonly<Record<string, MetadataValue>> = {},
): Promise<LoaderOutput> {
  return loaders[file.format]({
    source: file.source,
    path: file.path,
    bytes: content.bytes,
    modifiedAt: content.modifiedAt,
    contentHash: content.contentHash,
    spec: file.spec,
    metadata: { ...metadata, ...file.spec.metadata },
  });
}

export interface LoadSourcesOptions {
  /** Metadata for every document (a source's own `metadata` overrides it). Default none. */
  metadata?: Readonly<Record<string, MetadataValue>>;
}

export interface LoadSourcesResult {
  documents: SourceDocument[];
  /** Files that could not be loaded, and rows (JSONL, CSV) that could not be read, with their line. */
  failures: LoadFailure[];
  /** Files passed over because no loader handles their extension (counted, never silently). */
  unsupported: string[];
}

/**
 * Loads every document under the given sources (paths or source specs). One bad file or row is reported and the
 * rest still load.
 */
export async function loadSources(entries: readonly SourceEntry[], baseDir: string, options: LoadSourcesOptions = {}): Promise<LoadSourcesResult> {
  const { files, unsupported } = listSourceFiles(entries, baseDir);
  const documents: SourceDocument[] = [];
  const failures: LoadFailure[] = [];
  for (const file of files) {
    try {
      const output = await parseSourceFile(file, readSourceFile(file), options.metadata);
      documents.push(...output.documents);
      failures.push(...output.problems);
    } catch (error) {
      failures.push({ source: file.source, reason: (error as Error).message });
    }
  }
  return { documents, failures, unsupported };
}
