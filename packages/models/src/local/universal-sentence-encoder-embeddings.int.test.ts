import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { UniversalSentenceEncoderEmbeddings } from "./universal-sentence-encoder-embeddings";

const cosine = (left: readonly number[], right: readonly number[]) => left.reduce((sum, value, index) => sum + value * (right[index] as number), 0);
const norm = (vector: readonly number[]) => Math.sqrt(cosine(vector, vector));
const directory = mkdtempSync(join(tmpdir(), "tandem-use-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("UniversalSentenceEncoderEmbeddings", () => {
  const embeddings = new UniversalSentenceEncoderEmbeddings();

  it("embeds into 512-d unit vectors, named by model and size", async () => {
    const [vector] = await embeddings.embedDocuments(["How do aircraft wings generate lift?"]);
    expect(vector).toHaveLength(512);
    expect(norm(vector as number[])).toBeCloseTo(1, 6);
    expect(embeddings.id).toBe("use-lite-512-v1");
    expect(new UniversalSentenceEncoderEmbeddings({ pooling: "sentences" }).id).toBe("use-lite-512-v1-sentences");
  });

  it("captures meaning across different words", async () => {
    const [query, paraphrase, offTopic] = await embeddings.embedDocuments([
      "How much does it cost to send a parcel abroad?",
      "International shipping rates for packages",
      "Bake the banana bread for an hour at 180 degrees",
    ]);
    expect(cosine(query as number[], paraphrase as number[])).toBeGreaterThan(cosine(query as number[], offTopic as number[]) + 0.2);
    const [lift, wing, bread] = await embeddings.embedDocuments(["How do aircraft wings generate lift?", "airplane wing aerodynamics and lift forces", "banana bread recipe"]);
    expect(cosine(lift as number[], wing as number[])).toBeGreaterThan(0.5);
    expect(cosine(lift as number[], bread as number[])).toBeLessThan(0.3);
  });

  it("gives a text the same vector alone, in any batch and with any batch size", async () => {
    const texts = ["short one", "egress price", "a much longer text about boundary layers on swept wings at transonic speeds, with several clauses", "", "short one"];
    const batched = await embeddings.embedDocuments(texts);
    const oneByOne = await new UniversalSentenceEncoderEmbeddings({ batchSize: 1 }).embedDocuments(texts);
    expect(oneByOne).toEqual(batched);
    expect(batched[4]).toEqual(batched[0]);
    expect(await embeddings.embedQuery("short one")).toEqual(batched[0]);
    // Beside a longer text (the encoder would pad the batch to it), bit for bit the vector it gets alone.
    expect(await embeddings.embedQuery("egress price")).toEqual(batched[1]);
  });

  it("keeps order and count when a text has no token (the encoder would drop it): zero vector", async () => {
    const vectors = await embeddings.embedDocuments(["egress price", "", "backup retention"]);
    expect(vectors).toHaveLength(3);
    expect(vectors[1]?.every((value) => value === 0)).toBe(true);
    expect(vectors[2]).toEqual(await embeddings.embedQuery("backup retention"));
  });

  it("pools sentence vectors when asked (normalised mean)", async () => {
    const sentences = new UniversalSentenceEncoderEmbeddings({ pooling: "sentences" });
    const text = "Egress costs $0.09 per GB. Backups are kept for 7 days.";
    const [pooled] = await sentences.embedDocuments([text]);
    const [first, second] = await embeddings.embedDocuments(["Egress costs $0.09 per GB.", "Backups are kept for 7 days."]);
    const mean = (first as number[]).map((value, index) => value + (second?.[index] as number));
    const expected = mean.map((value) => value / norm(mean));
    (pooled as number[]).forEach((value, index) => expect(value).toBeCloseTo(expected[index] as number, 12));
    expect(pooled).not.toEqual(await embeddings.embedQuery(text));
  });

  it("keeps recent query vectors (same vector, no second encoder pass), dropping the least recently used", async () => {
    const cached = new UniversalSentenceEncoderEmbeddings({ queryCacheSize: 2 });
    const passes: string[][] = [];
    const encode = cached.embedDocuments.bind(cached);
    cached.embedDocuments = (texts) => {
      passes.push(texts);
      return encode(texts);
    };
    const first = await cached.embedQuery("egress price");
    first[0] = 42; // callers get copies
    expect(await cached.embedQuery("egress price")).toEqual(await embeddings.embedQuery("egress price"));
    await cached.embedQuery("backup retention");
    await cached.embedQuery("egress price"); // still cached; "backup retention" is now the least recent
    await cached.embedQuery("branching");
    await cached.embedQuery("backup retention"); // dropped: encoded again
    expect(passes).toEqual([["egress price"], ["backup retention"], ["branching"], ["backup retention"]]);
  });

  it("rejects a batch size that is not a positive integer", () => {
    expect(() => new UniversalSentenceEncoderEmbeddings({ batchSize: 0 })).toThrow(/batchSize/);
  });

  it("loads and embeds with every network connection refused, identically in a fresh process", async () => {
    // The child refuses every socket and DNS lookup, then embeds: the weights must come from the installed package.
    const blocker = join(directory, "block-network.mjs");
    writeFileSync(
      blocker,
      [
        'import net from "node:net"; import dns from "node:dns";',
        'const refuse = () => { throw new Error("network access attempted"); };',
        "net.Socket.prototype.connect = refuse; dns.lookup = refuse; dns.promises.lookup = refuse; globalThis.fetch = refuse;",
      ].join("\n"),
    );
    const script = join(directory, "embed.mts");
    const module = fileURLToPath(new URL("./universal-sentence-encoder-embeddings.ts", import.meta.url));
    writeFileSync(
      script,
      `import { UniversalSentenceEncoderEmbeddings } from ${JSON.stringify(module)};\n` +
        'console.log(JSON.stringify(await new UniversalSentenceEncoderEmbeddings().embedDocuments(["egress price", "backup retention"])));\n',
    );
    const output = execFileSync(process.execPath, ["--import", "tsx", "--import", blocker, script], { encoding: "utf8" });
    expect(JSON.parse(output)).toEqual(await embeddings.embedDocuments(["egress price", "backup retention"]));
  });
});
