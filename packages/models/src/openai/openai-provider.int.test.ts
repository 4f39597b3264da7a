import { HumanMessage } from "@langchain/core/messages";
import { TandemError } from "@tandem/core";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOpenAIChatModel, createOpenAIEmbeddings } from "./openai-provider";

let upstream: OpenAIUpstream;
beforeAll(async () => {
  upstream = await startOpenAIUpstream({ requireApiKey: "sk-loopback" });
});
afterEach(() => {
  upstream.setFaults("chat", undefined);
  upstream.setFaults("embeddings", undefined);
});
afterAll(() => upstream.close());

const chat = (maxRetries: number) =>
  createOpenAIChatModel({ model: "ft:gpt-4o-mini:acme::t1", apiKey: "sk-loopback", baseURL: upstream.url, maxRetries, env: {} });

describe("openai provider over HTTP", () => {
  it("sends the configured model id and key, and reads the reply", async () => {
    const message = await chat(0).invoke([new HumanMessage("ping")]);
    expect(message.content).toBe("echo: ping");
    const request = upstream.requests.at(-1);
    expect(request?.headers.authorization).toBe("Bearer sk-loopback");
    expect(request?.body).toMatchObject({ model: "ft:gpt-4o-mini:acme::t1", messages: [{ role: "user", content: "ping" }] });
  });

  it("streams over SSE", async () => {
    const pieces: string[] = [];
    for await (const chunk of await chat(0).stream([new HumanMessage("stream me please")])) pieces.push(String(chunk.content));
    expect(pieces.join("")).toBe("echo: stream me please");
    expect(upstream.requests.at(-1)?.body).toMatchObject({ stream: true });
  });

  it("surfaces a 500 as an error without retries", async () => {
    upstream.setFaults("chat", { status: 500 });
    await expect(chat(0).invoke([new HumanMessage("x")])).rejects.toThrow(/500|injected failure/);
  });

  it("recovers from one failure with retries", async () => {
    upstream.setFaults("chat", { status: 503, failTimes: 1 });
    const before = upstream.requests.length;
    const message = await chat(2).invoke([new HumanMessage("again")]);
    expect(message.content).toBe("echo: again");
    expect(upstream.requests.length - before).toBe(2);
  });

  it("embeds through the same server", async () => {
    const embeddings = createOpenAIEmbeddings({ model: "text-embedding-3-small", apiKey: "sk-loopback", baseURL: upstream.url, dimensions: 16, env: {} });
    const vectors = await embeddings.embedDocuments(["a", "b"]);
    expect(vectors.map((vector) => vector.length)).toEqual([16, 16]);
    expect(embeddings.id).toBe("openai-text-embedding-3-small-16");
    expect(upstream.requests.at(-1)?.body).toMatchObject({ model: "text-embedding-3-small", dimensions: 16 });
  });

  it("needs a key or a base URL, and takes a base URL without a key", () => {
    let caught: unknown;
    try {
      createOpenAIChatModel({ model: "m", env: {} });
    } catch (error) {
      caught = error;
    }
    expect(TandemError.isInstance(caught) && caught.code).toBe("NOT_CONFIGURED");
    expect(() => createOpenAIChatModel({ model: "m", env: { OPENAI_BASE_URL: "http://127.0.0.1:1/v1" } })).not.toThrow();
  });
});
