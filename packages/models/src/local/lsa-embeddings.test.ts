import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { afterAll, describe, expect, it } from "vitest";
import { LsaEmbeddings } from "./lsa-embeddings";

// Two topics; "aircraft" and "airplane" never share a document, only their contexts (wing, pilot, flight).
const corpus = [
  "The aircraft wing carries the lift; the pilot trims the aircraft for level flight.",
  "An airplane needs a long runway; the pilot lowers the airplane wing flaps before landing.",
  "Wing loading and flight speed decide how the pilot lands.",
  "Flight tests measure wing lift and drag at high speed.",
  "A ripe banana has a yellow peel and sweet fruit.",
  "Banana bread uses very ripe fruit and a little sugar.",
  "Yellow fruit such as mango and banana ripen fast in the sun.",
  "Fruit salad: peel the mango, slice the apple, add sugar.",
];
const cosine = (left: number[], right: number[]) => left.reduce((sum, value, index) => sum + value * (right[index] as number), 0);
const directory = mkdtempSync(join(tmpdir(), "tandem-lsa-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("LsaEmbeddings", () => {
  const embeddings = LsaEmbeddings.fit(corpus, { dimensions: 2 });

  it("embeds into unit vectors of the declared size, named by size and model fingerprint", async () => {
    const [vector] = await embeddings.embedDocuments(["pilot flight"]);
    expect(vector).toHaveLength(2);
    expect(Math.hypot(...(vector as number[]))).toBeCloseTo(1, 10);
    expect(embeddings.id).toMatch(/^local-lsa-2-[0-9a-f]{12}-v1$/);
    expect(embeddings.vocabularySize).toBeGreaterThan(20);
  });

  it("puts words used in the same contexts close, across documents that never share them", async () => {
    const [aircraft, airplane, banana] = await embeddings.embedDocuments(["aircraft", "airplane", "banana"]);
    expect(cosine(aircraft as number[], airplane as number[])).toBeGreaterThan(0.9);
    expect(cosine(aircraft as number[], airplane as number[])).toBeGreaterThan(cosine(aircraft as number[], banana as number[]) + 0.5);
    // A query ranks the on-topic document first even when it shares no term with it.
    const query = await embeddings.embedQuery("airplane wing");
    const scores = (await embeddings.embedDocuments(corpus)).map((vector) => cosine(query, vector));
    expect(scores.indexOf(Math.max(...scores))).toBeLessThan(4);
  });

  it("is deterministic: the same corpus and options give the same model, id and vectors; another seed or corpus another id", () => {
    const again = LsaEmbeddings.fit(corpus, { dimensions: 2 });
    expect(again.id).toBe(embeddings.id);
    expect(again.embed("wing lift")).toEqual(embeddings.embed("wing lift"));
    expect(LsaEmbeddings.fit([...corpus, "Pilots fly aircraft."], { dimensions: 2 }).id).not.toBe(embeddings.id);
  });

  it("keeps the declared size when the corpus has lower rank, and gives zeros for unknown terms", () => {
    const small = LsaEmbeddings.fit(["wing lift", "banana peel"], { dimensions: 8 });
    const vector = small.embed("wing");
    expect(vector).toHaveLength(8);
    expect(vector.slice(2).every((value) => value === 0)).toBe(true);
    expect(small.embed("zebra").every((value) => value === 0)).toBe(true);
  });

  it("saves and loads the frozen model unchanged", () => {
    const file = join(directory, "model.json");
    embeddings.save(file);
    const loaded = LsaEmbeddings.load(file);
    expect(loaded.id).toBe(embeddings.id);
    expect(loaded.embed("pilot landing runway")).toEqual(embeddings.embed("pilot landing runway"));
  });

  it("rejects bad input with a clear error", () => {
    expect(() => LsaEmbeddings.fit(["the of and", ""])).toThrow(/no text with index terms/);
    const file = join(directory, "bad.json");
    writeFileSync(file, JSON.stringify({ ...embeddings.toModel(), dimensions: 3 }));
    try {
      LsaEmbeddings.load(file);
      expect.unreachable();
    } catch (error) {
      expect(TandemError.isInstance(error) && error.code).toBe("INPUT_INVALID");
      expect((error as TandemError).file).toBe(file);
      expect((error as TandemError).path).toBe("/projection");
    }
    writeFileSync(file, "{ not json");
    expect(() => LsaEmbeddings.load(file)).toThrow(/cannot read LSA model/);
  });
});
