import { createHash } from "node:crypto";
import type { ChunkingOptions } from "../chunking/chunk-document";
import { tokenizerName } from "../chunking/token-counter";
import type { SourceFile, SourceFileContent } from "../loaders/load-sources";
import type { MetadataValue } from "../loaders/source-document";

/** Bump when loaders or chunking change the chunks they make from the same input. */
const pipelineVersion = "2";

/**
 * What decides a source's chunks: its bytes, how it is read (format, fields), the metadata it is given and the
 * chunking. Equal fingerprints mean an ingest can skip the source without reading it further.
 */
export function sourceFingerprint(
  file: SourceFile,
  content: SourceFileContent,
  metadata: Readonly<Record<string, MetadataValue>>,
  chunking: ChunkingOptions,
): string {
  const { path: _path, metadata: ownMetadata, ...readOptions } = file.spec;
  const settings = JSON.stringify({
    pipelineVersion,
    tokenizerName,
    format: file.format,
    readOptions,
    metadata: Object.entries({ ...metadata, ...ownMetadata }).sort(),
    chunkSize: chunking.chunkSize ?? null,
    chunkOverlap: chunking.chunkOverlap ?? null,
  });
  return createHash("sha256").update(content.contentHash).update("\0").update(settings).digest("hex").slice(0, 40);
}
