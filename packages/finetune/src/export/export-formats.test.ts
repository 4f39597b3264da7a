import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { CanonicalExample, PreferenceExample, SupervisedExample } from "../dataset/canonical-example";
import { exportDatasetFile } from "./export-dataset";
import type { ExportFormatId, ExportRuleId } from "./export-format";
import { exportFormats } from "./export-formats";
import { sharegptTags } from "./llama-factory-sharegpt-format";

const system = { role: "system" as const, content: "You are support." };
const tools = [{ type: "function" as const, function: { name: "lookup", description: "Find an order", parameters: { type: "object", properties: { id: { type: "string" } } } } }];
const fixtures: Record<string, CanonicalExample> = {
  simple: { messages: [system, { role: "user", content: "Hi" }, { role: "assistant", content: "Hello!" }] },
  multiTurn: { messages: [system, { role: "user", content: "a" }, { role: "assistant", content: "b" }, { role: "user", content: "c" }, { role: "assistant", content: "d" }] },
  tools: {
    tools,
    messages: [
      { role: "user", content: "Where is order 7?" },
      { role: "assistant", tool_calls: [{ id: "call_abc", type: "function", function: { name: "lookup", arguments: '{"id":"7"}' } }] },
      { role: "tool", tool_call_id: "call_abc", content: '{"status":"shipped"}' },
      { role: "assistant", content: "It has shipped." },
    ],
  },
  weights: { messages: [{ role: "user", content: "a" }, { role: "assistant", content: "draft", weight: 0 }, { role: "user", content: "better?" }, { role: "assistant", content: "final", weight: 1 }] },
  nameAndParts: { messages: [{ role: "user", name: "sam", content: [{ type: "text", text: "part one, " }, { type: "text", text: "part two" }] }, { role: "assistant", content: "ok" }] },
  image: { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] }, { role: "assistant", content: "a cat" }] },
  extraKey: { messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }], metadata: { family: "triage" } },
  preference: { input: { messages: [system, { role: "user", content: "Tone?" }] }, preferred_output: [{ role: "assistant", content: "Friendly." }], non_preferred_output: [{ role: "assistant", content: "Whatever." }] },
  parallelCalls: {
    tools,
    messages: [
      { role: "user", content: "Orders 1 and 2?" },
      { role: "assistant", tool_calls: [1, 2].map((id) => ({ id: `call_${id}`, type: "function" as const, function: { name: "lookup", arguments: `{"id":"${id}"}` } })) },
      { role: "tool", tool_call_id: "call_1", content: "shipped" },
      { role: "tool", tool_call_id: "call_2", content: "pending" },
      { role: "assistant", content: "One shipped, one pending." },
    ],
  },
  consecutiveUsers: { messages: [{ role: "user", content: "a" }, { role: "user", content: "b" }, { role: "assistant", content: "c" }] },
};

const withoutMetadata = { messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] } as SupervisedExample;
const namelessJoined: SupervisedExample = { messages: [{ role: "user", content: "part one, part two" }, { role: "assistant", content: "ok" }] };
const unweighted: SupervisedExample = { messages: [{ role: "user", content: "a" }, { role: "assistant", content: "draft" }, { role: "user", content: "better?" }, { role: "assistant", content: "final" }] };
const regeneratedIds: SupervisedExample = {
  tools,
  messages: [
    { role: "user", content: "Where is order 7?" },
    { role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: '{"id":"7"}' } }] },
    { role: "tool", tool_call_id: "call_1", content: '{"status":"shipped"}' },
    { role: "assistant", content: "It has shipped." },
  ],
};

type Expectation = "same" | { changed: CanonicalExample; rules: ExportRuleId[] } | { skipped: ExportRuleId };
const same = "same" as const;
/** Together and Fireworks keep the message keys they document: `name` goes, the rest passes through. */
const documentedSubset: Record<keyof typeof fixtures, Expectation> = {
  simple: same,
  multiTurn: same,
  tools: same,
  weights: same,
  nameAndParts: { changed: { messages: [{ role: "user", content: (fixtures.nameAndParts as SupervisedExample).messages[0]?.content }, { role: "assistant", content: "ok" }] }, rules: ["X04"] },
  image: same,
  extraKey: { changed: withoutMetadata, rules: ["X07"] },
  preference: same,
  parallelCalls: same,
  consecutiveUsers: same,
};
const expectations: Record<ExportFormatId, Record<keyof typeof fixtures, Expectation>> = {
  openai: { simple: same, multiTurn: same, tools: same, weights: same, nameAndParts: same, image: same, extraKey: { changed: withoutMetadata, rules: ["X07"] }, preference: same, parallelCalls: same, consecutiveUsers: same },
  together: { ...documentedSubset, consecutiveUsers: { skipped: "X02" } },
  fireworks: { ...documentedSubset, consecutiveUsers: same },
  axolotl: {
    simple: same,
    multiTurn: same,
    tools: same,
    weights: same,
    nameAndParts: { changed: { messages: [{ role: "user", name: "sam", content: "part one, part two" }, { role: "assistant", content: "ok" }] }, rules: ["X05"] },
    image: { skipped: "X05" },
    extraKey: { changed: withoutMetadata, rules: ["X07"] },
    preference: { skipped: "X08" },
    parallelCalls: same,
    consecutiveUsers: same,
  },
  "llama-factory-sharegpt": {
    simple: same,
    multiTurn: same,
    tools: { changed: regeneratedIds, rules: ["X06"] },
    weights: { changed: unweighted, rules: ["X03"] },
    nameAndParts: { changed: namelessJoined, rules: ["X04", "X05"] },
    image: { skipped: "X05" },
    extraKey: { changed: withoutMetadata, rules: ["X07"] },
    preference: same,
    parallelCalls: { skipped: "X02" },
    consecutiveUsers: { skipped: "X02" },
  },
  "llama-factory-alpaca": {
    simple: same,
    multiTurn: same,
    tools: { skipped: "X01" },
    weights: { changed: unweighted, rules: ["X03"] },
    nameAndParts: { changed: namelessJoined, rules: ["X04", "X05"] },
    image: { skipped: "X05" },
    extraKey: { changed: withoutMetadata, rules: ["X07"] },
    preference: same,
    parallelCalls: { skipped: "X01" },
    consecutiveUsers: { skipped: "X02" },
  },
};

describe.each(Object.entries(expectations))("export to %s", (formatId, cases) => {
  const format = exportFormats[formatId as ExportFormatId];
  it.each(Object.entries(cases))("%s: export → re-import round trip", (fixture, expectation) => {
    const example = fixtures[fixture] as CanonicalExample;
    const conversion = format.convert(example);
    if (expectation === "same") {
      expect(conversion.issues).toEqual([]);
      expect(format.parse(JSON.parse(JSON.stringify(conversion.row)))).toEqual(example);
    } else if ("skipped" in expectation) {
      expect(conversion.row).toBeUndefined();
      expect(conversion.issues.filter((issue) => issue.outcome === "skipped").map((issue) => issue.ruleId)).toEqual([expectation.skipped]);
    } else {
      expect([...new Set(conversion.issues.map((issue) => issue.ruleId))].sort()).toEqual(expectation.rules);
      expect(conversion.issues.every((issue) => issue.outcome === "changed" && issue.pointer !== undefined)).toBe(true);
      expect(format.parse(JSON.parse(JSON.stringify(conversion.row)))).toEqual(expectation.changed);
    }
  });
});

describe("LLaMA-Factory rows and dataset_info.json agree", () => {
  it("uses exactly the role tags and columns its dataset_info entry declares", () => {
    const format = exportFormats["llama-factory-sharegpt"];
    const rows = ["simple", "multiTurn", "tools"].map((name) => format.convert(fixtures[name] as CanonicalExample).row as { conversations: Record<string, string>[] });
    const [sidecar] = format.sidecars?.({ dataFile: "out/train.jsonl", dataFileName: "train.jsonl", datasetName: "train", kind: "chat", hasWeights: false, hasTools: true, rowKeys: ["conversations", "system", "tools"] }) ?? [];
    const entry = (sidecar?.content as Record<string, { tags: Record<string, string>; columns: Record<string, string>; file_name: string }>).train;
    expect(entry?.file_name).toBe("train.jsonl");
    const declared = new Set(["user_tag", "assistant_tag", "observation_tag", "function_tag", "system_tag"].map((tag) => entry?.tags[tag]));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining([entry?.columns.messages]));
      for (const turn of row.conversations) {
        expect(Object.keys(turn).sort()).toEqual([entry?.tags.content_tag, entry?.tags.role_tag].sort());
        expect(declared.has(turn[sharegptTags.role_tag])).toBe(true);
      }
    }
  });

  it("declares ranking columns for preference data", () => {
    for (const id of ["llama-factory-sharegpt", "llama-factory-alpaca"] as const) {
      const format = exportFormats[id];
      const row = format.convert(fixtures.preference as PreferenceExample).row as Record<string, unknown>;
      const [sidecar] = format.sidecars?.({ dataFile: "p.jsonl", dataFileName: "p.jsonl", datasetName: "p", kind: "preference", hasWeights: false, hasTools: false, rowKeys: Object.keys(row) }) ?? [];
      const entry = (sidecar?.content as Record<string, { ranking: boolean; columns: Record<string, string> }>).p;
      expect(entry?.ranking).toBe(true);
      for (const column of Object.values(entry?.columns ?? {})) expect(row).toHaveProperty(column);
      expect(Object.keys(entry?.columns ?? {})).toEqual(expect.arrayContaining(["chosen", "rejected", "system"]));
    }
  });
});

describe("exportDatasetFile", () => {
  it("writes the rows, merges dataset_info.json and reports skipped and changed examples with their lines", async () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-export-"));
    const input = join(directory, "train.jsonl");
    writeFileSync(input, `${["simple", "tools", "weights", "image"].map((name) => JSON.stringify(fixtures[name])).join("\n")}\n`);
    writeFileSync(join(directory, "dataset_info.json"), JSON.stringify({ other: { file_name: "other.json" } }));
    const report = await exportDatasetFile({ input, format: "llama-factory-alpaca" });
    expect(report.output.file).toBe(join(directory, "train.llama-factory-alpaca.jsonl"));
    expect(report.counts).toMatchObject({ examples: 4, exported: 2, skipped: 2, changed: 1 });
    expect(report.issues.map((issue) => `${issue.line} ${issue.outcome} ${issue.ruleId}`)).toEqual(["2 skipped X01", "3 changed X03", "4 skipped X05"]);
    expect(readFileSync(report.output.file, "utf8").trim().split("\n")).toHaveLength(2);
    const info = JSON.parse(readFileSync(join(directory, "dataset_info.json"), "utf8")) as Record<string, { file_name: string }>;
    expect(Object.keys(info)).toEqual(["other", "train_llama-factory-alpaca"]);
    expect(info["train_llama-factory-alpaca"]).toEqual({
      file_name: "train.llama-factory-alpaca.jsonl",
      formatting: "alpaca",
      columns: { prompt: "instruction", query: "input", system: "system", history: "history", response: "output" },
    });
  });

  it("declares only the columns some row has (LLaMA-Factory fails looking up an absent column)", async () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-export-"));
    const input = join(directory, "single.jsonl");
    writeFileSync(input, `${JSON.stringify({ messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] })}\n`);
    await exportDatasetFile({ input, format: "llama-factory-alpaca", datasetName: "single" });
    await exportDatasetFile({ input, format: "llama-factory-sharegpt", datasetName: "single_sharegpt" });
    const info = JSON.parse(readFileSync(join(directory, "dataset_info.json"), "utf8")) as Record<string, { columns: Record<string, string> }>;
    expect(info.single?.columns).toEqual({ prompt: "instruction", query: "input", response: "output" });
    expect(info.single_sharegpt?.columns).toEqual({ messages: "conversations" });
  });

  it("writes the axolotl datasets: entry matching the data (training flags, tools)", async () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-export-"));
    const input = join(directory, "chat.jsonl");
    writeFileSync(input, `${["weights", "tools"].map((name) => JSON.stringify(fixtures[name])).join("\n")}\n`);
    const report = await exportDatasetFile({ input, format: "axolotl", output: join(directory, "axolotl/train.jsonl") });
    expect(report.sidecars).toEqual([join(directory, "axolotl/train.axolotl.yaml")]);
    const config = parseYaml(readFileSync(report.sidecars[0] as string, "utf8")) as { datasets: Record<string, unknown>[] };
    expect(config.datasets[0]).toMatchObject({ path: report.output.file, type: "chat_template", field_messages: "messages", message_field_training: "training", field_tools: "tools", roles_to_train: ["assistant"] });
    const rows = readFileSync(report.output.file, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { messages: { training?: boolean }[] });
    expect(rows[0]?.messages.map((message) => message.training)).toEqual([undefined, false, undefined, true]);
  });
});
