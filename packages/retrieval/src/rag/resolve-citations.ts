import type { Citation, SearchHit } from "@tandem/core";
import { analyzeText, type Sentence, splitSentences } from "@tandem/text";

export interface ResolvedCitations {
  citations: Citation[];
  /** Markers in the answer that refer to no source given to the model. */
  unresolvedMarkers: number[];
}

/**
 * Turns the `[n]` markers of an answer into checkable citations: marker n → the n-th hit, its chunk id and span,
 * and the quoted sentence(s). The quote is the answer text before the marker when it occurs verbatim in the chunk;
 * otherwise the chunk sentence that best overlaps it.
 */
export function resolveCitations(answer: string, hits: readonly SearchHit[]): ResolvedCitations {
  const byMarker = new Map<number, string[]>();
  const unresolved = new Set<number>();
  let segmentStart = 0;
  for (const match of answer.matchAll(/\[(\d+)\]/g)) {
    const marker = Number(match[1]);
    const segment = answer.slice(segmentStart, match.index).replace(/^[\s,;.)\]]+/, "").trim();
    segmentStart = (match.index ?? 0) + match[0].length;
    if (marker < 1 || marker > hits.length) {
      unresolved.add(marker);
      continue;
    }
    const list = byMarker.get(marker) ?? [];
    if (segment) list.push(segment);
    byMarker.set(marker, list);
  }
  const citations: Citation[] = [];
  for (const [marker, segments] of byMarker) {
    const hit = hits[marker - 1] as SearchHit;
    const quotes = segments.map((segment) => quoteFor(segment, hit.text)).filter((quote, index, all) => quote && all.indexOf(quote) === index);
    citations.push({
      marker,
      source: hit.source,
      chunkId: hit.id,
      ...(typeof hit.metadata.title === "string" ? { title: hit.metadata.title } : {}),
      span: { start: hit.metadata.spanStart, end: hit.metadata.spanEnd },
      quote: quotes.join(" … ") || (splitSentences(hit.text)[0]?.text ?? hit.text.slice(0, 200)),
    });
  }
  return { citations: citations.sort((left, right) => left.marker - right.marker), unresolvedMarkers: [...unresolved].sort((a, b) => a - b) };
}

function quoteFor(segment: string, chunkText: string): string {
  // The text since the previous marker may hold several sentences; cite the last one(s) found verbatim, each on
  // its own line where the answer put it on one (a table's header and rows).
  const sentences = splitSentences(segment).map((sentence) => ({ ...sentence, text: sentence.text.replace(/^Sources:\s*/, "") }));
  const verbatim = sentences.filter((sentence) => sentence.text.length > 0 && chunkText.includes(sentence.text));
  if (verbatim.length > 0) {
    return verbatim.map((sentence, index) => (index === 0 ? "" : segment.slice((verbatim[index - 1] as Sentence).end, sentence.start).includes("\n") ? "\n" : " ") + sentence.text).join("");
  }
  const wanted = new Set(analyzeText(segment));
  let best = { text: "", overlap: 0 };
  for (const sentence of splitSentences(chunkText)) {
    const overlap = analyzeText(sentence.text).filter((term) => wanted.has(term)).length;
    if (overlap > best.overlap) best = { text: sentence.text, overlap };
  }
  return best.text;
}
