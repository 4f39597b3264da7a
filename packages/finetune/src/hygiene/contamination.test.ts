import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import type { SupervisedExample } from "../dataset/canonical-example";
import { type ContaminationReference, findContamination } from "./contamination";
import { ngramOverlap } from "./ngram-overlap";
import { lettersAndDigits, substringOverlap } from "./substring-overlap";

const question = "Which three regions received the new pooler release in the second week of November and what changed for idle connections";
const train = (user: string, assistant = "Sure."): { line: number; example: SupervisedExample } => ({
  line: 0,
  example: { messages: [{ role: "system", content: question }, { role: "user", content: user }, { role: "assistant", content: assistant }] },
});
const reference = (text: string, line = 1): ContaminationReference => ({ set: "eval", file: "eval.jsonl", line, text });

describe("ngramOverlap (13-word n-grams)", () => {
  it("finds an eval item copied into a training text", () => {
    const result = ngramOverlap([`Please answer: ${question.toUpperCase()}?`, "Nothing in common here at all, just a different request about invoices."], [question]);
    expect(result.hits).toEqual([{ train: 0, reference: 0, matchedGrams: 8, overlap: 1, evidence: expect.stringMatching(/^which three regions/) }]);
  });

  it("ignores text that many training texts share (a house format)", () => {
    const closing = "if anything here does not match what you are seeing reply to this email and we will pick it up";
    const trainTexts = Array.from({ length: 12 }, (_, index) => `Reply number ${index} about something else entirely. ${closing}`);
    const result = ngramOverlap(trainTexts, [`A held-out reply about a billing question. ${closing}`], { templateExamples: 10 });
    expect(result.hits).toEqual([]);
    expect(result.templateGrams[0]).toEqual({ gram: closing, trainingTexts: 12 });
    expect(ngramOverlap(trainTexts.slice(0, 3), [`A held-out reply. ${closing}`], { templateExamples: 10 }).hits).toHaveLength(3);
  });

  it("checks items shorter than n words whole, and reports those too short to check", () => {
    const result = ngramOverlap(["so which plan includes point in time recovery for thirty days then"], ["Which plan includes point-in-time recovery for thirty days?", "What is PITR?"]);
    expect(result.hits.map((hit) => hit.reference)).toEqual([0]);
    expect(result.tooShort).toEqual([1]);
  });
});

describe("substringOverlap (50-character probes)", () => {
  it("reduces text to letters and digits", () => {
    expect(lettersAndDigits("Hello, World! 42")).toBe("helloworld42");
  });

  it("finds a probe of the eval item in a training text, whatever the spacing", () => {
    const result = substringOverlap([`notes:${question.replaceAll(" ", "  ")}`, "unrelated"], [question]);
    expect(result.hits).toEqual([{ train: 0, reference: 0, matchedProbes: 3, overlap: 1, evidence: expect.any(String) }]);
    expect(substringOverlap(["unrelated text that shares nothing"], [question]).hits).toEqual([]);
  });
});

describe("findContamination", () => {
  it("compares user and assistant text, not the system prompt", async () => {
    const result = await findContamination([train("Tell me about billing."), train(question)], [reference(question)]);
    expect(result.matches.map((match) => match.train.example.messages[1]?.content)).toEqual([question]);
    expect(result.method).toBe("ngram");
  });

  it("adds paraphrases found by embedding similarity", async () => {
    const vectors: Record<string, number[]> = { paraphrase: [1, 0.05], "other topic": [0, 1], "the eval item": [1, 0] };
    const embeddings: EmbeddingsInterface = {
      embedDocuments: async (texts) => texts.map((text) => vectors[Object.keys(vectors).find((key) => text.includes(key)) ?? "other topic"] ?? [0, 1]),
      embedQuery: async () => [0, 1],
    };
    const result = await findContamination([train("a paraphrase"), train("other topic")], [reference("the eval item")], { embeddings, embedding: { threshold: 0.95 } });
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ method: "embedding", reference: { line: 1 } });
    expect(result.matches[0]?.overlap).toBeGreaterThan(0.99);
  });
});
