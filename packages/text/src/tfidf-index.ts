/**
 * A sparse TF-IDF cosine nearest-neighbour index over term lists (the output of `analyzeText`).
 * Built once from the tuned model's training prompts; a query touches only the postings of its own terms,
 * so a lookup over 10,000 prompts costs microseconds.
 */
export interface Neighbour {
  index: number;
  similarity: number;
}

export class TfIdfIndex {
  readonly size: number;
  private readonly vocabulary = new Map<string, number>();
  private readonly idf: Float64Array;
  private readonly postingDocuments: Int32Array[];
  private readonly postingWeights: Float32Array[];
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(documents: readonly (readonly string[])[]) {
    this.size = documents.length;
    const documentFrequency: number[] = [];
    const termCounts = documents.map((terms) => {
      const counts = new Map<number, number>();
      for (const term of terms) {
        let id = this.vocabulary.get(term);
        if (id === undefined) {
          id = this.vocabulary.size;
          this.vocabulary.set(term, id);
          documentFrequency.push(0);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const id of counts.keys()) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
      return counts;
    });
    this.idf = Float64Array.from(documentFrequency, (frequency) => Math.log((this.size + 1) / (frequency + 1)) + 1);

    const postings: { documents: number[]; weights: number[] }[] = documentFrequency.map(() => ({ documents: [], weights: [] }));
    termCounts.forEach((counts, documentIndex) => {
      const weighted = [...counts].map(([id, count]) => [id, (1 + Math.log(count)) * (this.idf[id] ?? 0)] as const);
      const norm = Math.hypot(...weighted.map(([, weight]) => weight)) || 1;
      for (const [id, weight] of weighted) {
        const posting = postings[id];
        if (!posting) continue;
        posting.documents.push(documentIndex);
        posting.weights.push(weight / norm);
      }
    });
    this.postingDocuments = postings.map((posting) => Int32Array.from(posting.documents));
    this.postingWeights = postings.map((posting) => Float32Array.from(posting.weights));
    this.scores = new Float64Array(this.size);
    this.touched = new Int32Array(this.size);
  }

  /** The k most similar documents (cosine of TF-IDF vectors), best first; `exclude` leaves one document out. */
  nearest(terms: readonly string[], k: number, exclude = -1): Neighbour[] {
    // Out-of-vocabulary terms count in the query norm (weighted as if seen once), so unknown words lower similarity.
    const termCounts = new Map<string, number>();
    for (const term of terms) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
    const unknownIdf = Math.log(this.size + 1) + 1;
    const queryWeights: [number, number][] = [];
    let squaredNorm = 0;
    for (const [term, count] of termCounts) {
      const id = this.vocabulary.get(term);
      const weight = (1 + Math.log(count)) * (id === undefined ? unknownIdf : (this.idf[id] ?? 0));
      squaredNorm += weight * weight;
      if (id !== undefined) queryWeights.push([id, weight]);
    }
    if (queryWeights.length === 0) return [];
    const queryNorm = Math.sqrt(squaredNorm) || 1;

    let touchedCount = 0;
    for (const [id, weight] of queryWeights) {
      const documents = this.postingDocuments[id];
      const weights = this.postingWeights[id];
      if (!documents || !weights) continue;
      const scaled = weight / queryNorm;
      for (let position = 0; position < documents.length; position += 1) {
        const document = documents[position] as number;
        if (this.scores[document] === 0) this.touched[touchedCount++] = document;
        this.scores[document] = (this.scores[document] as number) + scaled * (weights[position] as number);
      }
    }

    const best: Neighbour[] = [];
    for (let position = 0; position < touchedCount; position += 1) {
      const document = this.touched[position] as number;
      const similarity = this.scores[document] as number;
      this.scores[document] = 0;
      if (document === exclude) continue;
      if (best.length < k) {
        best.push({ index: document, similarity });
        if (best.length === k) best.sort(byDescendingSimilarity);
      } else if (similarity > (best[k - 1] as Neighbour).similarity) {
        best[k - 1] = { index: document, similarity };
        best.sort(byDescendingSimilarity);
      }
    }
    if (best.length < k) best.sort(byDescendingSimilarity);
    return best;
  }
}

function byDescendingSimilarity(left: Neighbour, right: Neighbour): number {
  return right.similarity - left.similarity || left.index - right.index;
}
