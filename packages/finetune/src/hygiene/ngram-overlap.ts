import { fnv1a32 } from "@tandem/core";
import { fmix32 } from "./minhash";
import { comparisonWords } from "./normalize-text";

/** Where a reference n-gram occurs: reference `reference`, words `start`…`start + size`. */
interface GramSite {
  reference: number;
  start: number;
  size: number;
}

export interface NgramOverlapOptions {
  /** Words per n-gram. Default 13 (GPT-3, lm-eval-harness decontamination). */
  n?: number;
  /** A reference with fewer than `n` words is matched as a whole when it has at least this many. Default 8. */
  minimumWords?: number;
  /** An n-gram found in more than this many training texts is template text (a house format), not a leak. Default 10. */
  templateExamples?: number;
}

export interface NgramOverlapHit {
  train: number;
  reference: number;
  /** Distinct non-template reference n-grams found in the training text. */
  matchedGrams: number;
  /** `matchedGrams` / the reference's n-gram count. */
  overlap: number;
  /** One matched n-gram, as words. */
  evidence: string;
}

export interface NgramOverlapResult {
  hits: NgramOverlapHit[];
  /** References with too few words to check (listed by index). */
  tooShort: number[];
  /** Template text ignored (overlapping n-grams merged into phrases), with the training texts each appears in. */
  templateGrams: { gram: string; trainingTexts: number }[];
}

function gramHash(wordHashes: Uint32Array, start: number, size: number): number {
  let hash = 0x3c6ef372 ^ size;
  for (let offset = 0; offset < size; offset += 1) hash = Math.imul(hash ^ (wordHashes[start + offset] as number), 0x01000193);
  return fmix32(hash);
}

function sameWords(left: readonly string[], leftStart: number, right: readonly string[], rightStart: number, size: number): boolean {
  for (let offset = 0; offset < size; offset += 1) if (left[leftStart + offset] !== right[rightStart + offset]) return false;
  return true;
}

/**
 * Word n-gram overlap between training texts and reference texts (validation or eval items): a reference is
 * contaminated by a training text when they share an n-gram that is not template text. Words are compared after
 * `comparisonWords` (case, punctuation and spacing ignored). Only the references' n-grams are indexed; the
 * training texts are scanned once, so the cost is linear in the training data.
 */
export function ngramOverlap(trainTexts: readonly string[], referenceTexts: readonly string[], options: NgramOverlapOptions = {}): NgramOverlapResult {
  const n = options.n ?? 13;
  const minimumWords = options.minimumWords ?? 8;
  const templateExamples = options.templateExamples ?? 10;
  const referenceWords = referenceTexts.map(comparisonWords);
  const index = new Map<number, GramSite[]>();
  const gramCounts: number[] = [];
  const tooShort: number[] = [];
  const sizes = new Set<number>();
  referenceWords.forEach((words, reference) => {
    const size = words.length >= n ? n : words.length >= minimumWords ? words.length : 0;
    if (size === 0) {
      tooShort.push(reference);
      gramCounts.push(0);
      return;
    }
    sizes.add(size);
    const hashes = Uint32Array.from(words, (word) => fnv1a32(word));
    const seen = new Set<number>();
    for (let start = 0; start + size <= words.length; start += 1) {
      const hash = gramHash(hashes, start, size);
      if (seen.has(hash)) continue;
      seen.add(hash);
      const sites = index.get(hash);
      if (sites) sites.push({ reference, start, size });
      else index.set(hash, [{ reference, start, size }]);
    }
    gramCounts.push(seen.size);
  });

  // gram identity = "reference:start:size" of its first site; per gram, the training texts containing it.
  const gramTexts = new Map<string, Set<number>>();
  const pairGrams = new Map<string, Set<string>>();
  trainTexts.forEach((text, train) => {
    const words = comparisonWords(text);
    const hashes = Uint32Array.from(words, (word) => fnv1a32(word));
    for (const size of sizes) {
      for (let start = 0; start + size <= words.length; start += 1) {
        const sites = index.get(gramHash(hashes, start, size));
        if (!sites) continue;
        for (const site of sites) {
          if (site.size !== size || !sameWords(referenceWords[site.reference] as string[], site.start, words, start, size)) continue;
          const gram = `${site.reference}:${site.start}:${size}`;
          const texts = gramTexts.get(gram) ?? new Set<number>();
          texts.add(train);
          gramTexts.set(gram, texts);
          const pair = `${train}:${site.reference}`;
          const grams = pairGrams.get(pair) ?? new Set<string>();
          grams.add(gram);
          pairGrams.set(pair, grams);
        }
      }
    }
  });

  const gramWords = (gram: string) => {
    const [reference, start, size] = gram.split(":").map(Number) as [number, number, number];
    return (referenceWords[reference] as string[]).slice(start, start + size).join(" ");
  };
  const template = new Set([...gramTexts].filter(([, texts]) => texts.size > templateExamples).map(([gram]) => gram));
  // Report template text as phrases: overlapping template n-grams of one reference merged into one run of words.
  const sites = [...template].map((gram) => gram.split(":").map(Number) as [number, number, number]).sort((left, right) => left[0] - right[0] || left[1] - right[1]);
  const templateByWords = new Map<string, number>();
  for (let index = 0; index < sites.length; ) {
    const [reference, start, size] = sites[index] as [number, number, number];
    let end = start + size;
    let trainingTexts = 0;
    while (index < sites.length && (sites[index] as number[])[0] === reference && ((sites[index] as number[])[1] as number) < end + 1) {
      const site = sites[index] as [number, number, number];
      end = Math.max(end, site[1] + site[2]);
      trainingTexts = Math.max(trainingTexts, gramTexts.get(site.join(":"))?.size ?? 0);
      index += 1;
    }
    const phrase = (referenceWords[reference] as string[]).slice(start, end).join(" ");
    templateByWords.set(phrase, Math.max(templateByWords.get(phrase) ?? 0, trainingTexts));
  }
  const hits: NgramOverlapHit[] = [];
  for (const [pair, grams] of pairGrams) {
    const kept = [...grams].filter((gram) => !template.has(gram));
    if (kept.length === 0) continue;
    const [train, reference] = pair.split(":").map(Number) as [number, number];
    hits.push({ train, reference, matchedGrams: kept.length, overlap: kept.length / (gramCounts[reference] || 1), evidence: gramWords(kept[0] as string) });
  }
  hits.sort((left, right) => left.train - right.train || left.reference - right.reference);
  return {
    hits,
    tooShort,
    templateGrams: [...templateByWords].map(([gram, trainingTexts]) => ({ gram, trainingTexts })).sort((left, right) => right.trainingTexts - left.trainingTexts),
  };
}
