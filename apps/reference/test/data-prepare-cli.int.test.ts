// `tandem data prepare` and `tandem data export` as a user runs them: the real binary, temp files, no config file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, sampleDataset } from "./helpers";

const system = { role: "system", content: "You are the support assistant." };
const chat = (user: string, assistant: string) => JSON.stringify({ messages: [system, { role: "user", content: user }, { role: "assistant", content: assistant }] });
const distinct = (index: number) =>
  chat(`Question ${index}: how do I configure feature number ${index * 37} for my team in region ${index % 7}`, `Answer ${index}: open settings page ${index * 11}, choose option ${index % 4}, then save the change.`);

/** An empty working directory: no tandem.config.yaml anywhere near it. */
function workspace(files: Record<string, string[]> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), "tandem-data-"));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(directory, name), `${lines.join("\n")}\n`);
  return directory;
}

describe("tandem data prepare", () => {
  it("works without a config file: dedups, masks PII consistently, splits, and writes manifest + report", async () => {
    const cwd = workspace({
      "train.jsonl": [...Array.from({ length: 20 }, (_, index) => distinct(index)), distinct(4), chat("Mail sam@acme.io the invoice", "Sent to sam@acme.io.")],
    });
    const result = await runCli(cwd, ["data", "prepare", "train.jsonl", "--split", "0.8,0.2", "--seed", "3", "--mask-pii", "--out", "out", "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/exact duplicates: 1 group\(s\), 1 dropped/);
    const summary = JSON.parse(result.stdout) as { counts: { input: number; kept: number; dropped: number; byReason: Record<string, number> }; outputs: { side: string; examples: number }[] };
    expect(summary.counts).toMatchObject({ input: 22, kept: 21, dropped: 1 });
    expect(summary.counts.byReason).toMatchObject({ "dropped/exact-duplicate": 1, "masked/pii-masked": 2 });
    expect(summary.outputs.map((output) => [output.side, output.examples])).toEqual([["train", 17], ["validation", 4]]);
    const written = [readFileSync(join(cwd, "out/train.jsonl"), "utf8"), readFileSync(join(cwd, "out/validation.jsonl"), "utf8")].join("");
    expect(written).not.toContain("sam@acme.io");
    expect(written.match(/<EMAIL_1>/g)).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(join(cwd, "out/manifest.json"), "utf8")) as { counts: { input: number; kept: number; dropped: number } };
    expect(manifest.counts.input).toBe(manifest.counts.kept + manifest.counts.dropped);
    expect(readFileSync(join(cwd, "out/report.md"), "utf8")).toContain("Check: 22 read = 21 kept + 1 dropped.");
  });

  it("stops on an invalid line with its file, line and pointer, writing nothing; --drop-invalid records it instead", async () => {
    const cwd = workspace({ "train.jsonl": [distinct(1), JSON.stringify({ messages: [{ role: "robot", content: "x" }] }), distinct(2), distinct(3)] });
    const failed = await runCli(cwd, ["data", "prepare", "train.jsonl", "--out", "out"]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/error \[INPUT_INVALID\] train\.jsonl:2 \/messages\/0\/role/);
    expect(failed.stderr).toMatch(/--drop-invalid/);
    expect(existsSync(join(cwd, "out"))).toBe(false);
    const dropped = await runCli(cwd, ["data", "prepare", "train.jsonl", "--out", "out", "--drop-invalid", "--split", "0.5,0.5", "--json"]);
    expect(dropped.code).toBe(0);
    expect(JSON.parse(dropped.stdout).counts).toMatchObject({ input: 4, kept: 3, dropped: 1, byReason: { "dropped/invalid-line": 1 } });
  });

  it("refuses to write a dataset when more than --max-drop-share would be dropped, but writes why", async () => {
    const cwd = workspace({ "train.jsonl": [distinct(1), distinct(1), distinct(1), distinct(2)] });
    const result = await runCli(cwd, ["data", "prepare", "train.jsonl", "--out", "out", "--max-drop-share", "0.25"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2 of 4 examples \(50%\) would be dropped/);
    expect(existsSync(join(cwd, "out/manifest.json"))).toBe(true);
    expect(existsSync(join(cwd, "out/report.md"))).toBe(true);
    expect(existsSync(join(cwd, "out/train.jsonl"))).toBe(false);
  });

  it("rejects --mask-pii with --drop-pii", async () => {
    const result = await runCli(workspace(), ["data", "prepare", "train.jsonl", "--mask-pii", "--drop-pii"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/cannot be used with/);
  });

  it("prepares the sample dataset against its eval sets", async () => {
    const cwd = workspace();
    const result = await runCli(cwd, [
      "data",
      "prepare",
      join(sampleDataset, "finetune/train.jsonl"),
      "--validation",
      join(sampleDataset, "finetune/validation.jsonl"),
      "--eval",
      join(sampleDataset, "eval/qa.jsonl"),
      join(sampleDataset, "eval/routing.jsonl"),
      "--out",
      "kestrel",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { counts: { input: number; kept: number; dropped: number } };
    expect(summary.counts.input).toBe(140);
    expect(summary.counts.kept + summary.counts.dropped).toBe(140);
    expect(result.stderr).toContain("read 60 eval item(s)");
    expect(result.stderr).toContain("read 105 eval item(s)");
  });
});

describe("tandem data export", () => {
  it("writes every format without a config file and lists what it cannot represent", async () => {
    const tools = [{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: {} } } }];
    const cwd = workspace({
      "data.jsonl": [
        distinct(1),
        JSON.stringify({
          tools,
          messages: [
            { role: "user", content: "order 7?" },
            { role: "assistant", tool_calls: [{ id: "call_x", type: "function", function: { name: "lookup", arguments: "{}" } }] },
            { role: "tool", tool_call_id: "call_x", content: "shipped" },
            { role: "assistant", content: "It shipped." },
          ],
        }),
      ],
    });
    const alpaca = await runCli(cwd, ["data", "export", "data.jsonl", "--format", "llama-factory-alpaca", "--out", "lf/data.json", "--json"]);
    expect(alpaca.code).toBe(0);
    const report = JSON.parse(alpaca.stdout) as { counts: { examples: number; exported: number; skipped: number }; issues: { line: number; ruleId: string; outcome: string }[]; sidecars: string[] };
    expect(report.counts).toMatchObject({ examples: 2, exported: 1, skipped: 1 });
    expect(report.issues).toEqual([expect.objectContaining({ line: 2, ruleId: "X01", outcome: "skipped" })]);
    expect(JSON.parse(readFileSync(join(cwd, "lf/dataset_info.json"), "utf8"))).toHaveProperty("data.file_name", "data.json");

    const human = await runCli(cwd, ["data", "export", "data.jsonl", "--format", "llama-factory-sharegpt"]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/wrote 2 of 2 examples to data\.llama-factory-sharegpt\.jsonl/);
    expect(human.stdout).toMatch(/data\.jsonl:2 \/messages\/1\/tool_calls: changed \(X06\)/);

    const axolotl = await runCli(cwd, ["data", "export", "data.jsonl", "--format", "axolotl", "--out", "ax/train.jsonl"]);
    expect(axolotl.code).toBe(0);
    expect(readFileSync(join(cwd, "ax/train.axolotl.yaml"), "utf8")).toMatch(/type: chat_template[\s\S]*field_tools: tools/);
  });

  it("says which formats exist when given an unknown one", async () => {
    const result = await runCli(workspace(), ["data", "export", "data.jsonl", "--format", "alpaca"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Allowed choices are openai, together, fireworks, axolotl, llama-factory-sharegpt, llama-factory-alpaca/);
  });
});
