import { stemmer } from "stemmer";
import { stopwords } from "./stopwords";

/**
 * Words, identifiers, versions and numbers: runs of letters/digits joined by `.`, `-`, `_`, `/` or `'`
 * (`eu-west-1`, `v2.14`, `0.09`, `don't`). A `$` or `%` around a number is dropped.
 */
const tokenPattern = /[\p{L}\p{N}]+(?:['’.\-_/][\p{L}\p{N}]+)*/gu;
const letters = /^\p{L}+$/u;
const digits = /^\d+$/;

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = letters.test(word) ? stemmer(word) : word;
    if (stemCache.size < 200_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Analyses text into index terms: lower-cased tokens, stopwords removed, plain words Porter-stemmed.
 * Compound tokens keep their whole form (`eu-west-1`, `v2.14`) and, when joined by `-`, `_` or `/`, also yield
 * their word parts (`point-in-time` → `point-in-time`, `point`, `time`), so "point in time" still matches
 * (`analyzeIndexedText` also yields their number parts).
 * Used by the local embedder, the extractive reader, the example-memory model, BM25 and the router.
 */
export function analyzeText(text: string): string[] {
  return analyze(text, false);
}

/**
 * `analyzeText` for text that is indexed (documents, titles): compounds also yield their number parts, without
 * leading zeros (`2026-10-02` → `2026`, `10`, `2`; `$79/month` → `79`), so a date or price written inside a compound
 * is found by a query that gives the number alone ("October 2, 2026", "$79"). Queries keep `analyzeText`: the
 * numbers inside a query's own identifiers (file numbers, case ids) would match every page that mentions a year.
 */
export function analyzeIndexedText(text: string): string[] {
  return analyze(text, true);
}

function analyze(text: string, numberParts: boolean): string[] {
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(tokenPattern)) {
    const token = match[0].replaceAll("’", "'");
    if (stopwords.has(token)) continue;
    if (!/[-_/]/.test(token)) {
      const word = token.endsWith("'s") ? token.slice(0, -2) : token;
      if (word.length > 0 && !stopwords.has(word)) terms.push(stem(word));
      continue;
    }
    terms.push(token);
    for (const part of token.split(/[-_/]/)) {
      if (part.length > 1 && !stopwords.has(part) && letters.test(part)) terms.push(stem(part));
      else if (numberParts && digits.test(part)) terms.push(part.replace(/^0+(?=\d)/, ""));
    }
  }
  return terms;
}
