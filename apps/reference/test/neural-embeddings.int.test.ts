// The offline neural embedder chosen from tandem.config.yaml, through the real CLI and a real Chroma server:
// ingest, search and ask use it, its vectors live in their own collection, and switching embedders re-ingests.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { answerSchema } from "@tandem/core";
import { beforeAll, describe, expect, it } from "vitest";
import { makeProject, runCli } from "./helpers";

const neuralConfig = [
  "models:",
  "  embeddingProvider: local-neural",
  "rag:",
  "  sources: [./corpus]",
  "  hybrid: { fusion: score, normalization: min-max, denseWeight: 0.25, denseFeedback: { documents: 1, weight: 0.5 } }",
  "tuned:",
  "  trainingData: ./finetune/train.jsonl",
  "",
].join("\n");

let project: string;
beforeAll(async () => {
  project = makeProject(neuralConfig);
  const first = await runCli(project, ["ingest", "--json"]);
  expect(first.code, first.stderr).toBe(0);
  expect(JSON.parse(first.stdout)).toMatchObject({ added: 40, failed: [] });
}, 180_000);

describe("models.embeddingProvider: local-neural", () => {
  it("keys the collection by the neural embedder's id", () => {
    // The per-collection lexical cache is named after the collection, which carries the embedder id.
    expect(existsSync(join(project, ".tandem/lexical-tandem-use-lite-512-v1.json"))).toBe(true);
    expect(existsSync(join(project, ".tandem/lexical-tandem-local-hash-512-v1.json"))).toBe(false);
  });

  it("finds a document by meaning with the dense side alone (no shared content word)", async () => {
    const result = await runCli(project, ["search", "what do you charge for sending data out of the region", "--mode", "dense", "-k", "3", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const sources = (JSON.parse(result.stdout).hits as { source: string }[]).map((hit) => hit.source);
    expect(sources.some((source) => /pricing|billing/.test(source)), sources.join(", ")).toBe(true);
  });

  it("answers with the configured fusion and names the embedder in the answer", async () => {
    const result = await runCli(project, ["ask", "What is the egress price in sa-east-1?", "--route", "rag", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const answer = answerSchema.parse(JSON.parse(result.stdout));
    expect(answer.models).toMatchObject({ provider: "local", offline: true, embeddings: "use-lite-512-v1" });
    expect(answer.citations.length).toBeGreaterThan(0);
    const hits = answer.trace.find((event) => event.type === "retrieval-finished")?.data?.hits as Record<string, unknown>[];
    expect(hits.some((hit) => typeof hit.dense === "number") && hits.some((hit) => typeof hit.lexical === "number")).toBe(true);
  }, 60_000);

  it("switching back to the default embedder ingests into a new collection, leaving the neural one intact", async () => {
    writeFileSync(join(project, "tandem.config.yaml"), neuralConfig.replace("  embeddingProvider: local-neural\n", "  provider: local\n"));
    const result = await runCli(project, ["ingest", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 40, skipped: 0 });
    expect(existsSync(join(project, ".tandem/lexical-tandem-local-hash-512-v1.json"))).toBe(true);
    writeFileSync(join(project, "tandem.config.yaml"), neuralConfig);
    expect(JSON.parse((await runCli(project, ["ingest", "--json"])).stdout)).toMatchObject({ added: 0, skipped: 40 });
  }, 120_000);
});
