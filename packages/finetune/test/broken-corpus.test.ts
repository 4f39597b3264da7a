// The broken-file corpus: every file-level rule is triggered by some fixture, and the validator reports every
// problem with the right line and JSON pointer — no more, no fewer — and never crashes (also on generated huge,
// truncated, deeply nested and corrupted input).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDataset, type ValidationReport } from "@tandem/finetune";
import { ruleRegistry } from "@tandem/finetune/validation";
import { describe, expect, it } from "vitest";
import { brokenDir, brokenRuns } from "./broken-runs";

/** Per run: the rule ids of whole-file findings, and every located finding as [line, rule, pointer]. */
const expected: Record<string, { file: string[]; lines?: [number, string, string][] }> = {
  "encoding": {
    file: ["F04", "K04", "K05"],
    lines: [
      [1, "F03", ""],
      [1, "F01", ""],
      [2, "F01", "/messages/0/content"],
      [3, "F03", ""],
      [4, "F01", "/messages/0/content"],
      [5, "F01", "/messages/1/content"],
      [6, "F01", "/messages/0/content"],
      [7, "F01", "/messages/1/content"],
      [9, "F03", ""],
      [10, "F03", ""],
    ],
  },
  "upload-size": {
    file: ["F04", "F05", "K04", "K05"],
  },
  "json-shape": {
    file: ["F04", "K04", "K05"],
    lines: [
      [2, "F02", "/messages/0"],
      [3, "F02", ""],
      [9, "F02", "/messages/0/content"],
      [10, "F02", ""],
      [11, "F02", ""],
      [12, "F02", ""],
      [13, "F08", "/messages/0/role"],
      [14, "F08", "/messages"],
      [14, "E01", "/messages"],
      [15, "F02", "/messages"],
      [17, "F02", "/messages/0/content"],
      [18, "F02", "/messages"],
      [19, "F02", "/messages/0/content"],
      [20, "F02", "/messages/0"],
    ],
  },
  "chat-structure": {
    file: ["K04", "K05"],
    lines: [
      [1, "E02", "/prompt_id"],
      [2, "E01", "/messages"],
      [3, "E02", "/conversation"],
      [3, "E01", "/messages"],
      [4, "E03", "/messages"],
      [4, "E05", "/messages/1"],
      [5, "E04", "/messages"],
      [6, "E06", "/messages/1/role"],
      [7, "E06", "/messages/1/role"],
      [8, "E07", "/messages/2/role"],
      [9, "E07", "/messages/0/role"],
      [10, "M01", "/messages/1/role"],
      [11, "M02", "/messages/0/metadata"],
      [11, "M02", "/messages/1/tool_call_id"],
      [12, "M03", "/messages/0/content"],
      [12, "M03", "/messages/1/content"],
      [12, "M03", "/messages/2/role"],
      [12, "M03", "/messages/3/content"],
      [12, "E07", "/messages/3/role"],
      [13, "M03", "/messages/0/content"],
      [14, "M04", "/messages/0/weight"],
      [14, "M04", "/messages/1/weight"],
      [14, "E04", "/messages"],
      [15, "M04", "/messages/1/weight"],
      [16, "M05", "/messages/0/name"],
      [17, "M06", "/messages/0/content"],
      [18, "M04", "/messages/1/weight"],
      [18, "E04", "/messages"],
      [19, "E01", "/messages"],
      [20, "M03", "/messages/1/content/0/type"],
    ],
  },
  "tools": {
    file: ["T07", "K03", "K04", "K05"],
    lines: [
      [2, "T02", "/messages/1/tool_calls/0/function/arguments"],
      [3, "T02", "/messages/1/tool_calls/0/function/arguments"],
      [4, "T02", "/messages/1/tool_calls/0/function/arguments"],
      [5, "T03", "/messages/1/tool_calls/0/function/name"],
      [6, "T04", "/messages/1/tool_calls/0/function/arguments"],
      [7, "T05", "/messages/2/tool_call_id"],
      [7, "T05", "/messages/1/tool_calls/0/id"],
      [8, "T05", "/messages/1/tool_calls/1/id"],
      [9, "E09", "/messages/1/tool_calls"],
      [10, "E09", "/parallel_tool_calls"],
      [11, "T01", "/tools/0/type"],
      [11, "T01", "/tools/0/function"],
      [11, "T01", "/tools/1/function/name"],
      [11, "T01", "/tools/1/function/parameters"],
      [11, "T01", "/tools/3/function/name"],
      [12, "E08", "/functions"],
      [12, "T06", "/messages/1/function_call/arguments"],
      [13, "E08", "/functions"],
      [14, "E08", "/functions"],
      [14, "T06", "/messages/1/function_call/name"],
      [14, "T06", "/messages/2/name"],
      [15, "T02", "/messages/1/tool_calls/0/id"],
      [15, "T02", "/messages/1/tool_calls/0/type"],
      [17, "E07", "/messages/1/role"],
      [17, "T05", "/messages/1/tool_call_id"],
      [17, "E03", "/messages"],
      [17, "E05", "/messages/1"],
    ],
  },
  "images": {
    file: ["F04", "E10", "K03", "K04", "K05"],
    lines: [
      [2, "E10", "/messages/1/content/0"],
      [3, "E10", "/messages"],
      [4, "E10", "/messages/0/content/0/image_url/url"],
      [5, "E10", "/messages/0/content/0/image_url/detail"],
      [6, "E10", "/messages/0/content/0/image_url/url"],
      [7, "E10", "/messages/0/content/0/image_url"],
      [8, "E10", "/messages/0/content/0/image_url/url"],
    ],
  },
  "preference": {
    file: ["P06", "K04", "K05"],
    lines: [
      [2, "P01", "/metadata"],
      [3, "P01", "/non_preferred_output"],
      [4, "P01", "/preferred_completion"],
      [5, "P02", "/input"],
      [6, "P02", "/input/messages"],
      [7, "P03", "/input/messages"],
      [8, "P03", "/input/messages/1"],
      [9, "P04", "/preferred_output"],
      [10, "P04", "/preferred_output/0/role"],
      [11, "P04", "/non_preferred_output/0/weight"],
      [12, "P05", "/non_preferred_output/0/content"],
      [13, "P07", ""],
      [14, "P02", "/input/context"],
    ],
  },
  "mixed-formats": {
    file: ["F04", "K04", "K05"],
    lines: [
      [2, "F07", ""],
      [3, "F07", ""],
      [4, "F07", ""],
    ],
  },
  "sharegpt": {
    file: ["F04", "F06", "K03", "K04", "K05"],
    lines: [
      [2, "E02", "/id"],
      [16, "M01", "/conversations/1/from"],
      [16, "E03", "/conversations"],
      [16, "E05", "/conversations/1"],
      [28, "T02", "/conversations/1/value"],
      [28, "E07", "/conversations/2/from"],
      [44, "M03", "/conversations/0/value"],
      [56, "E01", "/conversations"],
      [80, "F02", ""],
      [81, "F02", ""],
      [81, "F02", "/conversations/0/value"],
    ],
  },
  "alpaca": {
    file: ["K02", "K04", "K05"],
    lines: [
      [2, "M03", "/output"],
      [3, "M03", "/output"],
      [4, "E01", "/history"],
      [5, "E01", "/history/1"],
      [6, "M03", "/instruction"],
      [7, "E02", "/source"],
    ],
  },
  "prompt-completion": {
    file: ["F04", "F06", "K04", "K05"],
    lines: [
      [2, "E02", "/id"],
      [3, "M03", "/completion"],
    ],
  },
  "csv": {
    file: ["K02", "K04", "K05"],
    lines: [
      [1, "E02", "/notes"],
      [5, "F02", ""],
      [6, "M03", "/prompt"],
      [7, "F02", ""],
    ],
  },
  "long-example": {
    file: ["F04", "K02", "K04", "K05"],
    lines: [
      [2, "K01", ""],
    ],
  },

};

const reports = new Map<string, ValidationReport>();
async function report(name: string): Promise<ValidationReport> {
  let found = reports.get(name);
  if (!found) {
    const run = brokenRuns[name];
    if (!run) throw new Error(`no run ${name}`);
    found = await validateDataset(join(brokenDir, run.file), run.options);
    reports.set(name, found);
  }
  return found;
}

const located = (value: ValidationReport) =>
  value.findings.filter((finding) => finding.line !== undefined).map((finding) => [finding.line, finding.ruleId, finding.pointer ?? ""] as [number, string, string]);

describe("broken-file corpus", () => {
  for (const [name, expectation] of Object.entries(expected)) {
    it(`${name}: every problem at its line and pointer`, async () => {
      const value = await report(name);
      expect(new Set(value.findings.filter((finding) => finding.line === undefined).map((finding) => finding.ruleId))).toEqual(new Set(expectation.file));
      if (expectation.lines) expect(sortFindings(located(value))).toEqual(sortFindings(expectation.lines));
      expect(value.valid).toBe(false);
      expect(value.omittedFindings).toBe(0);
    });
  }

  it("triggers every rule the validator checks (all but the hygiene and job stages)", async () => {
    const triggered = new Set<string>();
    for (const name of Object.keys(brokenRuns)) for (const finding of (await report(name)).findings) triggered.add(finding.ruleId);
    const checked = ruleRegistry.filter((rule) => rule.stage !== "hygiene" && rule.stage !== "job").map((rule) => rule.id);
    expect(checked.filter((id) => !triggered.has(id))).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(43);
  });

  it("counts per rule and severity add up to the findings", async () => {
    const value = await report("chat-structure");
    const total = Object.values(value.rules).reduce((sum, counts) => sum + counts.error + counts.warn + counts.info, 0);
    expect(total).toBe(value.counts.error + value.counts.warn + value.counts.info);
    expect(total).toBe(value.findings.length);
    expect(value.rules.M04).toEqual({ error: 4, warn: 0, info: 0 });
  });
});

describe("huge, truncated and corrupted input never crashes the validator", () => {
  const directory = mkdtempSync(join(tmpdir(), "tandem-broken-"));
  const good = JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "a" }] });

  it("skips a line over the record limit without holding it, and keeps reading after it", async () => {
    const file = join(directory, "huge-line.jsonl");
    const huge = JSON.stringify({ messages: [{ role: "user", content: "x".repeat(3 * 1024 * 1024) }, { role: "assistant", content: "a" }] });
    writeFileSync(file, `${good}\n${huge}\n${good}\n`);
    const value = await validateDataset(file, { maxRecordBytes: 1024 * 1024 });
    expect(located(value)).toEqual([[2, "F02", ""]]);
    expect(value.findings.find((finding) => finding.line === 2)?.message).toMatch(/3,145,\d+ bytes, over the 1,048,576-byte limit/);
    expect(value.examples).toBe(2);
  });

  it("counts a 2 MB unbroken run approximately instead of hanging, and flags it over the context", async () => {
    const file = join(directory, "long-run.jsonl");
    writeFileSync(file, `${JSON.stringify({ messages: [{ role: "user", content: "a".repeat(2 * 1024 * 1024) }, { role: "assistant", content: "ok" }] })}\n`);
    const value = await validateDataset(file);
    expect(located(value)).toEqual([[1, "K01", ""]]);
    expect(value.tokens.approximateExamples).toBe(1);
    expect(value.tokens.totalTokens).toBeGreaterThan(65_536);
  });

  it("reports nesting deeper than the limit as F02 instead of overflowing the stack", async () => {
    const file = join(directory, "deep.jsonl");
    writeFileSync(file, `{"messages": [{"role": "user", "content": ${"[".repeat(5000)}${"]".repeat(5000)}}]}\n`);
    const value = await validateDataset(file);
    expect(located(value)).toEqual([[1, "F02", `/messages/0/content${"/0".repeat(997)}`]]);
  });

  it("survives every file truncated at every 7th byte, and random byte corruption (seeded)", async () => {
    const source = readFileSync(join(brokenDir, "tools.jsonl"));
    let random = 12345;
    const next = () => {
      random = (random * 1103515245 + 12345) % 2 ** 31;
      return random / 2 ** 31;
    };
    for (let cut = 1; cut < source.length; cut += 7 * 97) {
      const variants = [source.subarray(0, cut), Buffer.from(source.map((byte) => (next() < 0.002 ? Math.floor(next() * 256) : byte)))];
      for (const [index, bytes] of variants.entries()) {
        const file = join(directory, `fuzz-${cut}-${index}.jsonl`);
        writeFileSync(file, bytes);
        const value = await validateDataset(file);
        for (const finding of value.findings) {
          expect(finding.ruleId).toMatch(/^[A-Z]\d\d$/);
          if (finding.pointer !== undefined) expect(finding.pointer).toMatch(/^(\/.*)?$/);
        }
        expect(value.records).toBeGreaterThan(0);
      }
    }
  });
});

function sortFindings(list: [number, string, string][]): [number, string, string][] {
  return [...list].sort((left, right) => left[0] - right[0] || left[1].localeCompare(right[1]) || left[2].localeCompare(right[2]));
}
