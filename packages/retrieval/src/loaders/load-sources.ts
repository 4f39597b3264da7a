import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";
import { TandemError } from "@tandem/core";
import type { LoadFailure, SourceDocument } from "./source-document";

/** Turns file text into a document's title and format. One entry per supported extension. */
export interface Loader {
  format: SourceDocument["format"];
  title(text: string, fileName: string): string;
}

const markdown: Loader = {
  format: "markdown",
  title: (text, fileName) => /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? fileName,
};
const plainText: Loader = {
  format: "text",
  title: (text, fileName) => text.split("\n").find((line) => line.trim())?.trim().replace(/^#\s+/, "") ?? fileName,
};

/** Loaders by file extension. */
export const loaders: Readonly<Record<string, Loader>> = { ".md": markdown, ".markdown": markdown, ".txt": plainText };

export interface LoadSourcesResult {
  documents: SourceDocument[];
  failures: LoadFailure[];
  /** Files passed over because no loader handles their extension (counted, never silently). */
  unsupported: string[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Relative to `baseDir` when inside it, else absolute. */
export function sourceName(path: string, baseDir: string): string {
  const relativePath = relative(baseDir, path);
  return relativePath && !relativePath.startsWith("..") && !isAbsolute(relativePath) ? relativePath.split("\\").join("/") : path;
}

/**
 * Loads files and directories (recursively, sorted, hidden files skipped). A missing path is an error before
 * anything is read; an unreadable file is a failure of its own and the rest still load.
 */
export function loadSources(paths: readonly string[], baseDir: string): LoadSourcesResult {
  const absolute = paths.map((path) => resolve(baseDir, path));
  for (const path of absolute) {
    try {
      statSync(path);
    } catch {
      throw new TandemError({
        code: "SOURCE_NOT_FOUND",
        file: path,
        message: `source not found: ${path}`,
        hint: "check rag.sources in the config (relative paths resolve from the config file's directory)",
      });
    }
  }
  const files = new Set<string>();
  const unsupported: string[] = [];
  const walk = (path: string, explicit: boolean) => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith(".")) walk(join(path, entry), false);
    } else if (loaders[extname(path).toLowerCase()]) {
      files.add(path);
    } else if (explicit || stats.isFile()) {
      unsupported.push(sourceName(path, baseDir));
    }
  };
  for (const path of absolute) walk(path, true);

  const documents: SourceDocument[] = [];
  const failures: LoadFailure[] = [];
  for (const path of [...files].sort()) {
    const source = sourceName(path, baseDir);
    const loader = loaders[extname(path).toLowerCase()] as Loader;
    try {
      const bytes = readFileSync(path);
      let text: string;
      try {
        text = decoder.decode(bytes).replace(/^\uFEFF/, "");
      } catch {
        failures.push({ source, reason: "not valid UTF-8 text" });
        continue;
      }
      if (text.trim() === "") {
        failures.push({ source, reason: "empty file" });
        continue;
      }
      documents.push({
        source,
        path,
        title: loader.title(text, basename(path)),
        text,
        format: loader.format,
        modifiedAt: statSync(path).mtime.toISOString(),
        contentHash: createHash("sha256").update(text).digest("hex"),
      });
    } catch (error) {
      failures.push({ source, reason: (error as Error).message });
    }
  }
  return { documents, failures, unsupported };
}
