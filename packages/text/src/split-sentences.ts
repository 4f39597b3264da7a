/** A sentence (or list item, table row, heading) with its character span in the source text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const abbreviations = new Set(["e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "no", "approx", "incl", "fig", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co"]);
/** Lines that stand on their own: headings, list items, table rows, block quotes. */
const standaloneLine = /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>)/;

/**
 * Splits text into sentences with exact offsets (`text.slice(start, end) === sentence.text`).
 * Blank lines and Markdown structure (headings, list items, table rows) are boundaries; within prose, a
 * `.`, `!` or `?` followed by space and an upper-case letter, digit or quote ends a sentence — except after
 * common abbreviations ("e.g.", "Dr.") — and decimals or versions ("2.5", "v2.14") never split.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] as string)) start += 1;
    while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
    if (end > start) sentences.push({ text: text.slice(start, end), start, end });
  };

  // Units: paragraphs of ordinary lines, and standalone lines.
  const lines = [...text.matchAll(/[^\n]*(?:\n|$)/g)];
  let unitStart = -1;
  let unitEnd = -1;
  const flush = () => {
    if (unitStart >= 0) splitProse(text, unitStart, unitEnd, push);
    unitStart = -1;
  };
  for (const match of lines) {
    const line = match[0];
    if (line.length === 0) continue;
    const start = match.index ?? 0;
    const end = start + line.length;
    if (line.trim() === "") {
      flush();
    } else if (standaloneLine.test(line)) {
      flush();
      splitProse(text, start, end, push);
    } else {
      if (unitStart < 0) unitStart = start;
      unitEnd = end;
    }
  }
  flush();
  return sentences;
}

function splitProse(text: string, start: number, end: number, push: (start: number, end: number) => void): void {
  const boundary = /[.!?]+["')\]]*\s+(?=["'(\[“]?[\p{Lu}\p{N}])/gu;
  boundary.lastIndex = start;
  let sentenceStart = start;
  for (let match = boundary.exec(text); match && match.index + match[0].length <= end; match = boundary.exec(text)) {
    const stop = match.index;
    const word = /([\p{L}.]+)$/u.exec(text.slice(sentenceStart, stop))?.[1]?.toLowerCase() ?? "";
    if (match[0].startsWith(".") && (abbreviations.has(word) || abbreviations.has(word.replace(/\.$/, "")) || /^\p{L}$/u.test(word))) {
      continue;
    }
    const sentenceEnd = stop + match[0].trimEnd().length;
    push(sentenceStart, sentenceEnd);
    sentenceStart = sentenceEnd;
  }
  push(sentenceStart, end);
}
