import { describe, expect, it } from "vitest";
import { createModels, describeModels } from "./create-models";
import { LocalHashEmbeddings } from "./local/local-hash-embeddings";
import { UniversalSentenceEncoderEmbeddings } from "./local/universal-sentence-encoder-embeddings";

describe("createModels: embeddings", () => {
  it("uses the hash embedder offline by default", () => {
    const models = createModels({}, { env: {} });
    expect(models.embeddings).toBeInstanceOf(LocalHashEmbeddings);
    expect(models.info).toMatchObject({ provider: "local", offline: true, embeddings: "local-hash-512-v1" });
  });

  it("uses the offline neural encoder with embeddingProvider: local-neural, with local or remote chat", () => {
    const local = createModels({ embeddingProvider: "local-neural" }, { env: {} });
    expect(local.embeddings).toBeInstanceOf(UniversalSentenceEncoderEmbeddings);
    expect(local.info).toMatchObject({ provider: "local", offline: true, embeddings: "use-lite-512-v1" });
    expect(describeModels(local.info)).toContain("use-lite-512-v1 embeddings");
    const remote = createModels({ embeddingProvider: "local-neural" }, { env: { OPENAI_BASE_URL: "http://127.0.0.1:9/v1" } });
    expect(remote.embeddings.id).toBe("use-lite-512-v1");
    expect(remote.info.provider).toBe("openai");
  });

  it("rejects an unknown embeddings provider", () => {
    expect(() => createModels({ embeddingProvider: "neural" as never }, { env: {} })).toThrow(/embeddingProvider/);
  });
});
