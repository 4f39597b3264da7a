import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { chatModelProviders, parseProviderModel } from "./chat-model";
import { createModels, describeModels } from "./create-models";
import { LocalHashEmbeddings } from "./local/local-hash-embeddings";
import { UniversalSentenceEncoderEmbeddings } from "./local/universal-sentence-encoder-embeddings";

describe("createModels: embeddings", () => {
  it("uses the hash embedder offline by default", async () => {
    const models = await createModels({}, { env: {} });
    expect(models.embeddings).toBeInstanceOf(LocalHashEmbeddings);
    expect(models.info).toMatchObject({ provider: "local", offline: true, embeddings: "local-hash-512-v1" });
  });

  it("uses the offline neural encoder with embeddingProvider: local-neural, with local or remote chat", async () => {
    const local = await createModels({ embeddingProvider: "local-neural" }, { env: {} });
    expect(local.embeddings).toBeInstanceOf(UniversalSentenceEncoderEmbeddings);
    expect(local.info).toMatchObject({ provider: "local", offline: true, embeddings: "use-lite-512-v1" });
    expect(describeModels(local.info)).toContain("use-lite-512-v1 embeddings");
    const remote = await createModels({ embeddingProvider: "local-neural" }, { env: { OPENAI_BASE_URL: "http://127.0.0.1:9/v1" } });
    expect(remote.embeddings.id).toBe("use-lite-512-v1");
    expect(remote.info.provider).toBe("openai");
  });

  it("rejects an unknown embeddings provider", async () => {
    await expect(createModels({ embeddingProvider: "neural" as never }, { env: {} })).rejects.toThrow(/embeddingProvider/);
  });
});

describe("createModels: provider:model ids (langchain's initChatModel)", () => {
  it("tells a provider:model id from a plain one: ft:…, an Ollama tag and mistral:7b stay plain ids", () => {
    expect(parseProviderModel("anthropic:claude-3-5-haiku-latest")).toEqual({ provider: "anthropic", model: "claude-3-5-haiku-latest" });
    expect(parseProviderModel("openai:gpt-4o-mini")).toEqual({ provider: "openai", model: "gpt-4o-mini" });
    expect(parseProviderModel("bedrock:anthropic.claude-3-haiku-20240307-v1:0")).toEqual({ provider: "bedrock", model: "anthropic.claude-3-haiku-20240307-v1:0" });
    for (const plain of ["gpt-4o-mini", "ft:gpt-4o-mini:acme::abc123", "llama3:8b", "mistral:7b", "openai:", ":x"]) expect(parseProviderModel(plain)).toBeUndefined();
  });

  it("spells every provider as langchain's initChatModel does", async () => {
    const { MODEL_PROVIDER_CONFIG } = await import("langchain/chat_models/universal");
    for (const provider of chatModelProviders) expect(Object.keys(MODEL_PROVIDER_CONFIG)).toContain(provider);
  });

  it("names the package to install when a provider's package is missing (NOT_CONFIGURED), before any request", async () => {
    const caught = await createModels({ chat: "anthropic:claude-3-5-haiku-latest" }, { env: {} }).catch((error: unknown) => error);
    expect(TandemError.isInstance(caught)).toBe(true);
    expect(caught).toMatchObject({
      code: "NOT_CONFIGURED",
      path: "models.chat",
      message: '"anthropic:claude-3-5-haiku-latest" needs the package @langchain/anthropic, which is not installed',
      hint: "npm install @langchain/anthropic (an optional peer dependency of @tandem/models)",
    });
    const tuned = await createModels({ tuned: "groq:llama-3.1-8b-instant" }, { env: { OPENAI_BASE_URL: "http://127.0.0.1:9/v1" } }).catch((error: unknown) => error);
    expect(tuned).toMatchObject({ code: "NOT_CONFIGURED", path: "models.tuned", hint: expect.stringContaining("npm install @langchain/groq") });
  });

  it("a provider:model id means real chat models; openai: needs a key or a base URL like a plain id", async () => {
    const models = await createModels({ chat: "openai:gpt-4o-mini" }, { env: { OPENAI_API_KEY: "sk-test" } });
    expect(models.info).toMatchObject({ provider: "langchain", offline: false, reader: "openai:gpt-4o-mini", tuned: "openai:gpt-4o-mini", embeddings: "openai-text-embedding-3-small" });
    expect(describeModels(models.info)).toContain("through langchain's initChatModel");
    const withoutServer = await createModels({ chat: "openai:gpt-4o-mini", baseURL: undefined }, { env: { OPENAI_API_KEY: "" } }).catch((error: unknown) => error);
    expect(withoutServer).toMatchObject({ code: "NOT_CONFIGURED", message: expect.stringMatching(/API key or a base URL/) });
  });
});
