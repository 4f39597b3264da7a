import type { ContextBlock } from "../grounded/grounded-prompt";
import { analyzeText, findTables, type Sentence, splitSentences, type TextTable } from "@tandem/text";

/** A piece of a source that can be quoted as an answer: a sentence (or list item), or a table body row. */
export interface EvidenceUnit {
  blockIndex: number;
  marker: number;
  /** The unit verbatim, with its span in the block text. */
  text: string;
  start: number;
  end: number;
  /** Its own index terms (`analyzeText`). */
  terms: string[];
  /**
   * Terms of what frames it and is not quoted with it: the block's title and the headings above it, and the
   * other sentences of its paragraph or list item (with an FAQ question just before it) — or, for a table row,
   * the table's header row.
   */
  contextTerms: ReadonlySet<string>;
  /** For a table row: its table (header, delimiter), quoted with it. */
  table?: TextTable;
  /** For a table row: the terms of its table's header row (also in `contextTerms`). */
  headerTerms?: ReadonlySet<string>;
  /** For a table row: the terms of its first cell, which names the row ("Pro" in `| Pro | 99.95% |`). */
  keyTerms?: ReadonlySet<string>;
}

const headingLine = /^\s*#{1,6}\s+(.*)$/;
/** Lines that begin a new item even without a blank line before them. */
const itemStart = /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>)/;

/**
 * The quotable units of the blocks, each with the terms of its context. Tables become one unit per body row
 * (never a header or delimiter row); everything else is split into sentences; headings are context only.
 */
export function evidenceUnits(blocks: readonly ContextBlock[]): EvidenceUnit[] {
  return blocks.flatMap((block, blockIndex) => blockUnits(block, blockIndex));
}

function blockUnits(block: ContextBlock, blockIndex: number): EvidenceUnit[] {
  const text = block.text;
  const titleTerms = analyzeText(block.title ?? "");
  const headings = [...text.matchAll(/^[ \t]*(#{1,6})[ \t]+(.*)$/gm)].map((match) => ({
    at: match.index ?? 0,
    level: (match[1] as string).length,
    terms: analyzeText(match[2] as string),
  }));
  /** Terms of the title and of the headings in force at an offset (the last one of each level above it). */
  const frame = (offset: number): string[] => {
    const stack: (typeof headings)[number][] = [];
    for (const heading of headings) {
      if (heading.at > offset) break;
      while (stack.length > 0 && (stack.at(-1) as (typeof headings)[number]).level >= heading.level) stack.pop();
      stack.push(heading);
    }
    return [...titleTerms, ...stack.flatMap((heading) => heading.terms)];
  };

  const tables = findTables(text);
  const inTable = (sentence: Sentence) => tables.some((table) => sentence.start < table.end && sentence.end > table.start);
  const units: EvidenceUnit[] = [];
  for (const table of tables) {
    const headerTerms = table.header ? analyzeText(table.header.text) : [];
    for (const row of table.rows) {
      const terms = analyzeText(row.text);
      if (terms.length === 0) continue;
      const keyTerms = new Set(analyzeText(row.text.replace(/^\|/, "").split("|")[0] ?? ""));
      units.push({ blockIndex, marker: block.marker, ...row, terms, contextTerms: new Set([...frame(row.start), ...headerTerms]), table, headerTerms: new Set(headerTerms), keyTerms });
    }
  }

  const sentences = splitSentences(text).filter((sentence) => !inTable(sentence) && !headingLine.test(sentence.text));
  const analysed = sentences.map((sentence) => analyzeText(sentence.text));
  // Items: runs of sentences of one paragraph or list item; a question in the source (an FAQ entry, "Is there
  // Wi-Fi at stations?") is not an answer but belongs to the item of the sentence after it.
  const item: number[] = [];
  sentences.forEach((sentence, index) => {
    const before = sentences[index - 1];
    item.push(before && (sameItem(text, before, sentence) || isQuestion(before)) ? (item[index - 1] as number) : index);
  });
  sentences.forEach((sentence, index) => {
    const terms = analysed[index] as string[];
    if (terms.length === 0 || isQuestion(sentence)) return;
    const neighbours = analysed.filter((_, other) => other !== index && item[other] === item[index]).flat();
    units.push({ blockIndex, marker: block.marker, ...sentence, terms, contextTerms: new Set([...frame(sentence.start), ...neighbours]) });
  });
  return units.sort((left, right) => left.start - right.start);
}

function isQuestion(sentence: Sentence): boolean {
  return /\?["')\]*_]*$/.test(sentence.text);
}

/** True when two consecutive sentences belong to one paragraph or list item (no blank line, no new item between). */
function sameItem(text: string, first: Sentence, second: Sentence): boolean {
  const gap = text.slice(first.end, second.start);
  if (/\n[ \t]*\n/.test(gap)) return false;
  if (!gap.includes("\n")) return true;
  const lineStart = text.lastIndexOf("\n", second.start - 1) + 1;
  return !itemStart.test(text.slice(lineStart, second.end));
}
