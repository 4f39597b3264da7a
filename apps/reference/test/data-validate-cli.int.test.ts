// `tandem data validate|stats` as a user runs them: child processes in a directory with no config file.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryDir, runCli, sampleDataset } from "./helpers";

const empty = mkdtempSync(join(tmpdir(), "tandem-data-"));
const train = join(sampleDataset, "finetune/train.jsonl");
const broken = join(repositoryDir, "packages/finetune/test/fixtures/broken");

describe("tandem data (no config file)", () => {
  it("validates the sample training file clean, exit code 0", async () => {
    const result = await runCli(empty, ["data", "validate", train]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/train\.jsonl: openai-chat \(jsonl\), 120 records, 120 examples/);
    expect(result.stdout).toMatch(/✓ valid: no errors, 0 warning\(s\)/);
  });

  it("reports every problem with line, pointer and rule as JSON on stdout, exit code 1", async () => {
    const result = await runCli(empty, ["data", "validate", join(broken, "tools.jsonl"), "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: false, profile: "openai", format: "openai-chat", examples: 17 });
    expect(report.findings).toContainEqual(expect.objectContaining({ line: 2, pointer: "/messages/1/tool_calls/0/function/arguments", ruleId: "T02", severity: "error" }));
    expect(report.rules.T05).toEqual({ error: 4, warn: 0, info: 0 });
  });

  it("prints the findings table with the rule summary", async () => {
    const result = await runCli(empty, ["data", "validate", join(broken, "chat-structure.jsonl"), "--max-findings", "3"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/line\s+pointer\s+rule\s+severity\s+message/);
    expect(result.stdout).toMatch(/^1\s+\/prompt_id\s+E02\s+error/m);
    expect(result.stdout).toMatch(/\(3 of \d+ findings listed/);
    expect(result.stdout).toMatch(/^M04\s+4\s+0\s+0\s+write weight as 0 or 1/m);
  });

  it("takes --profile, --format and --model", async () => {
    const csv = join(empty, "qa.csv");
    writeFileSync(csv, "question,answer\nWhat is Kestrel?,A managed Postgres service.\n");
    const generic = await runCli(empty, ["data", "validate", csv, "--profile", "generic", "--json"]);
    expect(JSON.parse(generic.stdout)).toMatchObject({ valid: true, format: "csv", examples: 1 });
    const openai = await runCli(empty, ["data", "validate", csv, "--json"]);
    expect(JSON.parse(openai.stdout).rules).toMatchObject({ F04: { error: 1 }, F06: { error: 2 } });
    const forced = await runCli(empty, ["data", "validate", train, "--format", "alpaca", "--model", "gpt-3.5-turbo-0125", "--json"]);
    const report = JSON.parse(forced.stdout);
    expect(report.rules.F07.error).toBe(120);
    expect(report.tokens).toMatchObject({ encoding: "cl100k_base", contextLimit: 16_385 });
    const bad = await runCli(empty, ["data", "validate", train, "--profile", "azure"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown profile "azure"/);
  });

  it("stats: tokens, trainable tokens, percentiles, epochs and cost (--price, --epochs)", async () => {
    const human = await runCli(empty, ["data", "stats", train]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/per example\s+min\s+mean\s+p10\s+p50\s+p90\s+p95\s+max/);
    expect(human.stdout).toMatch(/epochs:\s+3 \(cookbook default/);
    expect(human.stdout).toMatch(/prices as of 2025: a configurable default/);
    const json = JSON.parse((await runCli(empty, ["data", "stats", train, "--json", "--price", "10", "--epochs", "2"])).stdout);
    expect(json.tokens).toMatchObject({ examples: 120, epochs: 2, epochsSource: "option" });
    expect(json.tokens.cost).toMatchObject({ pricePerMillionTokens: 10, priceSource: "option" });
    expect(json.tokens.cost.usd).toBeCloseTo((2 * json.tokens.billedTokens * 10) / 1e6, 6);
  });

  it("names a missing file (and keeps stdout JSON with --json)", async () => {
    const result = await runCli(empty, ["data", "stats", join(empty, "nope.jsonl"), "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SOURCE_NOT_FOUND/);
    expect(JSON.parse(result.stdout).error.code).toBe("SOURCE_NOT_FOUND");
  });
});
