import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { CanonicalExample } from "../dataset/canonical-example";
import { userAssistantText } from "../dataset/example-text";
import { type EmbeddingSimilarityOptions, embeddingSimilarity } from "./embedding-similarity";
import { type NgramOverlapOptions, ngramOverlap } from "./ngram-overlap";
import { type SubstringOverlapOptions, substringOverlap } from "./substring-overlap";

/** A held-out item training data must not overlap: a validation example or an eval item. */
export interface ContaminationReference {
  /** Which held-out set: `validation`, `eval`, or an eval file's name. */
  set: string;
  file: string;
  line: number;
  text: string;
}

export interface ContaminationOptions {
  /** `"ngram"` (default: 13-word n-grams, as lm-eval-harness) or `"substring"` (50-character probes, as GPT-4). */
  method?: "ngram" | "substring";
  ngram?: NgramOverlapOptions;
  substring?: SubstringOverlapOptions;
  /** Also flag paraphrases by embedding similarity (any LangChain embeddings, e.g. `@tandem/models`' embedder). */
  embeddings?: EmbeddingsInterface;
  embedding?: EmbeddingSimilarityOptions;
  /** Text of a training example. Default: its user and assistant messages. */
  text?: (example: CanonicalExample) => string;
}

export interface ContaminationMatch<Item> {
  train: Item;
  reference: ContaminationReference;
  method: "ngram" | "substring" | "embedding";
  /** Share of the reference's n-grams / probes found in the training example, or the cosine similarity. */
  overlap: number;
  /** A matched n-gram or probe (empty for embedding matches). */
  evidence: string;
}

export interface ContaminationResult<Item> {
  method: "ngram" | "substring";
  matches: ContaminationMatch<Item>[];
  /** References too short to check by n-grams / substrings (reported, never silently passed). */
  tooShort: ContaminationReference[];
  /** N-grams / probes ignored because too many training examples share them (house formats, boilerplate). */
  templateText: { text: string; trainingExamples: number }[];
}

/**
 * Train ↔ held-out overlap (rule Q04): which training examples share text with a validation or eval item.
 * Training examples are compared by their user and assistant text (system prompts are shared by design).
 */
export async function findContamination<Item extends { example: CanonicalExample }>(
  trainItems: readonly Item[],
  references: readonly ContaminationReference[],
  options: ContaminationOptions = {},
): Promise<ContaminationResult<Item>> {
  const method = options.method ?? "ngram";
  const text = options.text ?? userAssistantText;
  const trainTexts = trainItems.map((item) => text(item.example));
  const referenceTexts = references.map((reference) => reference.text);
  const overlap =
    method === "ngram"
      ? ngramOverlap(trainTexts, referenceTexts, options.ngram)
      : substringOverlap(trainTexts, referenceTexts, options.substring);
  const matches: ContaminationMatch<Item>[] = overlap.hits.map((hit) => ({
    train: trainItems[hit.train] as Item,
    reference: references[hit.reference] as ContaminationReference,
    method,
    overlap: hit.overlap,
    evidence: hit.evidence,
  }));
  if (options.embeddings) {
    const lexical = new Set(overlap.hits.map((hit) => `${hit.train}:${hit.reference}`));
    for (const hit of await embeddingSimilarity(options.embeddings, trainTexts, referenceTexts, options.embedding)) {
      if (lexical.has(`${hit.train}:${hit.reference}`)) continue;
      matches.push({ train: trainItems[hit.train] as Item, reference: references[hit.reference] as ContaminationReference, method: "embedding", overlap: hit.similarity, evidence: "" });
    }
  }
  return {
    method,
    matches,
    tooShort: overlap.tooShort.map((index) => references[index] as ContaminationReference),
    templateText: overlap.templateGrams.map((gram) => ({ text: gram.gram, trainingExamples: gram.trainingTexts })),
  };
}
