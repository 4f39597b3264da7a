import { describe, expect, it } from "vitest";
import { TfIdfIndex } from "./tfidf-index";

/** Brute-force reference: cosine of sublinear-tf × idf vectors, the unknown-term weighting included. */
function bruteForce(documents: string[][], query: string[]): number[] {
  const size = documents.length;
  const frequency = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = (term: string) => {
    const count = frequency.get(term);
    return count === undefined ? Math.log(size + 1) + 1 : Math.log((size + 1) / (count + 1)) + 1;
  };
  const vector = (terms: string[]) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    return new Map([...counts].map(([term, count]) => [term, (1 + Math.log(count)) * idf(term)]));
  };
  const norm = (values: Map<string, number>) => Math.hypot(...values.values()) || 1;
  const queryVector = vector(query);
  return documents.map((document) => {
    const documentVector = vector(document);
    let dot = 0;
    for (const [term, weight] of queryVector) dot += weight * (documentVector.get(term) ?? 0);
    return dot / (norm(queryVector) * norm(documentVector));
  });
}

function randomDocuments(seed: number, count: number): string[][] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const vocabulary = Array.from({ length: 40 }, (_, index) => `t${index}`);
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + Math.floor(next() * 8) }, () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)] as string),
  );
}

describe("TfIdfIndex", () => {
  it("ranks exactly like a brute-force TF-IDF cosine", () => {
    const documents = randomDocuments(7, 200);
    const index = new TfIdfIndex(documents);
    for (const query of randomDocuments(99, 25)) {
      const expected = bruteForce(documents, query)
        .map((similarity, documentIndex) => ({ index: documentIndex, similarity }))
        .filter((entry) => entry.similarity > 0)
        .sort((left, right) => right.similarity - left.similarity || left.index - right.index)
        .slice(0, 5);
      const actual = index.nearest(query, 5);
      expect(actual.map((entry) => entry.index)).toEqual(expected.map((entry) => entry.index));
      actual.forEach((entry, position) => expect(entry.similarity).toBeCloseTo(expected[position]?.similarity ?? -1, 6));
    }
  });

  it("leaves one document out and returns nothing for unknown terms", () => {
    const index = new TfIdfIndex([["triage", "ticket"], ["triage", "ticket"], ["price", "egress"]]);
    expect(index.nearest(["triage", "ticket"], 1, 0)[0]?.index).toBe(1);
    expect(index.nearest(["zebra"], 3)).toEqual([]);
    expect(index.nearest(["triage", "ticket"], 3)[0]?.similarity).toBeCloseTo(1, 6);
  });
});
