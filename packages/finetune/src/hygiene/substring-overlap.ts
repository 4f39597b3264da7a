import { fnv1a32 } from "@tandem/core";
import { fmix32 } from "./minhash";

export interface SubstringOverlapOptions {
  /** Characters per probe. Default 50 (the GPT-4 technical report's check). */
  length?: number;
  /** Probes sampled per reference. Default 3. */
  samples?: number;
  /** A reference shorter than `length` is probed whole when it has at least this many characters. Default 20. */
  minimumCharacters?: number;
  /** A probe found in more than this many training texts is template text, not a leak. Default 10. */
  templateExamples?: number;
  /** Seed of the probe positions. Default 1. */
  seed?: number;
}

export interface SubstringOverlapHit {
  train: number;
  reference: number;
  /** Probes of the reference found in the training text. */
  matchedProbes: number;
  overlap: number;
  evidence: string;
}

export interface SubstringOverlapResult {
  hits: SubstringOverlapHit[];
  tooShort: number[];
  templateGrams: { gram: string; trainingTexts: number }[];
}

/** Lower case, letters and digits only (the GPT-4 report removes spaces and symbols before matching). */
export function lettersAndDigits(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

const modulus = 1_000_000_007;
const base = 131;

function hashOf(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index += 1) hash = (hash * base + text.charCodeAt(index)) % modulus;
  return hash;
}

/**
 * Character-substring overlap, after the GPT-4 technical report: each reference (validation or eval item) is
 * reduced to letters and digits, `samples` substrings of `length` characters are drawn at seeded positions (or
 * the whole item when it is shorter), and a training text contaminates the reference when it contains a probe.
 * Probes are found with a Rabin–Karp rolling hash, one pass over the training text per probe length.
 */
export function substringOverlap(trainTexts: readonly string[], referenceTexts: readonly string[], options: SubstringOverlapOptions = {}): SubstringOverlapResult {
  const length = options.length ?? 50;
  const samples = options.samples ?? 3;
  const minimumCharacters = options.minimumCharacters ?? 20;
  const templateExamples = options.templateExamples ?? 10;
  const seed = options.seed ?? 1;
  const probes: { reference: number; text: string }[] = [];
  const probeCounts: number[] = [];
  const tooShort: number[] = [];
  referenceTexts.forEach((text, reference) => {
    const letters = lettersAndDigits(text);
    if (letters.length < length && letters.length < minimumCharacters) {
      tooShort.push(reference);
      probeCounts.push(0);
      return;
    }
    const chosen = new Set<string>();
    if (letters.length <= length) chosen.add(letters);
    else {
      const positions = letters.length - length + 1;
      for (let sample = 0; sample < samples; sample += 1) {
        const start = fmix32(fnv1a32(`${seed}:${reference}:${sample}`)) % positions;
        chosen.add(letters.slice(start, start + length));
      }
    }
    for (const probe of chosen) probes.push({ reference, text: probe });
    probeCounts.push(chosen.size);
  });

  const byLength = new Map<number, Map<number, number[]>>();
  probes.forEach((probe, probeIndex) => {
    const table = byLength.get(probe.text.length) ?? new Map<number, number[]>();
    const hash = hashOf(probe.text);
    table.set(hash, [...(table.get(hash) ?? []), probeIndex]);
    byLength.set(probe.text.length, table);
  });

  const probeTexts = new Map<number, Set<number>>();
  trainTexts.forEach((text, train) => {
    const letters = lettersAndDigits(text);
    for (const [size, table] of byLength) {
      if (letters.length < size) continue;
      let power = 1;
      for (let index = 1; index < size; index += 1) power = (power * base) % modulus;
      let hash = hashOf(letters.slice(0, size));
      for (let start = 0; ; start += 1) {
        const found = table.get(hash);
        if (found) {
          for (const probeIndex of found) {
            const probe = probes[probeIndex] as { text: string };
            if (letters.startsWith(probe.text, start)) probeTexts.set(probeIndex, (probeTexts.get(probeIndex) ?? new Set<number>()).add(train));
          }
        }
        if (start + size >= letters.length) break;
        hash = (hash - ((letters.charCodeAt(start) * power) % modulus) + modulus) % modulus;
        hash = (hash * base + letters.charCodeAt(start + size)) % modulus;
      }
    }
  });

  const pairs = new Map<string, number[]>();
  const templateGrams: { gram: string; trainingTexts: number }[] = [];
  for (const [probeIndex, texts] of probeTexts) {
    const probe = probes[probeIndex] as { reference: number; text: string };
    if (texts.size > templateExamples) {
      templateGrams.push({ gram: probe.text, trainingTexts: texts.size });
      continue;
    }
    for (const train of texts) pairs.set(`${train}:${probe.reference}`, [...(pairs.get(`${train}:${probe.reference}`) ?? []), probeIndex]);
  }
  const hits: SubstringOverlapHit[] = [...pairs].map(([pair, found]) => {
    const [train, reference] = pair.split(":").map(Number) as [number, number];
    return { train, reference, matchedProbes: found.length, overlap: found.length / (probeCounts[reference] || 1), evidence: probes[found[0] as number]?.text ?? "" };
  });
  hits.sort((left, right) => left.train - right.train || left.reference - right.reference);
  return { hits, tooShort, templateGrams: templateGrams.sort((left, right) => right.trainingTexts - left.trainingTexts) };
}
