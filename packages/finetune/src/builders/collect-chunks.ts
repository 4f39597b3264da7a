import type { ChunkSource, SourceChunk } from "./chunk-source";

export interface CollectedChunks {
  /** The chunks to work on: with a limit, taken in turn from each source document so the sample is spread. */
  chunks: SourceChunk[];
  /** Every chunk the source yielded (a pool for random distractors and held-out documents). */
  all: SourceChunk[];
  /** Chunks the source yielded. */
  total: number;
  /** Chunks passed over because they are shorter than `minCharacters` (headings, stubs). */
  tooShort: SourceChunk[];
}

/** Reads a chunk source, sets aside chunks too short to ask about, and spreads a limited sample over documents. */
export async function collectChunks(source: ChunkSource, options: { limit?: number; minCharacters?: number } = {}): Promise<CollectedChunks> {
  const minCharacters = options.minCharacters ?? 120;
  const bySource = new Map<string, SourceChunk[]>();
  const tooShort: SourceChunk[] = [];
  const all: SourceChunk[] = [];
  let total = 0;
  for await (const chunk of source.chunks()) {
    total += 1;
    all.push(chunk);
    if (chunk.text.trim().length < minCharacters) {
      tooShort.push(chunk);
      continue;
    }
    const list = bySource.get(chunk.source) ?? [];
    list.push(chunk);
    bySource.set(chunk.source, list);
  }
  const limit = options.limit ?? Infinity;
  const position = (chunk: SourceChunk) => (typeof chunk.metadata.chunkIndex === "number" ? chunk.metadata.chunkIndex : 0);
  const groups = [...bySource.keys()].sort().map((key) => (bySource.get(key) as SourceChunk[]).sort((left, right) => position(left) - position(right)));
  const chunks: SourceChunk[] = [];
  for (let round = 0; chunks.length < limit && groups.some((group) => group.length > round); round += 1) {
    for (const group of groups) {
      const chunk = group[round];
      if (chunk && chunks.length < limit) chunks.push(chunk);
    }
  }
  return { chunks, all, total, tooShort };
}
