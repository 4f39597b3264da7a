import type { ContextBlock } from "../grounded/grounded-prompt";
import type { TableLine } from "@tandem/text";
import { analyzeQuestion, holdsNewValue } from "./analyze-question";
import { type EvidenceUnit, evidenceUnits } from "./evidence-units";

/** A sentence or table row chosen from a context block, with its offsets in the block text. */
export interface SelectedSentence {
  marker: number;
  text: string;
  start: number;
  end: number;
  score: number;
  /** Share (IDF-weighted) of the question's terms the sentence and its context contain. */
  coverage: number;
  /** For a table row: the header and delimiter rows of its table, quoted above it (`start` identifies the table). */
  table?: { start: number; header?: TableLine; delimiter?: TableLine };
}

export interface SelectionOptions {
  /** Most sentences (or table rows) to return. Default 2. */
  maxSentences?: number;
  /** Least IDF-weighted share of the question's terms found in the sources that a sentence and its context must contain. Default 0.5. */
  minCoverage?: number;
  /** Least IDF-weighted share of the question's terms that must occur anywhere in the sources. Default 0.3. */
  minPresence?: number;
  /**
   * Every name the question uses (capitalised words, acronyms, identifiers like `eu-west-1`) must occur somewhere
   * in the sources. Default true; off for task prompts, which name people and things the sources need not hold.
   */
  requireNames?: boolean;
}

/** BM25 parameters. */
const k1 = 1.2;
const b = 0.75;
/** Numbers with more than digits (`eu-west-1`, `v2.14`, `0.09`, `2026-10-01`): matching one is strong evidence; a bare "30" is not. */
const identifier = /^(?=.*\d)(?!\d+$)/;
/** Weight of a question term found only in a unit's context (title, headings, neighbours, table header). */
const contextWeight = 0.5;
/** Weight of a question term found only in a table row's header row: a row is read as header–cell pairs. */
const headerWeight = 1;
/** Units scoring at least this share of the best one are quoted too (up to `maxSentences`). */
const keepRatio = 0.75;

/**
 * Picks the sentences and table rows of the blocks that best answer a question. Deterministic.
 *
 * Units and their context (`evidenceUnits`): sentences (of paragraphs and list items) and table body rows. A unit
 * is read in its context — the block's title and headings, the rest of its paragraph or list item, or its table's
 * header row: `| Pro | 99.95% |` answers "What monthly uptime does the SLA promise on Pro?" because its header
 * says `Monthly uptime commitment`.
 *
 * Question (`analyzeQuestion`): its terms without phrasing words ("how much", "write a reply … asking"), the names
 * it uses, and the kind of value it asks for (a time for "when", a number for "how much / many / long").
 *
 * Score: BM25 of the question's terms over the units (IDF from the units); a term found only in the context counts
 * at half its IDF (a header-row term at its full IDF); matched identifiers (`eu-west-1`, `0.09`) earn a bonus; a
 * light preference for earlier blocks. A unit is an answer only if it holds one of the terms itself, one of the
 * question's names (itself or in its context), and a value of the asked kind that the question does not already
 * hold. When the question names a table row by its first cell ("on Pro"), that table's other rows are not answers.
 *
 * Abstention — nothing is returned, and the caller says the sources do not answer — when the sources hold less
 * than `minPresence` of the question's (IDF-weighted) terms, when they never mention one of its names
 * (`requireNames`), or when no answer unit, read in its context, holds `minCoverage` of the terms the sources do hold.
 *
 * The best unit is kept, with the next ones scoring ≥ 0.75 of it, up to `maxSentences`; a text already kept (the
 * same row in two sources, the overlap of two chunks) is never kept twice. Rows are quoted under their header
 * (`citeSentences`).
 */
export function selectSentences(question: string, blocks: readonly ContextBlock[], options: SelectionOptions = {}): SelectedSentence[] {
  const maxSentences = options.maxSentences ?? 2;
  const minCoverage = options.minCoverage ?? 0.5;
  const minPresence = options.minPresence ?? 0.3;
  const requireNames = options.requireNames ?? true;
  const analyzed = analyzeQuestion(question);
  const { named, kind } = analyzed;
  if (analyzed.terms.length === 0) return [];

  const units = evidenceUnits(blocks);
  if (units.length === 0) return [];
  const documentFrequency = new Map<string, number>();
  for (const unit of units) for (const term of new Set(unit.terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const inContext = new Set(units.flatMap((unit) => [...unit.contextTerms]));
  const count = units.length;
  const idf = (term: string) => {
    const frequency = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
  };
  // A compound the sources contain is matched whole; its parts count only where the sources split it up.
  const contained = (term: string) => documentFrequency.has(term) || inContext.has(term);
  const questionTerms = analyzed.terms.filter((term) => ![...analyzed.parts].some(([compound, parts]) => parts.includes(term) && contained(compound)));
  const averageLength = units.reduce((sum, unit) => sum + unit.terms.length, 0) / count;
  // Coverage counts the question terms the sources contain (phrasing words like "much" or "last" rarely occur);
  // but when the sources contain too little of the question overall, nothing is selected: they do not answer it.
  const present = questionTerms.filter(contained);
  const questionWeight = present.reduce((sum, term) => sum + idf(term), 0);
  const totalWeight = questionTerms.reduce((sum, term) => sum + idf(term), 0);
  if (totalWeight === 0 || questionWeight / totalWeight < minPresence) return [];
  // A question about something the sources never name (a plan, a place, a product) is not answered by them.
  if (requireNames && named.some((term) => !contained(term))) return [];

  const scored = units.map((unit) => {
    const frequencies = new Map<string, number>();
    for (const term of unit.terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    let score = 0;
    let matchedWeight = 0;
    let ownWeight = 0;
    for (const term of present) {
      const weight = idf(term);
      const frequency = frequencies.get(term);
      if (frequency) {
        matchedWeight += weight;
        ownWeight += weight;
        score += (weight * frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * unit.terms.length) / averageLength));
        if (identifier.test(term)) score += weight * 0.5;
      } else if (unit.contextTerms.has(term)) {
        matchedWeight += weight;
        score += weight * (unit.headerTerms?.has(term) ? headerWeight : contextWeight);
      }
    }
    if (ownWeight === 0 || (named.length > 0 && !named.some((term) => frequencies.has(term) || unit.contextTerms.has(term)))) score = 0;
    if (kind && !holdsNewValue(unit.text, kind, question)) score = 0;
    score *= 1 - Math.min(unit.blockIndex, 9) * 0.01;
    return { unit, score, coverage: questionWeight === 0 ? 0 : matchedWeight / questionWeight };
  });

  const answers = scored.filter((entry) => entry.coverage >= minCoverage && entry.score > 0);
  // A question that names a row of a table by its first cell ("on Pro") selects that row: the table's other
  // rows, which only share its header or a value, are not answers.
  const namesRow = (unit: EvidenceUnit) => present.some((term) => unit.keyTerms?.has(term));
  const keyedTables = new Set(answers.filter((entry) => namesRow(entry.unit)).map((entry) => entry.unit.table));
  const ranked = answers
    .filter((entry) => !(entry.unit.table && keyedTables.has(entry.unit.table) && !namesRow(entry.unit)))
    .sort((left, right) => right.score - left.score || left.unit.blockIndex - right.unit.blockIndex || left.unit.start - right.unit.start);
  const best = ranked[0];
  if (!best) return [];
  const kept: typeof ranked = [];
  const seen = new Set<string>();
  for (const entry of ranked) {
    if (kept.length >= maxSentences || entry.score < best.score * keepRatio) break;
    const key = entry.unit.text.replace(/\s+/g, " ").toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(entry);
  }
  return kept.map(({ unit, score, coverage }) => ({
    marker: unit.marker,
    text: unit.text,
    start: unit.start,
    end: unit.end,
    score,
    coverage,
    ...(unit.table ? { table: tableOf(unit) } : {}),
  }));
}

function tableOf(unit: EvidenceUnit): NonNullable<SelectedSentence["table"]> {
  const table = unit.table as NonNullable<EvidenceUnit["table"]>;
  return { start: table.start, ...(table.header ? { header: table.header } : {}), ...(table.delimiter ? { delimiter: table.delimiter } : {}) };
}

/**
 * Sentences as cited answer text, each verbatim and followed by its marker. Rows of one table are quoted
 * together, in table order, under the table's header (and delimiter) row, on lines of their own:
 * `| Plan | Monthly uptime |` / `|---|---|` / `| Pro | 99.95% | [1]`.
 */
export function citeSentences(sentences: readonly SelectedSentence[]): string {
  const pieces: { text: string; table: boolean }[] = [];
  const tables = new Map<string, { rows: SelectedSentence[]; at: number }>();
  for (const sentence of sentences) {
    if (!sentence.table) {
      pieces.push({ text: `${sentence.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")} [${sentence.marker}]`, table: false });
      continue;
    }
    const key = `${sentence.marker}:${sentence.table.start}`;
    const group = tables.get(key);
    if (group) {
      group.rows.push(sentence);
    } else {
      tables.set(key, { rows: [sentence], at: pieces.length });
      pieces.push({ text: "", table: true });
    }
  }
  for (const { rows, at } of tables.values()) {
    const first = rows[0] as SelectedSentence;
    const lines = [first.table?.header?.text, first.table?.delimiter?.text, ...[...rows].sort((left, right) => left.start - right.start).map((row) => row.text)];
    (pieces[at] as (typeof pieces)[number]).text = `${lines.filter((line) => line !== undefined).join("\n")} [${first.marker}]`;
  }
  return pieces.reduce((text, piece, index) => {
    if (index === 0) return piece.text;
    const previous = pieces[index - 1] as (typeof pieces)[number];
    return `${text}${piece.table || previous.table ? "\n" : " "}${piece.text}`;
  }, "");
}
