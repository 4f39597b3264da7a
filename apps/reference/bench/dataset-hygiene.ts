// Dataset hygiene at scale: MinHash-LSH near-duplicate detection over 10,000 and 100,000 generated chat examples
// (the sample training set with deterministic word substitutions, plus planted near-duplicates), against
// the floor of only shingling the same texts, in the same run. Linear scaling shows as a 10× time for 10× data
// (an all-pairs comparison would be 100×); planted near-duplicates found measure recall.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CanonicalExample } from "@tandem/finetune";
import { findExactDuplicates, findNearDuplicates, PiiMasker } from "@tandem/finetune/hygiene";
import type { BenchmarkResult } from "./types";

interface Generated {
  line: number;
  example: CanonicalExample;
  /** Line of the example this one is a planted near-duplicate of. */
  copyOf?: number;
}

function generate(repositoryDir: string, count: number): Generated[] {
  const dataset = join(repositoryDir, "datasets/kestrel");
  const examples = readFileSync(join(dataset, "finetune/train.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as { messages: { role: "system" | "user" | "assistant"; content: string }[] });
  const vocabulary = readFileSync(join(dataset, "finetune/validation.jsonl"), "utf8").split(/\W+/).filter((word) => /^[a-z]{3,}$/.test(word));
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const vary = (text: string) => text.split(" ").map((word) => (next() % 4 === 0 ? (vocabulary[next() % vocabulary.length] as string) : word)).join(" ");
  const items: Generated[] = [];
  for (let index = 0; index < count; index += 1) {
    const planted = index % 100 === 99;
    if (planted) {
      // a near-duplicate of the previous example: one word of the answer changed
      const source = items[index - 1] as Generated;
      const messages = (source.example as { messages: { role: "system" | "user" | "assistant"; content: string }[] }).messages.map((message) => ({ ...message }));
      const last = messages.at(-1) as { content: string };
      last.content = last.content.replace(/\b\w{5,}\b/, "changed");
      items.push({ line: index + 1, example: { messages }, copyOf: source.line });
      continue;
    }
    const base = examples[index % examples.length] as { messages: { role: "system" | "user" | "assistant"; content: string }[] };
    items.push({ line: index + 1, example: { messages: base.messages.map((message) => (message.role === "system" ? message : { ...message, content: vary(message.content) })) } });
  }
  return items;
}

function time<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

export async function datasetHygiene(repositoryDir: string, sizes: readonly number[] = [10_000, 100_000]): Promise<BenchmarkResult> {
  const rows: string[][] = [];
  const notes: string[] = [];
  const nearSeconds: number[] = [];
  for (const size of sizes) {
    const items = generate(repositoryDir, size);
    const floor = time(() => findNearDuplicates(items, { verify: "estimate", bands: 1, rows: 1 }));
    const near = time(() => findNearDuplicates(items));
    const exact = time(() => findExactDuplicates(items));
    const masker = new PiiMasker();
    const pii = time(() => items.forEach((item) => masker.maskExample(item.example)));
    nearSeconds.push(near.seconds);
    const planted = items.filter((item) => item.copyOf !== undefined);
    const clusterOf = new Map<number, number>();
    near.value.clusters.forEach((cluster, index) => cluster.members.forEach((member) => clusterOf.set(member.line, index)));
    const found = planted.filter((item) => clusterOf.get(item.line) !== undefined && clusterOf.get(item.line) === clusterOf.get(item.copyOf as number)).length;
    const perSecond = (seconds: number) => `${Math.round(size / seconds).toLocaleString("en-US")}/s`;
    rows.push(
      [`${size.toLocaleString("en-US")}: near-dup MinHash-LSH 14×8`, `${near.seconds.toFixed(2)} s (${perSecond(near.seconds)})`, `${(near.seconds / floor.seconds).toFixed(2)}× shingling floor`],
      [`${size.toLocaleString("en-US")}: planted near-dups found`, `${found}/${planted.length}`, `${near.value.stats.candidatePairs.toLocaleString("en-US")} candidate pairs (all pairs: ${((size * (size - 1)) / 2).toExponential(1)})`],
      [`${size.toLocaleString("en-US")}: exact dedup (canonical JSON sha256)`, `${exact.seconds.toFixed(2)} s (${perSecond(exact.seconds)})`, `${(exact.seconds / floor.seconds).toFixed(2)}× shingling floor`],
      [`${size.toLocaleString("en-US")}: PII / secret scan`, `${pii.seconds.toFixed(2)} s (${perSecond(pii.seconds)})`, `${(pii.seconds / floor.seconds).toFixed(2)}× shingling floor`],
    );
    notes.push(`${size}: ${near.value.clusters.length} clusters; shingling floor (1-hash MinHash) ${floor.seconds.toFixed(2)} s`);
  }
  if (nearSeconds.length === 2) {
    rows.push([`near-dup time ×${(sizes[1] as number) / (sizes[0] as number)} data`, `${((nearSeconds[1] as number) / (nearSeconds[0] as number)).toFixed(1)}×`, "linear ≈ 10×, all-pairs ≈ 100×"]);
  }
  return { name: "dataset hygiene (generated chat examples)", rows, notes };
}
