// One error mapping: a part that is not configured is NOT_CONFIGURED (404 on every HTTP surface, no stack in the
// CLI), and a client that goes away aborts its request with ABORTED (499) — all through httpStatusFor.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpStatusFor, TandemError } from "@tandem/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutput } from "../src/cli/output";
import { loadConfig } from "../src/config/load-config";
import { ragNotConfigured, type Runtime } from "../src/runtime/runtime";
import { openRuntime } from "../src/runtime/open-runtime";
import { createHttpApp } from "../src/server/app";
import { sampleDataset } from "./helpers";

let runtime: Runtime;

beforeAll(async () => {
  // A tuned-only deployment: no rag section, so no Chroma is started.
  const directory = mkdtempSync(join(tmpdir(), "tandem-tuned-only-"));
  writeFileSync(join(directory, "tandem.config.yaml"), `tuned:\n  trainingData: ${join(sampleDataset, "finetune/train.jsonl")}\n`);
  runtime = await openRuntime(loadConfig(join(directory, "tandem.config.yaml"), {}), { needs: "serve", log: () => {}, environment: {} });
});
afterAll(() => runtime?.close());

const post = (path: string, body: unknown, signal?: AbortSignal) =>
  new Request(`http://127.0.0.1${path}`, { method: "POST", headers: { "content-type": "application/json", host: "127.0.0.1" }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });

describe("a part that is not configured", () => {
  it("search on a tuned-only deployment is NOT_CONFIGURED naming the rag key, not a plain Error", async () => {
    const caught = await runtime.search("egress price", 3).catch((error: unknown) => error);
    expect(TandemError.isInstance(caught)).toBe(true);
    expect(caught).toMatchObject({ code: "NOT_CONFIGURED", path: "rag" });
    expect((caught as TandemError).hint).toContain("rag.sources");
  });

  it("POST /v1/search answers 404 NOT_CONFIGURED", async () => {
    const response = await createHttpApp(runtime).fetch(post("/v1/search", { query: "egress price" }));
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; path: string } };
    expect(body.error).toMatchObject({ code: "NOT_CONFIGURED", path: "rag" });
  });

  it("both HTTP surfaces answer it with the same status: the JSON API, and OpenAI-style /v1/chat/completions", async () => {
    const failing: Runtime = { ...runtime, ask: () => Promise.reject(ragNotConfigured("tandem.config.yaml", "ask")) };
    const app = createHttpApp(failing);
    const ask = await app.fetch(post("/v1/ask", { query: "What does egress cost?" }));
    expect(ask.status).toBe(404);
    expect(((await ask.json()) as { error: { code: string } }).error.code).toBe("NOT_CONFIGURED");
    const chat = await app.fetch(post("/v1/chat/completions", { model: "tandem", messages: [{ role: "user", content: "What does egress cost?" }] }));
    expect(chat.status).toBe(404);
    expect(((await chat.json()) as { error: { code: string; type: string } }).error).toMatchObject({ code: "NOT_CONFIGURED", type: "invalid_request_error" });
  });

  it("the CLI reports it as one line with its code and hint, without a stack trace", async () => {
    const caught = await runtime.search("egress price", 3).catch((error: unknown) => error);
    let stderr = "";
    const output = createOutput(false, { stdout: { write: () => true } as never, stderr: { write: (text: string) => ((stderr += text), true) } as never });
    expect(output.fail(caught)).toBe(1);
    expect(stderr).toMatch(/^error \[NOT_CONFIGURED\] .*tandem\.config\.yaml rag: `search` needs a `rag` section/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a client that goes away", () => {
  it("aborts the request's work with ABORTED, answered (to nobody) with 499", async () => {
    let reason: unknown;
    let started: () => void = () => {};
    const asked = new Promise<void>((resolve) => (started = resolve));
    const waiting: Runtime = {
      ...runtime,
      ask: (_query, options = {}) =>
        new Promise((_resolve, reject) => {
          const stop = () => {
            reason = options.signal?.reason;
            reject(reason);
          };
          if (options.signal?.aborted) stop();
          else options.signal?.addEventListener("abort", stop);
          started();
        }),
    };
    const client = new AbortController();
    const pending = createHttpApp(waiting).fetch(post("/v1/ask", { query: "Triage this ticket: the pooler is down", route: "tuned" }, client.signal));
    await asked;
    client.abort();
    const response = await pending;
    expect(reason).toMatchObject({ code: "ABORTED" });
    expect(response.status).toBe(499);
    expect(httpStatusFor("ABORTED")).toBe(499);
  });
});
