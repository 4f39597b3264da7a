// The real CLI, as a user runs it: child processes, a real Chroma server started by the app, the sample data.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { answerSchema, routeDecisionSchema } from "@tandem/core";
import { beforeAll, describe, expect, it } from "vitest";
import { makeProject, runCli, sampleDataset } from "./helpers";

let project: string;
beforeAll(async () => {
  project = makeProject();
  const first = await runCli(project, ["ingest", "--json"]);
  expect(first.stderr).not.toMatch(/error/);
  expect(JSON.parse(first.stdout)).toMatchObject({ added: 40, updated: 0, skipped: 0, failed: [] });
}, 120_000);

describe("tandem CLI", () => {
  it("re-ingesting the unchanged corpus adds nothing", async () => {
    const again = await runCli(project, ["ingest", "--json"]);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 40, deleted: 0 });
    expect(summary.chunks.upserted).toBe(0);
  });

  it("answers each route with citations, the decision and the trace (--json)", async () => {
    const cases = [
      { query: "What is the egress price in sa-east-1?", route: "rag" },
      { query: 'Triage this ticket: "Our nightly pg_dump to S3 started failing with permission denied since Monday. — Priya"', route: "tuned" },
      { query: "Draft a customer announcement about the São Paulo region launch.", route: "both" },
    ];
    for (const { query, route } of cases) {
      const result = await runCli(project, ["ask", query, "--json"]);
      expect(result.code).toBe(0);
      const answer = answerSchema.parse(JSON.parse(result.stdout));
      expect(answer.route).toBe(route);
      expect(answer.decision?.route).toBe(route);
      expect(answer.decision?.reasons.length).toBeGreaterThan(0);
      expect(answer.models).toMatchObject({ provider: "local", offline: true });
      expect(answer.trace.map((event) => event.type)).toContain("target-finished");
      if (route === "tuned") expect(answer.citations).toEqual([]);
      else expect(answer.citations.length).toBeGreaterThan(0);
    }
    expect((await runCli(project, ["ask", "What is the egress price in sa-east-1?"])).stderr).toMatch(/offline models/);
  });

  it("cites the exact source span for a rag answer", async () => {
    const result = await runCli(project, ["ask", "What is the egress price in sa-east-1?", "--route", "rag", "--json"]);
    const answer = answerSchema.parse(JSON.parse(result.stdout));
    const citation = answer.citations[0];
    expect(citation).toBeDefined();
    const { readFileSync } = await import("node:fs");
    const source = readFileSync(join(project, citation?.source ?? ""), "utf8");
    expect(source.slice(citation?.span.start, citation?.span.end)).toContain(citation?.quote);
    expect(answer.fallback).toBeUndefined();
  });

  it("puts retrieval-finished with per-hit dense, BM25 and fused scores in the answer's trace", async () => {
    const answer = answerSchema.parse(JSON.parse((await runCli(project, ["ask", "What is the egress price in sa-east-1?", "--route", "rag", "--json"])).stdout));
    const types = answer.trace.map((event) => event.type);
    expect(types.indexOf("retrieval-finished")).toBeGreaterThan(types.indexOf("target-started"));
    expect(types.indexOf("retrieval-finished")).toBeLessThan(types.indexOf("target-finished"));
    const hits = answer.trace.find((event) => event.type === "retrieval-finished")?.data?.hits as Record<string, unknown>[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ id: expect.any(String), source: expect.stringMatching(/^corpus\//), fused: expect.any(Number) });
    expect(hits.some((hit) => typeof hit.dense === "number") && hits.some((hit) => typeof hit.lexical === "number")).toBe(true);
  });

  it("evaluates retrieval: dense, BM25 and hybrid side by side on the sample QA file, with misses", async () => {
    const result = await runCli(project, ["eval", "retrieval", join(sampleDataset, "eval/qa.jsonl"), "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ k: 5, queries: 50, unknownSources: [] });
    expect(report.unjudgedLines).toHaveLength(10);
    for (const method of ["dense", "bm25", "hybrid"]) {
      expect(report.methods[method].recall).toBeGreaterThan(0.5);
      expect(report.methods[method].ndcg).toBeLessThanOrEqual(1);
    }
    const human = await runCli(project, ["eval", "retrieval", join(sampleDataset, "eval/qa.jsonl"), "-k", "3"]);
    expect(human.stdout).toMatch(/method\s+recall@3\s+all-gold@3\s+MRR\s+nDCG@3/);
    const filtered = JSON.parse((await runCli(project, ["search", "egress price", "--where", '{"source": "corpus/pricing.md"}', "--mode", "lexical", "--json"])).stdout);
    expect(filtered.hits.length).toBeGreaterThan(0);
    expect(filtered.hits.every((hit: { source: string }) => hit.source === "corpus/pricing.md")).toBe(true);
  });

  it("runs route and search on a JSONL input, one result per line, keeping bad lines as errors", async () => {
    const input = join(project, "queries.jsonl");
    writeFileSync(input, '{"query": "How long are daily backups retained on Enterprise?"}\nnot json\n{"query": ""}\n{"query": "Which port does Kestrel Pooler listen on?"}\n');
    const routed = await runCli(project, ["route", "--input", input]);
    expect(routed.code).toBe(1);
    const lines = routed.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4]);
    expect(routeDecisionSchema.parse(lines[0]).route).toBe("rag");
    expect(lines[1].error).toMatchObject({ code: "INPUT_INVALID", line: 2 });
    expect(lines[2].error).toMatchObject({ code: "INPUT_INVALID", path: "/query" });
    expect(routed.stderr).toMatch(/2 of 4 line\(s\) answered, 2 failed/);

    const searched = await runCli(project, ["search", "Which port does Kestrel Pooler listen on?", "-k", "3", "--json"]);
    const body = JSON.parse(searched.stdout);
    expect(body.hits).toHaveLength(3);
    expect(body.hits[0].source).toMatch(/^corpus\//);
  });

  it("evaluates routing on labelled data with a per-class table and confusion matrix", async () => {
    const result = await runCli(project, ["eval", "routing", join(sampleDataset, "eval/routing.jsonl")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/accuracy \d+\.\d% on 105 queries/);
    expect(result.stdout).toMatch(/route\s+precision\s+recall\s+f1\s+support/);
    expect(result.stdout).toMatch(/confusion \(rows: expected, columns: predicted\)/);
    const json = JSON.parse((await runCli(project, ["eval", "routing", join(sampleDataset, "eval/routing.jsonl"), "--json"])).stdout);
    expect(json.accuracy).toBeGreaterThan(0.5);
    expect(json.confusion.rag.rag).toBeGreaterThan(0);
  });

  it("fits the router on labelled data, reports a held-out split, and writes the model into the config", async () => {
    const labelled = join(sampleDataset, "eval/routing.jsonl");
    const report = JSON.parse((await runCli(project, ["router", "fit", labelled, "--json"])).stdout);
    expect(report.split).toMatchObject({ method: "holdout", holdout: 0.3, seed: 1 });
    expect(report.split.trained + report.fitted.count).toBe(105);
    expect(report.fitted.count).toBe(report.currentPolicy.count);
    expect(report.fitted.accuracy).toBeGreaterThan(0.5);
    expect(report.fitted.baselines).toEqual({ "always-tuned": 1 / 3, "always-rag": 1 / 3, "always-both": 1 / 3 });
    expect(report.patch.router.model.weights).toHaveLength(3);
    const folds = await runCli(project, ["router", "fit", labelled, "--folds", "3"]);
    expect(folds.stdout).toMatch(/^3-fold cross-validation on 105 labelled queries \(stratified, seed 1\); fold accuracy \d+\.\d%, \d+\.\d%, \d+\.\d%/m);
    expect(folds.stdout).toMatch(/out-of-fold predictions of the fitted policy:\naccuracy \d+\.\d% on 105 queries/);
    const written = await runCli(project, ["router", "fit", labelled, "--write"]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/wrote router\.model into/);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(join(project, "tandem.config.yaml"), "utf8")).toMatch(/^router:\n {2}model:/m);
    const decision = JSON.parse((await runCli(project, ["route", "What is the egress price in sa-east-1?", "--json"])).stdout);
    expect(decision.route).toBe("rag");
  });

  it("calibrates a budget on a query log so at most the given share goes to both, and writes it", async () => {
    const log = join(project, "queries.jsonl");
    const { readFileSync, writeFileSync } = await import("node:fs");
    const queries = readFileSync(join(sampleDataset, "eval/routing.jsonl"), "utf8").trim().split("\n").map((line) => JSON.stringify({ query: JSON.parse(line).query }));
    writeFileSync(log, `${queries.join("\n")}\n`);
    const refused = await runCli(project, ["router", "budget", log]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/router\.budget\.maxShare/);
    const report = JSON.parse((await runCli(project, ["router", "budget", log, "--max-share", "0.1", "--json"])).stdout);
    expect(report.budget).toMatchObject({ route: "both", maxShare: 0.1, sampleSize: 105 });
    expect(report.budget.shareBefore).toBeGreaterThan(0.1);
    expect(report.budget.shareAfter).toBeLessThanOrEqual(0.1);
    expect((await runCli(project, ["router", "budget", log, "--max-share", "0.1", "--write"])).code).toBe(0);
    expect(readFileSync(join(project, "tandem.config.yaml"), "utf8")).toMatch(/budget:\n\s+route: both\n\s+maxShare: 0\.1\n\s+threshold: /);
    const evaluated = JSON.parse((await runCli(project, ["eval", "routing", join(sampleDataset, "eval/routing.jsonl"), "--json"])).stdout);
    const toBoth = evaluated.confusion.tuned.both + evaluated.confusion.rag.both + evaluated.confusion.both.both;
    expect(toBoth).toBeLessThanOrEqual(Math.floor(0.1 * 105));
  });

  it("prints help for every command", async () => {
    const help = await runCli(project, ["--help"]);
    for (const command of ["ingest", "search", "route", "ask", "eval", "router", "serve"]) expect(help.stdout).toContain(command);
    expect((await runCli(project, ["ask", "--help"])).stdout).toMatch(/--route <route>/);
  });
});

describe("bad input: a clear error naming file, line or key, and nothing half-written", () => {
  it("a malformed config names the line and key path", async () => {
    const directory = makeProject("rag:\n  sources: [./corpus]\n  chunkSize: big\ntuned:\n  trainingData: ./finetune/train.jsonl\n");
    const result = await runCli(directory, ["ask", "hello", "--json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: "CONFIG_INVALID", line: 3, path: "rag.chunkSize" });
    expect(result.stderr).toMatch(/tandem\.config\.yaml:3 rag\.chunkSize/);
    expect(existsSync(join(directory, ".tandem"))).toBe(false);
  });

  it("a mistyped router key is rejected at start, at its own line, named once, with the key it likely meant", async () => {
    const directory = makeProject("rag:\n  sources: [./corpus]\nrouter:\n  polcy:\n    mode: thresholds\n  defualtRoute: tuned\n");
    const result = await runCli(directory, ["route", "hello", "--json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: "CONFIG_INVALID", line: 4, path: "router.polcy", message: expect.stringMatching(/^unknown key — did you mean "policy"\?/) });
    const first = result.stderr.split("\n")[0] ?? "";
    expect(first).toMatch(/^error \[CONFIG_INVALID\] .*tandem\.config\.yaml:4 router\.polcy: unknown key — did you mean "policy"\?$/);
    expect(first.match(/polcy/g)).toHaveLength(1);
    expect(result.stderr).toContain('line 6, router.defualtRoute: unknown key — did you mean "defaultRoute"?');
    expect(existsSync(join(directory, ".tandem"))).toBe(false);
  });

  it("a missing corpus path names the config key, before anything starts", async () => {
    const directory = makeProject("rag:\n  sources: [./corpus, ./no-such-dir]\n");
    const result = await runCli(directory, ["ingest"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SOURCE_NOT_FOUND.*rag\.sources\[1\].*no-such-dir/);
    expect(existsSync(join(directory, ".tandem"))).toBe(false);
  });

  it("a malformed JSONL line in trainingData names the file and line, and nothing is loaded", async () => {
    const directory = makeProject();
    const file = join(directory, "finetune/train.jsonl");
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[36] = '{"messages": [{"role": "user", "content": "hi"}';
    writeFileSync(file, lines.join("\n"));
    const result = await runCli(directory, ["route", "Triage this ticket: x"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/INPUT_INVALID.*train\.jsonl:37/s);
    expect(existsSync(join(directory, ".tandem"))).toBe(false);
  });

  it("an unreadable corpus file is reported and the rest is ingested", async () => {
    const directory = makeProject("rag:\n  sources: [./corpus]\n");
    writeFileSync(join(directory, "corpus", "broken.md"), Buffer.from([0x23, 0x20, 0xc3, 0x28]));
    const result = await runCli(directory, ["ingest", "--json"]);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout);
    expect(summary.added).toBe(40);
    expect(summary.failed).toEqual([{ source: "corpus/broken.md", reason: "not valid UTF-8 text" }]);
    expect(result.stderr).toMatch(/failed: corpus\/broken\.md: not valid UTF-8 text/);
    // The 40 are recorded (the records live in Chroma): a second run skips them and reports the broken file again.
    const again = await runCli(directory, ["ingest", "--json"]);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 0, skipped: 40, failed: [{ source: "corpus/broken.md", reason: "not valid UTF-8 text" }] });
  });

  it("a missing config says how to create one", async () => {
    const result = await runCli("/tmp", ["route", "x"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/CONFIG_NOT_FOUND.*no tandem\.config\.yaml/);
  });
});
