// Distractors for one RAFT example: hard negatives in retrieval order, never the oracle, never twice the same
// text, never a chunk that contains the answer's quoted evidence (overlapping chunks often do), and a count of
// everything passed over and of any shortfall.
import type { SourceChunk } from "../chunk-source";

export interface DistractorCandidate {
  id: string;
  text: string;
  source: string;
}

export interface DistractorSelection {
  distractors: DistractorCandidate[];
  /** Candidates passed over, by reason. */
  skipped: { oracle: number; duplicate: number; containsAnswer: number };
  /** How many fewer than asked for were found. */
  shortBy: number;
}

const normalize = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

export function selectDistractors(options: {
  oracle: SourceChunk;
  /** Candidates, best first (search hits, or a seeded random sample when random distractors are asked for). */
  candidates: readonly DistractorCandidate[];
  count: number;
  /** Verified quotes of the answer: a chunk containing one would answer the question, so it is no distractor. */
  quotes: readonly string[];
}): DistractorSelection {
  const oracleText = normalize(options.oracle.text);
  const seen = new Set<string>();
  const skipped = { oracle: 0, duplicate: 0, containsAnswer: 0 };
  const distractors: DistractorCandidate[] = [];
  for (const candidate of options.candidates) {
    if (distractors.length >= options.count) break;
    const text = normalize(candidate.text);
    if (candidate.id === options.oracle.id || text === oracleText || oracleText.includes(text)) {
      skipped.oracle += 1;
      continue;
    }
    if (seen.has(candidate.id) || seen.has(text)) {
      skipped.duplicate += 1;
      continue;
    }
    seen.add(candidate.id);
    seen.add(text);
    if (options.quotes.some((quote) => candidate.text.includes(quote))) {
      skipped.containsAnswer += 1;
      continue;
    }
    distractors.push({ id: candidate.id, text: candidate.text, source: candidate.source });
  }
  return { distractors, skipped, shortBy: Math.max(0, options.count - distractors.length) };
}
