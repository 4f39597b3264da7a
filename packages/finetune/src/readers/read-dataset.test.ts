import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import type { DatasetEntry } from "./dataset-format";
import { detectFormat, readDataset } from "./read-dataset";

const directory = mkdtempSync(join(tmpdir(), "tandem-read-"));
function file(name: string, content: string | Buffer): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}
async function read(path: string, options = {}): Promise<DatasetEntry[]> {
  const entries: DatasetEntry[] = [];
  for await (const entry of readDataset(path, options)) entries.push(entry);
  return entries;
}

describe("readDataset", () => {
  it("reads OpenAI chat JSONL as is, with each record's line, and carries blank-line findings to the next record", async () => {
    const example = { messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] };
    const entries = await read(file("chat.jsonl", `${JSON.stringify(example)}\n\n${JSON.stringify(example)}\n`));
    expect(entries.map((entry) => [entry.line, entry.format])).toEqual([
      [1, "openai-chat"],
      [3, "openai-chat"],
    ]);
    expect(entries[0]?.value).toEqual(example);
    expect(entries[1]?.problems.map((problem) => [problem.ruleId, problem.line])).toEqual([["F03", 2]]);
  });

  it("converts ShareGPT in a pretty-printed JSON array, streaming elements with their start lines", async () => {
    const data = [
      { conversations: [{ from: "human", value: "Hi" }, { from: "gpt", value: "Hello" }], system: "Be kind" },
      { conversations: [{ from: "human", value: "weather?" }, { from: "function_call", value: '{"name": "w", "arguments": {"c": 1}}' }, { from: "observation", value: "5C" }, { from: "gpt", value: "5C" }] },
    ];
    const entries = await read(file("share.json", JSON.stringify(data, null, 2)));
    expect(entries.map((entry) => [entry.line, entry.format])).toEqual([
      [2, "sharegpt"],
      [15, "sharegpt"],
    ]);
    expect(entries[0]?.value).toEqual({ messages: [{ role: "system", content: "Be kind" }, { role: "user", content: "Hi" }, { role: "assistant", content: "Hello" }] });
    expect(entries[1]?.value).toMatchObject({
      messages: [
        { role: "user" },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "w", arguments: '{"c":1}' } }] },
        { role: "tool", tool_call_id: "call_1", content: "5C" },
        { role: "assistant", content: "5C" },
      ],
    });
    expect(entries[0]?.sourcePointer?.("/messages/2/content")).toBe("/conversations/1/value");
    expect(entries[0]?.sourcePointer?.("/messages/0/content")).toBe("/system");
  });

  it("converts Alpaca (with history) and prompt/completion", async () => {
    const [alpaca] = await read(file("alpaca.jsonl", `${JSON.stringify({ instruction: "Sum", input: "1 2", output: "3", history: [["hi", "hello"]] })}\n`));
    expect(alpaca?.value).toEqual({
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: "hello" },
        { role: "user", content: "Sum\n\n1 2" },
        { role: "assistant", content: "3" },
      ],
    });
    expect(alpaca?.sourcePointer?.("/messages/3/content")).toBe("/output");
    const [completion] = await read(file("pc.jsonl", '{"prompt": "2+2=", "completion": "4"}\n'));
    expect(completion?.format).toBe("prompt-completion");
    expect(completion?.value).toEqual({ messages: [{ role: "user", content: "2+2=" }, { role: "assistant", content: "4" }] });
  });

  it("reads CSV with the header's columns, multi-line quoted fields and a column mapping", async () => {
    const path = file("qa.csv", 'question,answer,system\n"Multi\nline",yes,Be brief\nsecond,no,\n');
    const entries = await read(path);
    expect(entries.map((entry) => [entry.line, entry.format])).toEqual([
      [2, "csv"],
      [4, "csv"],
    ]);
    expect(entries[0]?.value).toEqual({ messages: [{ role: "system", content: "Be brief" }, { role: "user", content: "Multi\nline" }, { role: "assistant", content: "yes" }] });
    expect(entries[1]?.sourcePointer?.("/messages/1/content")).toBe("/answer");
    const mapped = await read(file("mapped.tsv", "q\ta\nhello\tworld\n"), { csv: { user: "q", assistant: "a" } });
    expect(mapped[0]?.value).toEqual({ messages: [{ role: "user", content: "hello" }, { role: "assistant", content: "world" }] });
  });

  it("renames the old DPO output names with a P01 warning", async () => {
    const [entry] = await read(file("dpo.jsonl", '{"input": {"messages": [{"role": "user", "content": "q"}]}, "preferred_completion": [{"role": "assistant", "content": "a"}], "non_preferred_output": [{"role": "assistant", "content": "b"}]}\n'));
    expect(entry?.format).toBe("openai-dpo");
    expect(entry?.value).toHaveProperty("preferred_output");
    expect(entry?.problems.map((problem) => [problem.ruleId, problem.severity, problem.pointer])).toEqual([["P01", "warn", "/preferred_completion"]]);
  });

  it("honours --format over detection, and detects the format from the first readable record", async () => {
    const path = file("first-bad.jsonl", 'not json\n{"prompt": "p", "completion": "c"}\n');
    expect(await detectFormat(path)).toBe("prompt-completion");
    const entries = await read(path, { format: "openai-chat" });
    expect(entries[1]?.problems.map((problem) => problem.ruleId)).toEqual(["F07"]);
  });

  it("joins a pretty-printed object spanning lines, reported once with its line range", async () => {
    const entries = await read(file("pretty.jsonl", '{\n  "messages": [\n    {"role": "user", "content": "q"}\n  ]\n}\n{"messages": []}\n'));
    expect(entries.map((entry) => entry.line)).toEqual([1, 6]);
    expect(entries[0]?.problems[0]?.message).toMatch(/lines 1–5/);
    expect(entries[0]?.value).toEqual({ messages: [{ role: "user", content: "q" }] });
  });

  it("reads multi-byte text across read chunks without false encoding findings, and locates a bad byte after them", async () => {
    const line = JSON.stringify({ messages: [{ role: "user", content: "é€😀 ".repeat(200) }, { role: "assistant", content: "ok" }] });
    const good = `${line}\n`.repeat(1500);
    const path = file("multibyte.jsonl", Buffer.concat([Buffer.from(good), Buffer.from('{"messages": [{"role": "user", "content": "bad '), Buffer.from([0xff]), Buffer.from(' byte"}]}\n')]));
    const entries = await read(path);
    expect(entries).toHaveLength(1501);
    expect(entries.slice(0, 1500).every((entry) => entry.problems.length === 0 && entry.value !== undefined)).toBe(true);
    const last = entries[1500];
    expect(last?.problems.map((problem) => [problem.ruleId, problem.line, problem.pointer])).toEqual([["F01", 1501, "/messages/0/content"]]);
    expect(last?.problems[0]?.message).toContain(`byte ${Buffer.byteLength(good) + 47} of the file (byte 47 of the record)`);
  });

  it("reads a JSON array of chat examples but says such files must be JSONL; an empty file yields no entry", async () => {
    const example = { messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] };
    const entries = await read(file("chat-array.json", JSON.stringify([example, example])));
    expect(entries.map((entry) => [entry.line, entry.format, entry.problems.map((problem) => problem.ruleId)])).toEqual([
      [1, "openai-chat", ["F02"]],
      [1, "openai-chat", []],
    ]);
    expect(entries[0]?.problems[0]?.hint).toMatch(/jq -c/);
    expect(await read(file("empty.jsonl", ""))).toEqual([]);
    expect((await read(file("blank.jsonl", "\n\n"))).map((entry) => entry.problems.map((problem) => [problem.ruleId, problem.line]))).toEqual([
      [
        ["F03", 1],
        ["F03", 2],
      ],
    ]);
  });

  it("names a missing file", async () => {
    await expect(read(join(directory, "missing.jsonl"))).rejects.toSatisfy((error) => TandemError.isInstance(error) && error.code === "SOURCE_NOT_FOUND");
  });
});
