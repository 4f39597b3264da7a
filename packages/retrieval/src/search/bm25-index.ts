import { analyzeText } from "@tandem/models";

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

/**
 * Okapi BM25 over chunk texts with an inverted index (a query touches only its terms' postings).
 * Terms come from `analyzeText`, the same analysis the router and the offline models use.
 */
export class Bm25Index {
  private readonly k1: number;
  private readonly b: number;
  private readonly ids: string[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, { documents: number[]; frequencies: number[] }>();
  private totalLength = 0;

  constructor(documents: readonly { id: string; text: string }[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    for (const document of documents) this.add(document.id, document.text);
  }

  get size(): number {
    return this.ids.length;
  }

  private add(id: string, text: string): void {
    const index = this.ids.length;
    const terms = analyzeText(text);
    this.ids.push(id);
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { documents: [], frequencies: [] };
        this.postings.set(term, posting);
      }
      posting.documents.push(index);
      posting.frequencies.push(count);
    }
  }

  /** The k best documents for a query, best first; `filter` keeps only the ids it accepts. */
  search(query: string, k: number, filter?: (id: string) => boolean): Bm25Hit[] {
    const count = this.ids.length;
    if (count === 0) return [];
    const averageLength = this.totalLength / count || 1;
    const scores = new Map<number, number>();
    for (const term of new Set(analyzeText(query))) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const frequency = posting.documents.length;
      const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
      posting.documents.forEach((document, position) => {
        const tf = posting.frequencies[position] as number;
        const length = this.lengths[document] as number;
        const score = (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * length) / averageLength));
        scores.set(document, (scores.get(document) ?? 0) + score);
      });
    }
    return [...scores]
      .filter(([document]) => !filter || filter(this.ids[document] as string))
      .sort((left, right) => right[1] - left[1] || left[0] - right[0])
      .slice(0, k)
      .map(([document, score]) => ({ id: this.ids[document] as string, score }));
  }
}
