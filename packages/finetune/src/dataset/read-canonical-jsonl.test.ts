import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { readCanonicalJsonl } from "./read-canonical-jsonl";

async function entries(file: string) {
  const all = [];
  for await (const entry of readCanonicalJsonl(file)) all.push(entry);
  return all;
}

describe("readCanonicalJsonl", () => {
  it("yields one entry per line: chat, preference, blank and invalid, with line numbers and pointers", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tandem-read-")), "data.jsonl");
    const chat = { messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] };
    const preference = { input: { messages: [{ role: "user", content: "a" }] }, preferred_output: [{ role: "assistant", content: "b" }], non_preferred_output: [{ role: "assistant", content: "c" }] };
    writeFileSync(file, `\uFEFF${JSON.stringify(chat)}\r\n${JSON.stringify(preference)}\n\n{"messages": [{"role": "robot"}]}\n[1]\n{oops\n`);
    const read = await entries(file);
    expect(read.map((entry) => [entry.line, entry.format, entry.value !== undefined])).toEqual([
      [1, "chat", true],
      [2, "preference", true],
      [3, "unknown", false],
      [4, "unknown", false],
      [5, "unknown", false],
      [6, "unknown", false],
    ]);
    expect(read[2]?.problems[0]).toMatchObject({ ruleId: "F03", severity: "warn" });
    expect(read[3]?.problems[0]).toMatchObject({ ruleId: "F02", severity: "error", line: 4, pointer: "/messages/0/role" });
    expect(read[5]?.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it("names a missing or unreadable file", async () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-read-"));
    const missing = await entries(join(directory, "nope.jsonl")).catch((error: unknown) => error);
    expect(TandemError.isInstance(missing) && missing.code).toBe("SOURCE_NOT_FOUND");
    const folder = await entries(directory).catch((error: unknown) => error);
    expect(TandemError.isInstance(folder) && folder.code).toBe("SOURCE_UNREADABLE");
  });
});
