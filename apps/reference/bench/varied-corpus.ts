// A corpus of any size from the sample corpora: deterministic, varied copies (numbers shifted, a variant word in
// every paragraph), so copies are distinct documents with distinct chunks. Shared by the speed and replica benches.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Chunk } from "@tandem/core";
import { chunkDocument, loadSources } from "@tandem/retrieval";

/** Deterministic variant of a document: numbers shifted and a variant word in every paragraph. */
export function variant(text: string, index: number): string {
  if (index === 0) return text;
  const words = ["alpha", "bravo", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kelvin", "lumen"];
  return text
    .replace(/\d+/g, (digits) => String(Number(digits) + index))
    .split("\n\n")
    .map((paragraph, position) => (paragraph.trim() && !paragraph.startsWith("#") ? `${paragraph} Edition ${words[(index + position) % words.length]}-${index}.` : paragraph))
    .join("\n\n");
}

/** Copies of the sample corpora, varied, until they make at least `minimum` chunks. */
export async function buildCorpus(repositoryDir: string, directory: string, minimum: number): Promise<{ variants: number; chunks: Chunk[] }> {
  const corpora = ["kestrel", "riverton-library"].map((name) => join(repositoryDir, "datasets", name, "corpus"));
  let chunks: Chunk[] = [];
  let variants = 0;
  while (chunks.length < minimum) {
    for (const corpus of corpora) {
      const target = join(directory, `v${variants}`, corpus.split("/").at(-2) as string);
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(corpus)) writeFileSync(join(target, name), variant(readFileSync(join(corpus, name), "utf8"), variants));
    }
    const loaded = await loadSources([join(directory, `v${variants}`)], directory);
    for (const document of loaded.documents) chunks = chunks.concat(chunkDocument(document));
    variants += 1;
  }
  return { variants, chunks };
}
