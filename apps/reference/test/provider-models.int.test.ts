// models.chat / models.tuned as provider:model (langchain's initChatModel) through the app: the loopback upstream
// answers `openai:` models, and a provider whose package is not installed stops the real CLI with the package name.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config";
import { openRuntime } from "../src/runtime/open-runtime";
import { runCli, sampleDataset } from "./helpers";

let upstream: OpenAIUpstream;
beforeAll(async () => {
  upstream = await startOpenAIUpstream({ reply: (request) => `${request.model} says hello` });
});
afterAll(() => upstream?.close());

function tunedOnlyProject(models: string): string {
  const directory = mkdtempSync(join(tmpdir(), "tandem-providers-"));
  writeFileSync(join(directory, "tandem.config.yaml"), `tuned:\n  trainingData: ${join(sampleDataset, "finetune/train.jsonl")}\nmodels:\n${models}`);
  return directory;
}

describe("provider:model ids in the config", () => {
  it("openai:… models answer through the OpenAI-compatible base URL; the answer names them", async () => {
    const directory = tunedOnlyProject("  chat: openai:reader-model\n  tuned: openai:tuned-model\n  maxRetries: 0\n");
    const runtime = await openRuntime(loadConfig(join(directory, "tandem.config.yaml"), {}), {
      needs: "ask",
      log: () => {},
      environment: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop" },
    });
    try {
      const answer = await runtime.ask("Triage this ticket: replicas lag", { route: "tuned" });
      expect(answer.text).toBe("tuned-model says hello");
      expect(answer.models).toMatchObject({ provider: "langchain", reader: "openai:reader-model", tuned: "openai:tuned-model" });
      expect(upstream.requests.at(-1)?.body).toMatchObject({ model: "tuned-model" });
    } finally {
      await runtime.close();
    }
  });

  it("a provider package that is not installed: the CLI says which one to install (NOT_CONFIGURED, exit 1, no stack)", async () => {
    const directory = tunedOnlyProject("  chat: anthropic:claude-3-5-haiku-latest\n");
    const result = await runCli(directory, ["ask", "--route", "tuned", "hello"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error [NOT_CONFIGURED] models.chat: "anthropic:claude-3-5-haiku-latest" needs the package @langchain/anthropic, which is not installed');
    expect(result.stderr).toContain("hint: npm install @langchain/anthropic");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
