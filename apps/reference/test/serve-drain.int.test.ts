// A real `tandem serve` process (real Chroma; models on the loopback upstream, streaming slowly): a 100 MB body is
// refused with 413 after the server read about the limit, memory flat, health answering; then SIGTERM with 20
// streams in flight: every stream finishes, new connections are refused, the process exits 0 and Chroma with it.
import { connect } from "node:net";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, bytesRead, chromaOf, makeProject, residentBytes, type ServeProcess, spawnServe, until } from "./helpers";

let upstream: OpenAIUpstream;
let project: string;
let serve: ServeProcess;

beforeAll(async () => {
  upstream = await startOpenAIUpstream({ reply: () => Array.from({ length: 24 }, (_, index) => `word${index}`).join(" ") });
  project = makeProject(
    "rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\nmodels:\n  chat: reader-model\n  tuned: ft:base:acme::t1\n  embeddings: embed-model\n  maxRetries: 0\n",
  );
  serve = await spawnServe(project, ["--port", "0", "--json"], { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop" });
}, 180_000);

afterAll(async () => {
  if (serve && alive(serve.pid)) {
    serve.child.kill("SIGKILL");
    await serve.exited;
  }
  await upstream?.close();
});

/**
 * Sends a 100 MB body over a raw socket (declared with Content-Length, or chunked) until the server answers or
 * closes; returns the status line and how much the client managed to hand to the kernel.
 */
async function sendHugeBody(url: string, chunked: boolean): Promise<{ status: string; written: number }> {
  const { hostname, port } = new URL(url);
  const total = 100 * 1024 * 1024;
  const socket = connect(Number(port), hostname);
  let response = "";
  let closed = false;
  socket.on("data", (data: Buffer) => (response += data.toString()));
  socket.on("error", () => {}); // EPIPE / ECONNRESET once the server closes: expected
  socket.on("close", () => (closed = true));
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(`POST /v1/ask HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n${chunked ? "Transfer-Encoding: chunked" : `Content-Length: ${total}`}\r\n\r\n`);
  const piece = Buffer.alloc(64 * 1024, 0x61);
  const framed = chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]) : piece;
  let written = 0;
  while (written < total && !closed && !response) {
    written += piece.length;
    if (!socket.write(framed)) await new Promise((resolve) => {
      socket.once("drain", resolve);
      socket.once("close", resolve);
      setTimeout(resolve, 1000);
    });
  }
  await until(() => closed || response.includes("\r\n\r\n"), Boolean, "the server's answer to the huge body");
  socket.destroy();
  return { status: response.split("\r\n")[0] ?? "", written };
}

describe("a 100 MB body", () => {
  it.each([
    ["declared with Content-Length", false],
    ["sent chunked", true],
  ])("%s: 413 after the server read about the 1 MiB limit, memory flat, health answering", async (_label, chunked) => {
    await fetch(`${serve.url}/v1/health`); // warm
    const readBefore = bytesRead(serve.pid);
    const memoryBefore = residentBytes(serve.pid);
    const health = (async () => {
      const statuses: number[] = [];
      for (let index = 0; index < 5; index += 1) statuses.push((await fetch(`${serve.url}/v1/health`)).status);
      return statuses;
    })();
    const result = await sendHugeBody(serve.url, chunked);
    const read = bytesRead(serve.pid) - readBefore;
    const grown = residentBytes(serve.pid) - memoryBefore;
    expect(result.status).toBe("HTTP/1.1 413 Payload Too Large");
    // Less than 1 MiB declared; chunked: the 1 MiB limit plus what was in flight (health pings read a little too).
    expect(read, `the server read ${read} bytes of a 100 MB body`).toBeLessThan(4 * 1024 * 1024);
    expect(grown, `resident memory grew by ${grown} bytes`).toBeLessThan(48 * 1024 * 1024);
    expect(await health).toEqual([200, 200, 200, 200, 200]);
  });
});

describe("SIGTERM with streams in flight", () => {
  it("lets all 20 streams finish, refuses new connections, stops Chroma and exits 0", async () => {
    upstream.setFaults("chat", { streamDelayMs: 60 });
    const chroma = chromaOf(project);
    const started: boolean[] = Array.from({ length: 20 }, () => false);
    const streams = started.map(async (_, index) => {
      const response = await fetch(`${serve.url}/v1/ask`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `Triage this ticket: replica ${index} lags`, route: "tuned", stream: true }),
      });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        if (text.includes("event: delta")) started[index] = true;
      }
      return { status: response.status, text };
    });
    await until(() => started.every(Boolean), Boolean, "every stream's first delta");
    serve.child.kill("SIGTERM");
    await until(
      () => fetch(`${serve.url}/v1/health`).then(() => "answered", () => "refused"),
      (state) => state === "refused",
      "new connections to be refused",
    );
    const results = await Promise.all(streams);
    expect(results.map((result) => result.status)).toEqual(Array.from({ length: 20 }, () => 200));
    for (const result of results) {
      expect(result.text).toMatch(/event: done\n/);
      expect(result.text).not.toMatch(/event: error/);
      expect(result.text).toContain("word23");
    }
    expect(await serve.exited).toEqual({ code: 0, signal: null });
    expect(alive(chroma.pid), "the Chroma server outlived tandem serve").toBe(false);
    expect(existsSync(join(project, ".tandem", "chroma.lock"))).toBe(false);
    expect(serve.stderr()).toMatch(/"inFlight":20[,}]/);
    expect(serve.stderr()).toMatch(/"finished":true,"cut":0/);
  });
});
