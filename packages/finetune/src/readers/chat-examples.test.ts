import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { examplePrompt, loadChatExamples, messageText } from "./chat-examples";

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "tandem-ft-")), "train.jsonl");
  writeFileSync(path, text);
  return path;
}

const example = (user: string, system = "Be brief.") =>
  JSON.stringify({ messages: [{ role: "system", content: system }, { role: "user", content: user }, { role: "assistant", content: "ok" }] });

describe("loadChatExamples", () => {
  it("loads examples with their lines, prompts and the most common system prompt", () => {
    const loaded = loadChatExamples(file([example("a"), "", example("b", "Other."), example("c")].join("\n")));
    expect(loaded.examples.map(examplePrompt)).toEqual(["a", "b", "c"]);
    expect(loaded.lines).toEqual([1, 3, 4]);
    expect(loaded.systemPrompt).toBe("Be brief.");
  });

  it("rejects the whole file on a malformed line, naming the line and pointer", () => {
    const path = file([example("a"), '{"messages": [{"role": "user", "content": "x"}]}', "{broken"].join("\n"));
    let caught: unknown;
    try {
      loadChatExamples(path);
    } catch (error) {
      caught = error;
    }
    expect(TandemError.isInstance(caught)).toBe(true);
    const error = caught as TandemError;
    expect(error).toMatchObject({ code: "INPUT_INVALID", file: path, line: 2, path: "/messages" });
    expect(error.message).toMatch(/2 invalid line\(s\)/);
    expect(error.message).toMatch(/:3: not valid JSON/);
  });

  it("names a missing file", () => {
    let caught: unknown;
    try {
      loadChatExamples("/no/such/train.jsonl");
    } catch (error) {
      caught = error;
    }
    expect((caught as TandemError).code).toBe("SOURCE_NOT_FOUND");
  });

  it("reads text from string and part-array content", () => {
    expect(messageText({ role: "user", content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] })).toBe("ab");
    expect(messageText({ role: "assistant", content: null })).toBe("");
  });
});
