// The "standard" suite: every provider's chat model and embedder must pass it (local and openai alike).
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage } from "@langchain/core/messages";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groundedMessages } from "./grounded/grounded-prompt";
import { ExampleMemoryModel } from "./local/example-memory-model";
import { ExtractiveReader } from "./local/extractive-reader";
import { LocalHashEmbeddings } from "./local/local-hash-embeddings";
import { LsaEmbeddings } from "./local/lsa-embeddings";
import { UniversalSentenceEncoderEmbeddings } from "./local/universal-sentence-encoder-embeddings";
import { createOpenAIChatModel, createOpenAIEmbeddings } from "./openai/openai-provider";

let upstream: OpenAIUpstream;
beforeAll(async () => {
  upstream = await startOpenAIUpstream();
});
afterAll(() => upstream.close());

const prompt = groundedMessages("What does egress cost?", [
  { marker: 1, source: "pricing.md", title: "Pricing", text: "Egress costs $0.09 per GB. Storage is billed monthly." },
]);

const chatModels: [string, () => BaseChatModel][] = [
  ["local extractive reader", () => new ExtractiveReader()],
  [
    "local example memory",
    () => new ExampleMemoryModel({ examples: [{ messages: [{ role: "user", content: "What does egress cost?" }, { role: "assistant", content: "Answer: see pricing." }] }] }),
  ],
  ["openai (loopback)", () => createOpenAIChatModel({ model: "loopback-model", baseURL: upstream.url, maxRetries: 0, env: {} })],
];

const embedders: [string, () => EmbeddingsInterface][] = [
  ["local hash", () => new LocalHashEmbeddings()],
  ["local LSA (fitted)", () => LsaEmbeddings.fit(["Egress price per GB in each region.", "Backup retention is 7 days on Starter.", "Egress and storage are billed monthly."], { dimensions: 8 })],
  ["local neural (Universal Sentence Encoder Lite)", () => new UniversalSentenceEncoderEmbeddings()],
  ["openai (loopback)", () => createOpenAIEmbeddings({ model: "loopback-embedding", baseURL: upstream.url, env: {} })],
];

describe.each(chatModels)("chat model standard suite: %s", (_name, create) => {
  it("invokes to an AIMessage with string content and usage", async () => {
    const message = await create().invoke(prompt);
    expect(message).toBeInstanceOf(AIMessage);
    expect(typeof message.content).toBe("string");
    expect((message.content as string).length).toBeGreaterThan(0);
    expect(message.usage_metadata?.output_tokens).toBeGreaterThan(0);
  });

  it("streams chunks that concatenate to the invoke result", async () => {
    const model = create();
    const whole = (await model.invoke(prompt)).content;
    const pieces: string[] = [];
    for await (const chunk of await model.stream(prompt)) pieces.push(String(chunk.content));
    expect(pieces.filter(Boolean).length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(whole);
  });

  it("batches in order", async () => {
    const model = create();
    const results = await model.batch([prompt, [new HumanMessage("something else entirely")]]);
    expect(results).toHaveLength(2);
    expect(results[0]?.content).toBe((await model.invoke(prompt)).content);
  });
});

describe.each(embedders)("embeddings standard suite: %s", (_name, create) => {
  it("returns stable, equal-for-equal vectors of a fixed size, in order", async () => {
    const embeddings = create();
    const [first, second, third] = await embeddings.embedDocuments(["egress price", "backup retention", "egress price"]);
    expect(first?.length).toBeGreaterThan(0);
    expect(second?.length).toBe(first?.length);
    expect(third).toEqual(first);
    expect(second).not.toEqual(first);
    expect(await embeddings.embedQuery("egress price")).toEqual(first);
  });
});
