import { analyzeIndexedText, analyzeText } from "@tandem/text";
import { topK } from "./top-k";

/** The default analysis of indexed text (documents, titles): `analyzeIndexedText` (queries: `analyzeText`). */
export const documentAnalyzer: (text: string) => string[] = analyzeIndexedText;

export interface Bm25Options {
  /** Term-frequency saturation. Default 1.2. */
  k1?: number;
  /** Length normalisation. Default 0.75. */
  b?: number;
  /**
   * Text → index terms, for documents, titles and queries. Default: `documentAnalyzer` for documents and titles
   * (stopwords removed, Porter-stemmed, compounds also split into their words and numbers), `analyzeText` for
   * queries (the same without the number parts).
   */
  analyzer?: (text: string) => string[];
}

export interface Bm25Hit {
  id: string;
  score: number;
}

/** A document of the lexical index: id, text, and the flat metadata filters are evaluated on (`title` and `headings` make its title field). */
export interface LexicalDocument {
  id: string;
  text: string;
  metadata?: Readonly<Record<string, unknown>>;
}

/** Query terms with their weights (1 for a plain query; feedback adds weighted terms). */
export type WeightedTerms = ReadonlyMap<string, number>;

export interface Bm25SearchOptions {
  /** Keeps the documents it accepts. */
  filter?: (document: LexicalDocument) => boolean;
  /**
   * Weight of the title field (`titleOf`: section headings and document title) beside the text, BM25F-style: a
   * term's frequency is tf(text) + titleWeight × tf(title) and a document's length likewise, before saturation.
   * Default 0 (text only).
   */
  titleWeight?: number;
}

interface Slot {
  document: LexicalDocument;
  length: number;
  titleLength: number;
  /** Term → frequency in this document's text. */
  terms: Map<string, number>;
  /** Term → frequency in its title. */
  titleTerms: Map<string, number>;
}

interface Posting {
  slots: number[];
  frequencies: number[];
  titleFrequencies: number[];
  /** Live documents (holes excluded) holding the term in text or title, and in their text. */
  live: number;
  liveInText: number;
}

/** Every term of a document, text then title, each once. */
function* termsOfSlot(slot: Slot): IterableIterator<string> {
  yield* slot.terms.keys();
  for (const term of slot.titleTerms.keys()) if (!slot.terms.has(term)) yield term;
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

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * The title field of a chunk: the heading path of its section (`metadata.headings`, which starts with the
 * document's title in Markdown and HTML), with the document's title (`metadata.title`) in front when the path
 * does not start with it; the document's title alone for a chunk outside any section.
 */
export function titleOf(document: LexicalDocument): string | undefined {
  const title = text(document.metadata?.title);
  const headings = text(document.metadata?.headings);
  if (!headings) return title;
  return !title || headings.startsWith(title) ? headings : `${title} > ${headings}`;
}

/**
 * Okapi BM25 over chunk texts (with an optional title field, BM25F-style) and an inverted index that grows and
 * shrinks in place (add, replace, remove a document without rebuilding). A query touches only its terms'
 * postings and keeps the top k with a heap. Terms come from `analyzeText` (the analysis the router and the offline
 * models use; indexed text also yields the numbers inside compounds, `documentAnalyzer`) unless `analyzer` says
 * otherwise; each text is analysed once.
 */
export class Bm25Index {
  readonly k1: number;
  readonly b: number;
  readonly analyzer: (text: string) => string[];
  private readonly queryAnalyzer: (text: string) => string[];
  /** Documents by slot, in the order added; a removed document leaves a hole until the next compaction. */
  private slots: (Slot | undefined)[] = [];
  private holes = 0;
  private readonly slotById = new Map<string, number>();
  /** Term → slots holding it in text or title (holes included, skipped when scoring) and their frequencies. */
  private postings = new Map<string, Posting>();
  private totalLength = 0;
  private totalTitleLength = 0;
  /** Bumped by every add and remove; the length normalisations below are kept per title weight until it moves. */
  private version = 0;
  private normsVersion = -1;
  private readonly norms = new Map<number, Float64Array>();
  /** Score buffer of `searchTerms`, all zeros between searches. */
  private scores = new Float64Array(0);
  /** Analysed title fields (the chunks of one section share theirs); read-only, bounded. */
  private readonly titleCache = new Map<string, Map<string, number>>();

  constructor(documents: readonly LexicalDocument[] = [], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.analyzer = options.analyzer ?? documentAnalyzer;
    this.queryAnalyzer = options.analyzer ?? analyzeText;
    for (const document of documents) this.add(document);
  }

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  get(id: string): LexicalDocument | undefined {
    return this.slotOf(id)?.document;
  }

  /** Term frequencies of a document's text, for persisting without analysing again. */
  termsOf(id: string): ReadonlyMap<string, number> | undefined {
    return this.slotOf(id)?.terms;
  }

  /** Term frequencies of a document's title. */
  titleTermsOf(id: string): ReadonlyMap<string, number> | undefined {
    return this.slotOf(id)?.titleTerms;
  }

  /** Number of terms in a document's text. */
  lengthOf(id: string): number {
    return this.slotOf(id)?.length ?? 0;
  }

  *documents(): IterableIterator<LexicalDocument> {
    for (const slot of this.slots) if (slot) yield slot.document;
  }

  /** A query's terms, each once (weight 1). */
  queryTerms(query: string): Map<string, number> {
    return new Map([...new Set(this.queryAnalyzer(query))].map((term) => [term, 1]));
  }

  /**
   * Adds a document (replacing one with the same id); `terms` and `titleTerms` skip the analysis when already
   * known (e.g. read back from disk).
   */
  add(document: LexicalDocument, terms: Map<string, number> = this.count(document.text), titleTerms?: Map<string, number>): void {
    this.remove(document.id);
    this.place({ document, length: 0, titleLength: 0, terms, titleTerms: titleTerms ?? this.titleTerms(titleOf(document)) });
  }

  remove(id: string): boolean {
    const index = this.slotById.get(id);
    if (index === undefined) return false;
    const slot = this.slots[index] as Slot;
    for (const term of termsOfSlot(slot)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      posting.live -= 1;
      if (slot.terms.has(term)) posting.liveInText -= 1;
    }
    this.totalLength -= slot.length;
    this.totalTitleLength -= slot.titleLength;
    this.slots[index] = undefined;
    this.slotById.delete(id);
    this.holes += 1;
    this.version += 1;
    // Compact once holes are a quarter of the slots: renumber and rebuild postings from the stored terms.
    if (this.holes > 64 && this.holes * 4 > this.slots.length) this.compact();
    return true;
  }

  /** The k best documents for a query, best first (ties: smaller id first, so the order documents were added in never matters). */
  search(query: string, k: number, filterOrOptions?: ((document: LexicalDocument) => boolean) | Bm25SearchOptions): Bm25Hit[] {
    const options = typeof filterOrOptions === "function" ? { filter: filterOrOptions } : (filterOrOptions ?? {});
    return this.searchTerms(this.queryTerms(query), k, options);
  }

  /** The k best documents for weighted query terms (Σ weight × BM25 term score), best first. */
  searchTerms(query: WeightedTerms, k: number, options: Bm25SearchOptions = {}): Bm25Hit[] {
    if (this.slotById.size === 0 || k <= 0) return [];
    // One score buffer reused across searches (zeroed again below where this search wrote): no 8-byte-per-document allocation per query.
    if (this.scores.length < this.slots.length) this.scores = new Float64Array(Math.max(this.slots.length, 2 * this.scores.length));
    const scores = this.scores;
    const touched: number[] = [];
    const titleWeight = options.titleWeight ?? 0;
    const norms = this.normsFor(titleWeight);
    const saturation = this.k1 + 1;
    for (const [term, weight] of query) {
      const posting = this.postings.get(term);
      const frequency = posting ? this.documentFrequency(posting, titleWeight) : 0;
      if (!posting || frequency === 0 || weight === 0) continue;
      const idf = weight * this.idf(frequency);
      const { slots, frequencies, titleFrequencies } = posting;
      for (let position = 0; position < slots.length; position += 1) {
        const slot = slots[position] as number;
        if (!this.slots[slot]) continue;
        const tf = (frequencies[position] as number) + titleWeight * (titleFrequencies[position] as number);
        if (tf === 0) continue;
        if (scores[slot] === 0) touched.push(slot);
        // termScore with the slot's length normalisation precomputed (the same arithmetic, so the same scores).
        scores[slot] = (scores[slot] as number) + (idf * tf * saturation) / (tf + (norms[slot] as number));
      }
    }
    const filter = options.filter;
    const candidates = filter ? touched.filter((slot) => filter((this.slots[slot] as Slot).document)) : touched;
    const hits = topK(candidates, k, (slot) => scores[slot] as number, (slot) => (this.slots[slot] as Slot).document.id).map((slot) => ({ id: (this.slots[slot] as Slot).document.id, score: scores[slot] as number }));
    for (const slot of touched) scores[slot] = 0;
    return hits;
  }

  /** The score `searchTerms` would give one document (0 when it is unknown or matches nothing). */
  scoreOf(id: string, query: WeightedTerms, options: Pick<Bm25SearchOptions, "titleWeight"> = {}): number {
    const slot = this.slotOf(id);
    if (!slot) return 0;
    const titleWeight = options.titleWeight ?? 0;
    const averageLength = this.averageLength(titleWeight);
    let score = 0;
    for (const [term, weight] of query) {
      const tf = (slot.terms.get(term) ?? 0) + titleWeight * (slot.titleTerms.get(term) ?? 0);
      const posting = this.postings.get(term);
      if (tf === 0 || !posting || weight === 0) continue;
      score += this.termScore(weight * this.idf(this.documentFrequency(posting, titleWeight)), tf, slot.length + titleWeight * slot.titleLength, averageLength);
    }
    return score;
  }

  /**
   * The score no document can reach for these terms: Σ weight × idf × (k1 + 1), the limit of BM25 as every
   * term's frequency grows. Scores divided by it lie in [0, 1) and compare across queries.
   */
  maxScore(query: WeightedTerms, options: Pick<Bm25SearchOptions, "titleWeight"> = {}): number {
    let bound = 0;
    for (const [term, weight] of query) {
      const posting = this.postings.get(term);
      const frequency = posting ? this.documentFrequency(posting, options.titleWeight ?? 0) : 0;
      if (frequency > 0) bound += weight * this.idf(frequency) * (this.k1 + 1);
    }
    return bound;
  }

  /** Ids of the documents a filter accepts (what a filtered search ranks among). */
  filter(accepts: (document: LexicalDocument) => boolean): string[] {
    const ids: string[] = [];
    for (const slot of this.slots) if (slot && accepts(slot.document)) ids.push(slot.document.id);
    return ids;
  }

  private slotOf(id: string): Slot | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  private titleTerms(title: string | undefined): Map<string, number> {
    if (!title) return new Map();
    let terms = this.titleCache.get(title);
    if (!terms) {
      terms = this.count(title);
      if (this.titleCache.size >= 10_000) this.titleCache.clear();
      this.titleCache.set(title, terms);
    }
    return terms;
  }

  private count(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const term of this.analyzer(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  }

  /** Documents holding a term: in text or title when the title field counts, else in text. */
  private documentFrequency(posting: Posting, titleWeight: number): number {
    return titleWeight > 0 ? posting.live : posting.liveInText;
  }

  private idf(documentFrequency: number): number {
    return Math.log(1 + (this.slotById.size - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  private averageLength(titleWeight: number): number {
    return (this.totalLength + titleWeight * this.totalTitleLength) / this.slotById.size || 1;
  }

  /** k1 × (1 − b + b × length / average length) per slot for one title weight, kept until the index changes. */
  private normsFor(titleWeight: number): Float64Array {
    if (this.normsVersion !== this.version) {
      this.norms.clear();
      this.normsVersion = this.version;
    }
    let norms = this.norms.get(titleWeight);
    if (!norms) {
      const averageLength = this.averageLength(titleWeight);
      norms = new Float64Array(this.slots.length);
      this.slots.forEach((slot, index) => {
        if (slot) (norms as Float64Array)[index] = this.k1 * (1 - this.b + (this.b * (slot.length + titleWeight * slot.titleLength)) / averageLength);
      });
      this.norms.set(titleWeight, norms);
    }
    return norms;
  }

  private termScore(idf: number, tf: number, length: number, averageLength: number): number {
    return (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * length) / averageLength));
  }

  private place(slot: Slot): void {
    const index = this.slots.length;
    let length = 0;
    let titleLength = 0;
    for (const count of slot.terms.values()) length += count;
    for (const count of slot.titleTerms.values()) titleLength += count;
    for (const term of termsOfSlot(slot)) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: [], frequencies: [], titleFrequencies: [], live: 0, liveInText: 0 };
        this.postings.set(term, posting);
      }
      posting.slots.push(index);
      posting.frequencies.push(slot.terms.get(term) ?? 0);
      posting.titleFrequencies.push(slot.titleTerms.get(term) ?? 0);
      posting.live += 1;
      if (slot.terms.has(term)) posting.liveInText += 1;
    }
    slot.length = length;
    slot.titleLength = titleLength;
    this.slots.push(slot);
    this.slotById.set(slot.document.id, index);
    this.totalLength += length;
    this.totalTitleLength += titleLength;
    this.version += 1;
  }

  private compact(): void {
    const kept = this.slots.filter((slot): slot is Slot => slot !== undefined);
    this.slots = [];
    this.holes = 0;
    this.postings = new Map();
    this.slotById.clear();
    this.totalLength = 0;
    this.totalTitleLength = 0;
    for (const slot of kept) this.place(slot);
  }
}
