// The CLI's execution side as a user runs it: eval answers (silver labels), ask on a conversation, streaming,
// and the config's JSON Schema.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { answerSchema } from "@tandem/core";
import { beforeAll, describe, expect, it } from "vitest";
import { makeProject, runCli, sampleDataset } from "./helpers";

let project: string;
beforeAll(async () => {
  project = makeProject();
  expect((await runCli(project, ["ingest", "--json"])).code).toBe(0);
}, 120_000);

describe("tandem eval answers", () => {
  it("labels each question with the cheapest route that answered it, reports the oracle, and writes the labels", async () => {
    const qa = readFileSync(join(sampleDataset, "eval/qa.jsonl"), "utf8").trim().split("\n");
    const subset = join(project, "qa.jsonl");
    writeFileSync(subset, `${[...qa.slice(0, 8), ...qa.slice(-6)].join("\n")}\n`);
    const labels = join(project, "silver.jsonl");
    const result = await runCli(project, ["eval", "answers", subset, "--write-labels", labels, "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/answered 10\/14 questions on every route/);
    const report = JSON.parse(result.stdout);
    expect(report.count).toBe(14);
    expect(report.costOrder).toEqual(["tuned", "rag", "both"]);
    const labelled = report.labels.tuned + report.labels.rag + report.labels.both;
    expect(labelled + report.labels.none).toBe(14);
    expect(report.oracle).toBeCloseTo(labelled / 14);
    expect(report.oracle).toBeGreaterThanOrEqual(Math.max(report.correctness.tuned, report.correctness.rag, report.correctness.both));
    expect(report.unanswered).toHaveLength(report.labels.none);
    // The RAG reader's figures: correctness on the items labelled rag or both, and abstentions against the top-k.
    const labelledRagOrBoth = (report.items as { datasetRoute?: string }[]).filter((item) => item.datasetRoute === "rag" || item.datasetRoute === "both");
    expect(report.reader).toMatchObject({ k: 4, ragOrBoth: labelledRagOrBoth.length });
    expect(report.reader.correctness.rag).toBeCloseTo(
      (labelledRagOrBoth as { results: Record<string, { correct: boolean }> }[]).filter((item) => item.results.rag?.correct).length / labelledRagOrBoth.length,
    );
    expect(report.reader.abstained).toBeGreaterThanOrEqual(report.reader.falseAbstentions.length);
    expect(report.reader.answerInTopK).toBeLessThanOrEqual(14);
    expect(report.routerVsSilver.count).toBe(labelled);
    const written = readFileSync(labels, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { query: string; route: string });
    expect(written).toHaveLength(labelled);
    // Each written label is the cheapest route that was correct for that question.
    for (const entry of written) {
      const item = (report.items as { question: string; results: Record<string, { correct: boolean }> }[]).find((candidate) => candidate.question === entry.query);
      const cheapest = ["tuned", "rag", "both"].find((route) => item?.results[route]?.correct);
      expect(entry.route).toBe(cheapest);
    }
    expect(result.stderr).toMatch(/wrote \d+ silver-labelled queries/);

    const small = join(project, "qa-small.jsonl");
    writeFileSync(small, `${qa.slice(0, 3).join("\n")}\n`);
    const human = await runCli(project, ["eval", "answers", small, "--cost-order", "rag,tuned,both"]);
    expect(human.stdout).toMatch(/cost order rag < tuned < both/);
    expect(human.stdout).toMatch(/oracle \(some route answers correctly\): \d+\.\d%/);
    expect(human.stdout).toMatch(/route\s+precision\s+recall/);
    expect(human.stdout).toMatch(/on the \d+ items labelled rag or both: tuned \d+\.\d%, rag \d+\.\d%, both \d+\.\d%/);
    expect(human.stdout).toMatch(/false abstentions \(answer in the top 4, reader abstained\) \d+/);
    const bad = await runCli(project, ["eval", "answers", subset, "--cost-order", "rag,rag,both"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/list tuned, rag and both once each/);
  });

  it("names the line and field of a bad QA item", async () => {
    const file = join(project, "bad-qa.jsonl");
    writeFileSync(file, '{"question": "What is the egress price?", "answer": "$0.09"}\n{"question": "Which port?"}\n');
    const result = await runCli(project, ["eval", "answers", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad-qa\.jsonl:2.*answer/);
  });
});

describe("tandem ask on a conversation, and streaming", () => {
  it("routes the conversation's last turn with its context", async () => {
    const file = join(project, "conversation.json");
    writeFileSync(
      file,
      JSON.stringify([
        { role: "user", content: "How long are daily backups retained on Enterprise?" },
        { role: "assistant", content: "35 days." },
        { role: "user", content: "and on Pro?" },
      ]),
    );
    const result = await runCli(project, ["ask", "--conversation", file, "--json"]);
    expect(result.code).toBe(0);
    const answer = answerSchema.parse(JSON.parse(result.stdout));
    expect(answer.conversation).toMatchObject({ original: "and on Pro?", standalone: "How long are daily backups retained on Pro?", followUp: true, previousRoute: "rag" });
    expect(answer.route).toBe("rag");
    writeFileSync(file, '[{"role": "user", "content": "hi"}, {"role": "robot", "content": "x"}]');
    const bad = await runCli(project, ["ask", "--conversation", file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/conversation\.json \/1\/role/);
  });

  it("tandem route decides on a conversation too, and says how it read the follow-up", async () => {
    const file = join(project, "route-conversation.json");
    writeFileSync(
      file,
      JSON.stringify([
        { role: "user", content: "How long are daily backups retained on Enterprise?" },
        { role: "assistant", content: "35 days.", route: "rag" },
        { role: "user", content: "and on Pro?" },
      ]),
    );
    const json = await runCli(project, ["route", "--conversation", file, "--json"]);
    expect(json.code).toBe(0);
    const decision = JSON.parse(json.stdout) as { route: string; conversation: { standalone: string; previousRoute: string } };
    expect(decision.route).toBe("rag");
    expect(decision.conversation).toMatchObject({ standalone: "How long are daily backups retained on Pro?", previousRoute: "rag" });
    const human = await runCli(project, ["route", "--conversation", file]);
    expect(human.stdout).toMatch(/^follow-up read as: How long are daily backups retained on Pro\? \(condensed by rules\)\nroute: rag/);
  });

  it("--stream prints the route first and the answer as it comes; with --json, one event per line", async () => {
    const human = await runCli(project, ["ask", "What is the egress price in sa-east-1?", "--stream"]);
    expect(human.code).toBe(0);
    expect(human.stdout.split("\n")[0]).toMatch(/^\[route: rag \(confidence \d\.\d\d\)\]$/);
    expect(human.stdout).toMatch(/\[\d+\][\s\S]*sources:/);
    const json = await runCli(project, ["ask", "What is the egress price in sa-east-1?", "--stream", "--json"]);
    const events = json.stdout.trim().split("\n").map((line) => JSON.parse(line) as { type: string; route: string; text?: string });
    expect(events[0]?.type).toBe("route");
    expect(events.at(-1)?.type).toBe("done");
    expect(events.filter((event) => event.type === "delta").every((event) => event.route === "rag")).toBe(true);
  });
});

describe("tandem config schema", () => {
  it("prints the JSON Schema without needing a config, or writes it with --out", async () => {
    const printed = await runCli(join(project, "corpus"), ["config", "schema"]);
    expect(printed.code).toBe(0);
    const schema = JSON.parse(printed.stdout);
    expect(schema.properties.router.properties.both.properties.strategy.enum).toEqual(["rag-on-tuned", "parallel-fuse", "cascade"]);
    const out = join(project, "schema.json");
    expect((await runCli(project, ["config", "schema", "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(schema);
  });
});
