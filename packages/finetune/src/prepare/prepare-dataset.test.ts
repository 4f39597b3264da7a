import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { fileDigest } from "../dataset/file-digest";
import type { PrepareManifest } from "../manifest/manifest";
import { prepareDataset } from "./prepare-dataset";
import { writePreparedDataset } from "./write-prepared-dataset";

const system = { role: "system", content: "You are the support assistant." };
const chat = (user: string, assistant: string, extra: Record<string, unknown> = {}) => JSON.stringify({ messages: [system, { role: "user", content: user }, { role: "assistant", content: assistant }], ...extra });
const topics = ["billing", "backups", "replicas", "branching", "pooler", "extensions", "regions", "migrations", "roles", "upgrades", "metrics", "alerts"];
const distinct = (index: number) =>
  chat(
    `Question ${index} about ${topics[index % topics.length]}: how do I configure ${topics[(index * 5) % topics.length]} for project number ${index * 37} in my team account`,
    `Answer ${index}: open the ${topics[(index * 7) % topics.length]} settings page, choose option ${index % 4}, then save; it applies to project ${index * 37} within a minute.`,
  );
const evalQuestion = "Which three regions received the new pooler release in the second week of November and what changed for idle connections";

function workspace(files: Record<string, string[]>): string {
  const directory = mkdtempSync(join(tmpdir(), "tandem-prepare-"));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(directory, name), `${lines.join("\n")}\n`);
  return directory;
}

describe("prepareDataset", () => {
  const trainLines = [
    ...Array.from({ length: 30 }, (_, index) => distinct(index)),
    distinct(3), // 31: exact duplicate of line 4
    distinct(5).replace("within a minute", "within one minute"), // 32: near-duplicate of line 6
    chat("What is the severity of a full production outage?", "S1"), // 33
    chat("what is the severity of a full production outage", "S2"), // 34: conflicting label
    chat("Please write to sam@acme.io about the refund", "Done: I wrote to sam@acme.io.", { metadata: { family: "reply" } }), // 35: PII + extra key
    chat(`Please answer this: ${evalQuestion}`, "Three regions got it."), // 36: contains an eval item
    "", // 37: blank
  ];
  const validationLines = [distinct(100), distinct(101), distinct(7), chat("Forward it to SAM@ACME.IO please", "Forwarded to sam@acme.io.")];

  it("drops, flags and masks with one manifest entry each, and the counts add up", async () => {
    const directory = workspace({ "train.jsonl": trainLines, "validation.jsonl": validationLines, "eval.jsonl": [JSON.stringify({ question: evalQuestion, answer: "x" })] });
    const prepared = await prepareDataset({
      train: join(directory, "train.jsonl"),
      validation: join(directory, "validation.jsonl"),
      eval: [join(directory, "eval.jsonl")],
      pii: "mask",
      now: new Date("2026-11-24T00:00:00Z"),
    });
    const { manifest } = prepared;
    const reasonsOf = (line: number, file = "train.jsonl") => manifest.entries.filter((entry) => entry.file.endsWith(file) && entry.line === line).map((entry) => `${entry.action} ${entry.ruleId} ${entry.reason}`);

    expect(reasonsOf(31)).toEqual(["dropped Q01 exact-duplicate"]);
    expect(reasonsOf(32)).toEqual(["dropped Q02 near-duplicate"]);
    expect(reasonsOf(8)).toEqual(["dropped Q04 exact-copy-of-validation"]); // line 8 = distinct(7), also validation line 3
    expect(reasonsOf(33)).toEqual(["flagged Q03 conflicting-label"]);
    expect(reasonsOf(34)).toEqual(["flagged Q03 conflicting-label"]);
    expect(reasonsOf(35)).toEqual(["masked Q06 pii-masked", "masked Q06 pii-masked", "fixed E02 extra-key-removed"]);
    expect(reasonsOf(36)).toEqual(["dropped Q04 overlap-with-eval"]);
    expect(reasonsOf(4, "validation.jsonl")).toEqual(["masked Q06 pii-masked", "masked Q06 pii-masked"]);

    expect(manifest.counts).toMatchObject({ input: 40, kept: 36, dropped: 4, keptBySide: { train: 32, validation: 4 } });
    expect(manifest.counts.input).toBe(manifest.counts.kept + manifest.counts.dropped);
    expect(manifest.counts.droppedByRule).toEqual({ Q01: 1, Q02: 1, Q04: 2 });
    expect(manifest.inputs.map((input) => [input.role, input.examples, input.blankLines])).toEqual([["train", 36, 1], ["validation", 4, 0], ["eval-reference", 1, 0]]);

    // One placeholder per address across train and validation; the address itself is nowhere in the manifest.
    const masked = prepared.sides.train?.find((record) => record.line === 35)?.example as { messages: { content: string }[]; metadata?: unknown };
    expect(masked.messages[1]?.content).toBe("Please write to <EMAIL_1> about the refund");
    expect(masked.metadata).toBeUndefined();
    expect((prepared.sides.validation?.[3]?.example as { messages: { content: string }[] }).messages[1]?.content).toBe("Forward it to <EMAIL_1> please");
    expect(JSON.stringify(manifest)).not.toMatch(/sam@acme/i);
  });

  it("writes the dataset, a manifest with the files' hashes and a readable report", async () => {
    const directory = workspace({ "train.jsonl": trainLines });
    const prepared = await prepareDataset({ train: join(directory, "train.jsonl"), split: [0.8, 0.1, 0.1], seed: 5 });
    const manifest = await writePreparedDataset(prepared, join(directory, "out"));
    const written = JSON.parse(readFileSync(join(directory, "out/manifest.json"), "utf8")) as PrepareManifest;
    expect(written.outputs.map((output) => output.side)).toEqual(["train", "validation", "eval"]);
    for (const output of written.outputs) {
      const lines = readFileSync(output.file, "utf8").trim().split("\n");
      expect(lines).toHaveLength(output.examples);
      expect((await fileDigest(output.file)).sha256).toBe(output.sha256);
    }
    expect(written.counts.input).toBe(written.counts.kept + written.counts.dropped);
    expect(manifest.counts.kept).toBe(written.outputs.reduce((sum, output) => sum + output.examples, 0));
    const report = readFileSync(join(directory, "out/report.md"), "utf8");
    expect(report).toContain("# Dataset preparation report");
    expect(report).toContain(`Check: ${written.counts.input} read = ${written.counts.kept} kept + ${written.counts.dropped} dropped.`);
    expect(report).toContain("exact-duplicate");
  });

  it("is deterministic: the same input and seed give the same files", async () => {
    const directory = workspace({ "train.jsonl": trainLines });
    const run = async (name: string) => (await writePreparedDataset(await prepareDataset({ train: join(directory, "train.jsonl"), seed: 11 }), join(directory, name))).outputs.map((output) => output.sha256);
    expect(await run("a")).toEqual(await run("b"));
  });

  it("refuses invalid lines by default, listing each, and drops them with --drop-invalid", async () => {
    const directory = workspace({ "train.jsonl": [distinct(1), "{not json", JSON.stringify({ messages: [] }), distinct(2)] });
    const train = join(directory, "train.jsonl");
    const error = await prepareDataset({ train }).catch((caught: unknown) => caught);
    expect(TandemError.isInstance(error)).toBe(true);
    expect((error as TandemError).message).toMatch(/2 invalid line\(s\)[\s\S]*:2( \/)?: not valid JSON[\s\S]*:3 \/messages: messages must be a non-empty array/);
    expect(existsSync(join(directory, "out"))).toBe(false);
    const { manifest } = await prepareDataset({ train, invalid: "drop" });
    expect(manifest.entries.filter((entry) => entry.reason === "invalid-line").map((entry) => entry.line)).toEqual([2, 3]);
    expect(manifest.counts).toMatchObject({ input: 4, kept: 2, dropped: 2 });
  });

  it("drops examples with PII in drop mode and only lists them in report mode", async () => {
    const directory = workspace({ "train.jsonl": [distinct(1), chat("call me on +44 20 7946 0958", "ok"), distinct(2)] });
    const train = join(directory, "train.jsonl");
    const dropped = await prepareDataset({ train, pii: "drop", split: [0.5, 0.5] });
    expect(dropped.manifest.counts).toMatchObject({ input: 3, dropped: 1 });
    const reported = await prepareDataset({ train, pii: "report", split: [0.5, 0.5] });
    expect(reported.manifest.counts.dropped).toBe(0);
    expect(reported.manifest.entries.map((entry) => `${entry.action} ${entry.reason} ${entry.pointer}`)).toEqual(["flagged pii-found /messages/1/content"]);
  });

  it("stratifies and groups by fields of the examples", async () => {
    const lines = Array.from({ length: 40 }, (_, index) => JSON.parse(distinct(index)) as Record<string, unknown>).map((example, index) =>
      JSON.stringify({ ...example, metadata: { family: Math.floor(index / 4) % 2 ? "a" : "b", source: `doc-${Math.floor(index / 4)}` } }),
    );
    const directory = workspace({ "train.jsonl": lines });
    const { manifest, sides } = await prepareDataset({ train: join(directory, "train.jsonl"), split: [0.8, 0.2], stratify: "metadata.family", groupBy: "/metadata/source" });
    const split = manifest.split as { strata: Record<string, unknown>; groups: { count: number } };
    expect(Object.keys(split.strata)).toEqual(["a", "b"]);
    expect(split.groups.count).toBe(10);
    const trainLines = new Set(sides.train?.map((record) => record.line));
    for (let group = 0; group < 10; group += 1) {
      const members = [1, 2, 3, 4].map((offset) => group * 4 + offset);
      expect(new Set(members.map((line) => trainLines.has(line))).size).toBe(1);
    }
  });

  it("prepares the sample dataset, checking it against the eval sets", async () => {
    const dataset = fileURLToPath(new URL("../../../../datasets/kestrel/", import.meta.url));
    const { manifest } = await prepareDataset({
      train: join(dataset, "finetune/train.jsonl"),
      validation: join(dataset, "finetune/validation.jsonl"),
      eval: [join(dataset, "eval/qa.jsonl"), join(dataset, "eval/routing.jsonl")],
    });
    expect(manifest.counts.input).toBe(140);
    expect(manifest.counts.input).toBe(manifest.counts.kept + manifest.counts.dropped);
    expect(manifest.entries.some((entry) => entry.reason === "pii-found" && entry.details?.kind === "email")).toBe(true);
  });
});
