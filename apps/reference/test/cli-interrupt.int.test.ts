// Ctrl-C in the CLI: the command ends with ABORTED (the code the server gives a client that went away), exit 130,
// through the real `tandem` process and a loopback upstream that never answers.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, sampleDataset, until } from "./helpers";

let upstream: OpenAIUpstream;

beforeAll(async () => {
  upstream = await startOpenAIUpstream({ faults: { chat: { timeout: true } } });
});
afterAll(() => upstream?.close());

describe("tandem ask, interrupted", () => {
  it("reports error [ABORTED] and exits 130 on the first Ctrl-C", async () => {
    const project = mkdtempSync(join(tmpdir(), "tandem-interrupt-"));
    writeFileSync(join(project, "tandem.config.yaml"), `tuned:\n  trainingData: ${join(sampleDataset, "finetune/train.jsonl")}\nmodels:\n  maxRetries: 0\n`);
    const child = spawn(process.execPath, [bin, "ask", "--route", "tuned", "Triage this ticket: replicas lag"], {
      cwd: project,
      env: { ...process.env, OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop", CHROMA_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    // The request is with the model (which never answers): now press Ctrl-C.
    await until(() => upstream.requests.filter((request) => request.path.endsWith("/chat/completions")).length, (count) => count > 0, "the chat request");
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toContain("error [ABORTED] interrupted (Ctrl-C)");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
