// `tandem eval routing|retrieval|answers FILE --html OUT`: one self-contained HTML file each, with inline SVG charts,
// no script and nothing fetched from anywhere (it opens offline).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeProject, runCli, sampleDataset } from "./helpers";

let project: string;

beforeAll(() => {
  project = makeProject();
});

/** The report's charts (aria-labels of its inline SVGs), after checking it is self-contained. */
function charts(file: string): string[] {
  const html = readFileSync(file, "utf8");
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
  // The only URLs are SVG namespace names, which nothing fetches.
  expect(html.match(/https?:\/\/[^"\s)]+/g)?.filter((url) => !url.startsWith("http://www.w3.org/")) ?? []).toEqual([]);
  return [...html.matchAll(/<svg role="img" aria-label="([^"]*)"/g)].map((match) => match[1] as string);
}

describe("eval --html reports", () => {
  it("routing: confusion heatmap, per-route bars, cost–quality curve and the misrouted queries with plain reasons", async () => {
    const out = join(project, "routing.html");
    const result = await runCli(project, ["eval", "routing", join(sampleDataset, "eval/routing.jsonl"), "--html", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`wrote the HTML report to ${out}`);
    const labels = charts(out);
    expect(labels).toHaveLength(3);
    expect(labels[0]).toMatch(/^Confusion matrix, labelled route by routed route: tuned→tuned \d+/);
    expect(labels[1]).toMatch(/^Per-route precision and recall: tuned precision/);
    expect(labels[2]).toMatch(/^Cost and quality\. always tuned: cost 1\.00, accuracy 33\.3%; always rag: cost 2\.00, accuracy 33\.3%; always both: cost 3\.00, accuracy 33\.3%; this policy: cost \d\.\d\d/);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<caption>Per route</caption>");
    expect(html).toMatch(/Misrouted queries \(\d+\)/);
    // The same figures as the terminal: the accuracy line appears in both.
    const accuracy = /accuracy (\d+\.\d%) on 105 queries/.exec(result.stdout)?.[1];
    expect(html).toContain(`Accuracy ${accuracy} on 105 queries`);
    if (/misrouted:/.test(result.stdout)) expect(html).toMatch(/why: [A-Z][^<]* → (tuned|rag|both)/);
  });

  it("retrieval: the methods' table as grouped bars, and the misses", async () => {
    const out = join(project, "retrieval.html");
    const result = await runCli(project, ["eval", "retrieval", join(sampleDataset, "eval/qa.jsonl"), "--html", out]);
    expect(result.code).toBe(0);
    const labels = charts(out);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^Retrieval by method: plain-bm25 recall@5 \d+\.\d%.* hybrid nDCG@5/);
    expect(readFileSync(out, "utf8")).toMatch(/Hybrid misses \(\d+ of \d+\)/);
  });

  it("answers: correctness per route beside the router and the oracle, and the router against the silver labels", async () => {
    const items = readFileSync(join(sampleDataset, "eval/qa.jsonl"), "utf8").trim().split("\n").slice(0, 6);
    writeFileSync(join(project, "qa-sample.jsonl"), `${items.join("\n")}\n`);
    const out = join(project, "answers.html");
    const result = await runCli(project, ["eval", "answers", "qa-sample.jsonl", "--html", out]);
    expect(result.code).toBe(0);
    const labels = charts(out);
    expect(labels).toHaveLength(3);
    expect(labels[0]).toMatch(/^Answered correctly: always tuned tuned \d+\.\d%, always rag rag \d+\.\d%, always both both \d+\.\d%, router router \d+\.\d%, oracle oracle \d+\.\d%$/);
    expect(labels[1]).toMatch(/^Router against the silver labels/);
  });
});
