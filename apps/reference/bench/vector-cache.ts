// Document vectors of a benchmark corpus, cached on disk between runs: a slow embedder (the neural one takes
// minutes for the 7,300 benchmark documents on 2 cores) embeds a corpus once; later runs read the vectors back.
// Stored as float64, so a run from the cache ranks exactly like a run that embeds. The file is keyed by the embedder id and a hash of the texts, so a changed corpus or embedder never hits it.
// TANDEM_BENCH_VECTOR_CACHE=off disables it (every run embeds).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { writeFileAtomic } from "@tandem/core";

export interface CachedVectors {
  vectors: number[][];
  /** Seconds spent embedding in this run (0 when read from the cache). */
  embedSeconds: number;
  cached: boolean;
}

const cacheDir = join(tmpdir(), "tandem-bench-vectors");

/** Embeds `texts` with `embeddings` (in slices, reporting progress), or reads the vectors a previous run cached. */
export async function documentVectors(
  embeddings: EmbeddingsInterface & { id: string },
  texts: readonly string[],
  progress: (text: string) => void,
): Promise<CachedVectors> {
  const key = createHash("sha256").update(embeddings.id).update("\0").update(texts.join("\0")).digest("hex").slice(0, 20);
  const file = join(cacheDir, `${embeddings.id}-${key}.f64`);
  const enabled = process.env.TANDEM_BENCH_VECTOR_CACHE !== "off";
  if (enabled && existsSync(file)) {
    const flat = new Float64Array(new Uint8Array(readFileSync(file)).buffer);
    const size = flat.length / texts.length;
    if (Number.isInteger(size) && size > 0) {
      return { vectors: texts.map((_, index) => Array.from(flat.subarray(index * size, (index + 1) * size))), embedSeconds: 0, cached: true };
    }
  }
  const started = performance.now();
  const vectors: number[][] = [];
  const slice = 256;
  for (let start = 0; start < texts.length; start += slice) {
    vectors.push(...(await embeddings.embedDocuments(texts.slice(start, start + slice))));
    if (texts.length > slice) progress(`${embeddings.id}: ${Math.min(start + slice, texts.length)}/${texts.length} documents embedded`);
  }
  const embedSeconds = (performance.now() - started) / 1000;
  if (enabled) {
    const flat = Float64Array.from(vectors.flat());
    writeFileAtomic(file, new Uint8Array(flat.buffer), { fsync: false });
  }
  return { vectors, embedSeconds, cached: false };
}

/**
 * The embedder with the corpus' vectors precomputed (from the cache or embedded now): `embedDocuments` of corpus
 * texts returns their stored vectors, anything else is embedded. Same `id`, same vectors, no repeated work.
 */
export async function withCorpusVectors<Embedder extends EmbeddingsInterface & { id: string }>(
  embeddings: Embedder,
  texts: readonly string[],
  progress: (text: string) => void,
): Promise<EmbeddingsInterface & { id: string; vectors: number[][] }> {
  const { vectors } = await documentVectors(embeddings, texts, progress);
  const index = new Map(texts.map((text, position) => [text, position]));
  return {
    id: embeddings.id,
    vectors,
    embedQuery: (text) => embeddings.embedQuery(text),
    embedDocuments: async (documents) => {
      const missing = documents.filter((text) => !index.has(text));
      const embedded = missing.length > 0 ? await embeddings.embedDocuments(missing) : [];
      let next = 0;
      return documents.map((text) => vectors[index.get(text) ?? -1] ?? (embedded[next++] as number[]));
    },
  };
}
