import { analyzeText } from "@tandem/models";
import { topK } from "./top-k";

export interface Bm25Options {
  /** Term-frequency saturation. Default 1.2. */
  k1?: number;
  /** Length normalisation. Default 0.75. */
  b?: number;
}

export interface Bm25Hit {
  id: string;
  score: number;
}

/** A document of the lexical index: id, text, and the flat metadata filters are evaluated on. */
export interface LexicalDocument {
  id: string;
  text: string;
  metadata?: Readonly<Record<string, unknown>>;
}

interface Slot {
  document: LexicalDocument;
  length: number;
  /** Term → frequency in this document. */
  terms: Map<string, number>;
}

/** Term frequencies as stored on disk: `term:count` pairs joined by spaces (analysed terms hold neither). */
export function encodeTerms(terms: ReadonlyMap<string, number>): string {
  return [...terms].map(([term, count]) => `${term}:${count}`).join(" ");
}

export function decodeTerms(encoded: string): Map<string, number> {
  const terms = new Map<string, number>();
  if (encoded === "") return terms;
  for (const pair of encoded.split(" ")) {
    const colon = pair.lastIndexOf(":");
    terms.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
  }
  return terms;
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of analyzeText(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Okapi BM25 over chunk texts with an inverted index that grows and shrinks in place (add, replace, remove a
 * document without rebuilding). A query touches only its terms' postings and keeps the top k with a heap.
 * Terms come from `analyzeText`, the analysis the router and the offline models use; each text is analysed once.
 */
export class Bm25Index {
  readonly k1: number;
  readonly b: number;
  /** Documents by slot, in the order added; a removed document leaves a hole until the next compaction. */
  private slots: (Slot | undefined)[] = [];
  private holes = 0;
  private readonly slotById = new Map<string, number>();
  /** Term → slots holding it (holes included, skipped when scoring) and their frequencies; `live` excludes holes. */
  private postings = new Map<string, { slots: number[]; frequencies: number[]; live: number }>();
  private totalLength = 0;

  constructor(documents: readonly LexicalDocument[] = [], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    for (const document of documents) this.add(document);
  }

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  get(id: string): LexicalDocument | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.document;
  }

  /** Term frequencies of a document, for persisting without analysing again. */
  termsOf(id: string): ReadonlyMap<string, number> | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.terms;
  }

  *documents(): IterableIterator<LexicalDocument> {
    for (const slot of this.slots) if (slot) yield slot.document;
  }

  /** Adds a document (replacing one with the same id); `terms` skips the analysis when already known. */
  add(document: LexicalDocument, terms: Map<string, number> = termCounts(document.text)): void {
    this.remove(document.id);
    this.place({ document, length: 0, terms });
  }

  remove(id: string): boolean {
    const index = this.slotById.get(id);
    if (index === undefined) return false;
    const slot = this.slots[index] as Slot;
    for (const term of slot.terms.keys()) {
      const posting = this.postings.get(term);
      if (posting) posting.live -= 1;
    }
    this.totalLength -= slot.length;
    this.slots[index] = undefined;
    this.slotById.delete(id);
    this.holes += 1;
    // Compact once holes are a quarter of the slots: renumber and rebuild postings from the stored terms.
    if (this.holes > 64 && this.holes * 4 > this.slots.length) this.compact();
    return true;
  }

  /** The k best documents for a query, best first (ties: earlier added first); `filter` keeps the documents it accepts. */
  search(query: string, k: number, filter?: (document: LexicalDocument) => boolean): Bm25Hit[] {
    const count = this.slotById.size;
    if (count === 0 || k <= 0) return [];
    const averageLength = this.totalLength / count || 1;
    const scores = new Float64Array(this.slots.length);
    const touched: number[] = [];
    for (const term of new Set(analyzeText(query))) {
      const posting = this.postings.get(term);
      if (!posting || posting.live === 0) continue;
      const idf = Math.log(1 + (count - posting.live + 0.5) / (posting.live + 0.5));
      const { slots, frequencies } = posting;
      for (let position = 0; position < slots.length; position += 1) {
        const slot = slots[position] as number;
        const entry = this.slots[slot];
        if (!entry) continue;
        const tf = frequencies[position] as number;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] = (scores[slot] as number) + (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * entry.length) / averageLength));
      }
    }
    const candidates = filter ? touched.filter((slot) => filter((this.slots[slot] as Slot).document)) : touched;
    return topK(candidates, k, (slot) => scores[slot] as number, (slot) => slot).map((slot) => ({ id: (this.slots[slot] as Slot).document.id, score: scores[slot] as number }));
  }

  /** Ids of the documents a filter accepts (what a filtered search ranks among). */
  filter(accepts: (document: LexicalDocument) => boolean): string[] {
    const ids: string[] = [];
    for (const slot of this.slots) if (slot && accepts(slot.document)) ids.push(slot.document.id);
    return ids;
  }

  private place(slot: Slot): void {
    const index = this.slots.length;
    let length = 0;
    for (const [term, count] of slot.terms) {
      length += count;
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: [], frequencies: [], live: 0 };
        this.postings.set(term, posting);
      }
      posting.slots.push(index);
      posting.frequencies.push(count);
      posting.live += 1;
    }
    slot.length = length;
    this.slots.push(slot);
    this.slotById.set(slot.document.id, index);
    this.totalLength += length;
  }

  private compact(): void {
    const kept = this.slots.filter((slot): slot is Slot => slot !== undefined);
    this.slots = [];
    this.holes = 0;
    this.postings = new Map();
    this.slotById.clear();
    this.totalLength = 0;
    for (const slot of kept) this.place(slot);
  }
}
