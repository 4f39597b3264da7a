import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenAIUpstream, startOpenAIUpstream } from "./openai-upstream";

let upstream: OpenAIUpstream;
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${upstream.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const json = (response: Response): Promise<any> => response.json();

beforeAll(async () => {
  upstream = await startOpenAIUpstream({ reply: (request) => `You said ${request.messages?.at(-1)?.content} twice` });
});
afterAll(() => upstream.close());

describe("loopback OpenAI upstream", () => {
  it("answers chat completions in the OpenAI shape and records the request", async () => {
    const response = await post("/chat/completions", { model: "m1", messages: [{ role: "user", content: "hi" }] });
    const body = await json(response);
    expect(body.choices[0].message).toEqual({ role: "assistant", content: "You said hi twice" });
    expect(body.usage.completion_tokens).toBe(4);
    expect(upstream.requests.at(-1)).toMatchObject({ method: "POST", path: "/v1/chat/completions", body: { model: "m1" } });
  });

  it("streams SSE chunks that concatenate to the reply, then usage and [DONE]", async () => {
    const response = await post("/chat/completions", { messages: [{ role: "user", content: "hi" }], stream: true, stream_options: { include_usage: true } });
    const frames = (await response.text()).split("\n\n").filter(Boolean).map((frame) => frame.replace(/^data: /, ""));
    expect(frames.at(-1)).toBe("[DONE]");
    const chunks = frames.slice(0, -1).map((frame) => JSON.parse(frame));
    expect(chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? "").join("")).toBe("You said hi twice");
    expect(chunks.at(-1).usage.total_tokens).toBeGreaterThan(0);
  });

  it("returns deterministic unit embeddings", async () => {
    const body = await json(await post("/embeddings", { input: ["a", "b", "a"], dimensions: 8 }));
    const [first, second, third] = body.data.map((entry: { embedding: number[] }) => entry.embedding);
    expect(first).toHaveLength(8);
    expect(first).toEqual(third);
    expect(first).not.toEqual(second);
    expect(Math.hypot(...first)).toBeCloseTo(1, 10);
  });

  it("injects failures that recover after N requests, bad JSON, and dropped streams", async () => {
    upstream.setFaults("chat", { status: 500, failTimes: 1 });
    expect((await post("/chat/completions", { messages: [] })).status).toBe(500);
    expect((await post("/chat/completions", { messages: [] })).status).toBe(200);
    upstream.setFaults("chat", { badJson: true });
    await expect((await post("/chat/completions", { messages: [] })).json()).rejects.toThrow();
    upstream.setFaults("chat", { dropStreamAfter: 2 });
    const dropped = await post("/chat/completions", { messages: [{ role: "user", content: "x" }], stream: true })
      .then((response) => response.text())
      .catch((error: unknown) => `error: ${String(error)}`);
    expect(dropped).not.toContain("[DONE]");
    upstream.setFaults("chat", undefined);
    upstream.setFaults("embeddings", { status: 429 });
    expect((await post("/embeddings", { input: "a" })).status).toBe(429);
    upstream.setFaults("embeddings", undefined);
  });

  it("enforces an API key when asked", async () => {
    const guarded = await startOpenAIUpstream({ requireApiKey: "sk-test" });
    try {
      const denied = await fetch(`${guarded.url}/models`);
      expect(denied.status).toBe(401);
      const allowed = await fetch(`${guarded.url}/models`, { headers: { authorization: "Bearer sk-test" } });
      expect((await json(allowed)).data).toHaveLength(2);
    } finally {
      await guarded.close();
    }
  });
});
