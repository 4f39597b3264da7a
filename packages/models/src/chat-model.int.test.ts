// `provider:model` ids through langchain's initChatModel, against the loopback OpenAI-compatible upstream:
// `openai:gpt-4o-mini` with a base URL reaches the same server, with the same key, as a plain model id.
import { HumanMessage } from "@langchain/core/messages";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatModel } from "./chat-model";
import { createModels } from "./create-models";

let upstream: OpenAIUpstream;
beforeAll(async () => {
  upstream = await startOpenAIUpstream({ requireApiKey: "sk-loopback" });
});
afterAll(() => upstream.close());

describe("provider:model chat models (initChatModel)", () => {
  it("openai:gpt-4o-mini with a base URL sends the model id without its provider, with the key, and reads the reply", async () => {
    const model = await createChatModel({ model: "openai:gpt-4o-mini", apiKey: "sk-loopback", baseURL: upstream.url, maxRetries: 0, env: {} });
    const message = await model.invoke([new HumanMessage("ping")]);
    expect(message.content).toBe("echo: ping");
    const request = upstream.requests.at(-1);
    expect(request?.headers.authorization).toBe("Bearer sk-loopback");
    expect(request?.body).toMatchObject({ model: "gpt-4o-mini", temperature: 0, messages: [{ role: "user", content: "ping" }] });
  });

  it("streams, and a model set built from the config uses it for the reader beside a plain tuned id", async () => {
    const models = await createModels({ chat: "openai:gpt-4o-mini", tuned: "ft:gpt-4o-mini:acme::t1", maxRetries: 0 }, { env: { OPENAI_API_KEY: "sk-loopback", OPENAI_BASE_URL: upstream.url } });
    expect(models.info).toMatchObject({ provider: "langchain", reader: "openai:gpt-4o-mini", tuned: "ft:gpt-4o-mini:acme::t1" });
    const pieces: string[] = [];
    for await (const chunk of await models.reader.stream([new HumanMessage("stream me please")])) pieces.push(String(chunk.content));
    expect(pieces.join("")).toBe("echo: stream me please");
    expect(upstream.requests.at(-1)?.body).toMatchObject({ model: "gpt-4o-mini", stream: true });
    expect((await models.tuned?.invoke([new HumanMessage("hi")]))?.content).toBe("echo: hi");
    expect(upstream.requests.at(-1)?.body).toMatchObject({ model: "ft:gpt-4o-mini:acme::t1" });
  });
});
